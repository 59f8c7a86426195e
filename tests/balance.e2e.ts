import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './helpers';
import { readCorpusFiles, todayUtc } from '../src/lib/server/corpus/load';
import { validateCorpus } from '../src/lib/server/corpus/validate';

// The corpus as the checker sees it, read independently of the app, to know what each link must show.
const { data, problems } = validateCorpus(readCorpusFiles(), { today: todayUtc() });
const pairs = data!.pairs;
const pairWithEvents = pairs.find((p) => p.timeline.length)!;
const warnings = problems.filter((p) => p.level === 'warning').length;
const CHARTS = [
	'by-topic',
	'source-types',
	'perspectives',
	'parity',
	'status',
	'findings',
	'as-of'
];

const resultIds = async (page: Page) =>
	(await page.locator('article.pair .id').allTextContents()).map((s) => s.trim()).sort();
const idsWhere = (keep: (p: (typeof pairs)[number]) => boolean) =>
	pairs
		.filter(keep)
		.map((p) => p.id)
		.sort();
/** A cold server builds the explorer and pair pages on their first request: give it time. */
const slowExpect = expect.configure({ timeout: 30_000 });
const navigated = (page: Page) => slowExpect(page);
/** The number a mark says it counts: "…, 3 pairs", "…: critics, 12 citations". */
const countIn = (label: string) => Number(label.match(/(\d+) (?:pair|claim|citation)s?\b/)![1]);

test.describe('/balance', () => {
	test('ships no JavaScript: charts, summaries and tables are all in the HTML', async ({
		page
	}) => {
		await page.goto('/balance');
		await expect(page.locator('script[src], link[rel="modulepreload"]')).toHaveCount(0);
		await expect(page.locator('section#parity svg a').first()).toHaveAttribute(
			'href',
			/^\/pairs\//
		);
	});

	test('draws every chart as SVG, each with a summary and its data as a table', async ({
		page
	}) => {
		await page.goto('/balance');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Balance/);
		for (const id of CHARTS) {
			const section = page.locator(`section#${id}`);
			await expect(section.locator('svg').first(), id).toBeVisible();
			expect(await section.locator('svg a').count(), id).toBeGreaterThan(0);
			await expect(section.locator('figcaption p').first(), id).not.toBeEmpty();
			expect(await section.locator('table tbody tr').count(), id).toBeGreaterThan(0);
		}
		await expect(page.locator('section#parity svg a')).toHaveCount(
			pairs.filter((p) => p.response.status !== 'none-found').length
		);
	});

	test("shows the checker's warnings and the rules behind them at #rules", async ({ page }) => {
		await page.goto('/balance#rules');
		await expect(page.locator('#warnings-h')).toContainText(
			`${warnings} warning${warnings === 1 ? '' : 's'}`
		);
		const rules = page.locator('section#rules');
		await expect(rules).toBeInViewport();
		await expect(rules).toContainText('1.5 times');
		await expect(rules.locator('table tbody tr')).toHaveCount(data!.loadedTerms.length);
	});

	test('a status segment opens the explorer on exactly the pairs it counts', async ({ page }) => {
		await page.goto('/balance');
		const mark = page.locator('section#status svg a').nth(2);
		const label = (await mark.getAttribute('aria-label'))!;
		const href = new URL((await mark.getAttribute('href'))!, 'http://x');
		const [topic, status] = ['topic', 'status'].map((k) => href.searchParams.get(k)!);
		await mark.click();
		await navigated(page).toHaveURL(/\/\?topic=.+&status=/);
		const expected = idsWhere((p) => p.topic === topic && p.response.status === status);
		expect(await resultIds(page)).toEqual(expected);
		expect(expected).toHaveLength(countIn(label));
	});

	test('a topic bar and a findings segment open the explorer on their pairs', async ({ page }) => {
		await page.goto('/balance');
		await page.locator('section#by-topic svg a').first().click();
		await navigated(page).toHaveURL(/\/\?topic=[\w-]+$/);
		const topic = new URL(page.url()).searchParams.get('topic');
		expect(await resultIds(page)).toEqual(idsWhere((p) => p.topic === topic));

		await page.goto('/balance');
		const segment = page.locator('section#findings svg a').first();
		const label = (await segment.getAttribute('aria-label'))!;
		await segment.click();
		await navigated(page).toHaveURL(/\/\?topic=[\w-]+&findings=(yes|no)$/);
		const url = new URL(page.url());
		const expected = idsWhere(
			(p) =>
				p.topic === url.searchParams.get('topic') &&
				p.findings.length > 0 === (url.searchParams.get('findings') === 'yes')
		);
		expect(await resultIds(page)).toEqual(expected);
		expect(expected).toHaveLength(countIn(label));
	});

	test('a parity dot opens its pair, whose strip shows the same word counts', async ({ page }) => {
		await page.goto('/balance');
		// The last dot is drawn on top: no other dot can cover it.
		const dot = page.locator('section#parity svg a').last();
		const label = (await dot.getAttribute('aria-label'))!;
		const [, id, critics, response] = label.match(
			/^(\w\w-\d+): critics (\d+) words, response (\d+)/
		)!;
		await dot.click();
		await navigated(page).toHaveURL(new RegExp(`/pairs/${id}$`));
		const sentence = page.locator('.parity p.visually-hidden');
		await expect(sentence).toContainText(`critics' argument has ${critics} words`);
		await expect(sentence).toContainText(`has ${response} words`);
	});

	test('a source-type bar and an "as of" column list the claims they count', async ({ page }) => {
		await page.goto('/balance');
		const bar = page.locator('section#source-types svg a').first();
		const label = (await bar.getAttribute('aria-label'))!;
		await bar.click();
		await navigated(page).toHaveURL(/\/balance\/claims\?side=\w+&type=/);
		await expect(page.locator('main')).toContainText(`${countIn(label)} citation`);
		const [side, type] = ['side', 'type'].map((k) => new URL(page.url()).searchParams.get(k)!);
		// The claims on that side citing a source of that type, and their citations of it, from disk.
		const typeOf = new Map(data!.sources.map((source) => [source.id, source.type]));
		const citing = pairs
			.map((p) => p[side as 'critique' | 'response'])
			.map((claim) => ({
				id: claim.id,
				n: claim.sources.filter((c) => typeOf.get(c.source) === type).length
			}))
			.filter((c) => c.n > 0);
		expect(citing.reduce((n, c) => n + c.n, 0)).toBe(countIn(label));
		const claims = page.locator('ol.claims > li');
		const listed = (await claims.allTextContents()).map(
			(text) => text.match(/[A-Z]{2}-\d+-[CR]\b/)![0]
		);
		expect(listed.sort()).toEqual(citing.map((c) => c.id).sort());

		await page.goto('/balance');
		const column = page.locator('section#as-of svg a').last();
		const columnLabel = (await column.getAttribute('aria-label'))!;
		const year = columnLabel.slice(0, 4);
		const columnSide = columnLabel.includes('critics') ? 'critique' : 'response';
		await column.click();
		const expected = pairs.filter(
			(p) =>
				(columnSide === 'critique' || p.response.status !== 'none-found') &&
				p[columnSide].as_of.startsWith(year)
		);
		await expect(claims).toHaveCount(expected.length);
		expect(expected).toHaveLength(countIn(columnLabel));
	});

	test('a malformed chart link is a 400 page that says what is wrong', async ({ page }) => {
		const response = await page.goto('/balance/claims?side=both&type=news');
		expect(response?.status()).toBe(400);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'This chart link is not valid'
		);
		await expect(page.locator('main')).toContainText('side:');
	});

	test('prints the charts and their tables, without the site navigation', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto('/balance');
		await expect(page.locator('header.site nav')).toBeHidden();
		for (const id of CHARTS) {
			await expect(page.locator(`section#${id} svg`).first(), id).toBeVisible();
			await expect(page.locator(`section#${id} table`), id).toBeVisible();
		}
	});
});

test.describe('/timeline', () => {
	test("draws every event in its topics' lanes and lists it with its pairs", async ({ page }) => {
		await page.goto('/timeline');
		const events = data!.events;
		await expect(page.locator('ol.events > li')).toHaveCount(events.length);
		const marks = events.reduce((n, e) => n + e.topics.length, 0);
		await expect(page.locator('svg a[href^="#"]')).toHaveCount(marks);
		const linked = events.find((e) => pairs.some((p) => p.timeline.includes(e.id)))!;
		const entry = page.locator(`li#${linked.id}`);
		const expected = idsWhere((p) => p.timeline.includes(linked.id));
		const shown = (
			await entry
				.locator('ul.pairs a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace('/pairs/', '')))
		).sort();
		expect(shown).toEqual(expected);
	});

	test('a mark leads to the event, and the event to a pair that links back', async ({ page }) => {
		await page.goto('/timeline');
		const mark = page.locator('svg a[href^="#"]').first();
		const id = (await mark.getAttribute('href'))!.slice(1);
		await mark.click();
		await navigated(page).toHaveURL(new RegExp(`#${id}$`));
		const entry = page.locator(`li#${id}`);
		await expect(entry).toBeInViewport();
		// The first mark's event has pairs in this corpus; say so, rather than skip the second half.
		const pairLink = entry.locator('ul.pairs a').first();
		await expect(pairLink).toBeAttached();
		await pairLink.click();
		await navigated(page).toHaveURL(/\/pairs\/[A-Z]{2}-\d+$/);
		await expect(page.locator(`a[href$="/timeline#${id}"]`).first()).toBeAttached();
	});

	test.describe('without JavaScript', () => {
		test.use({ javaScriptEnabled: false });

		test('the topic filter is a GET form; the list and picture keep that topic', async ({
			page
		}) => {
			await page.goto('/timeline');
			await page.getByLabel('Topic', { exact: true }).selectOption('detention');
			await page.getByRole('button', { name: 'Show' }).click();
			await navigated(page).toHaveURL(/\/timeline\?topic=detention$/);
			const expected = data!.events.filter((e) => e.topics.includes('detention'));
			await expect(page.locator('ol.events > li')).toHaveCount(expected.length);
			await expect(page.locator('svg a[href^="#"]')).toHaveCount(expected.length);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Detention/);
		});
	});

	test('an unknown topic shows every event with a notice, not an error', async ({ page }) => {
		const response = await page.goto('/timeline?topic=nowhere');
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('status')).toContainText('There is no topic "nowhere"');
		await expect(page.locator('ol.events > li')).toHaveCount(data!.events.length);
	});

	test('prints the picture and the whole list', async ({ page }) => {
		await page.emulateMedia({ media: 'print' });
		await page.goto('/timeline');
		await expect(page.locator('svg.chart')).toBeVisible();
		await expect(page.locator('form.filter')).toBeHidden();
		await expect(page.locator('ol.events > li').last()).toBeVisible();
	});
});

test('a pair page reads its parity as a sentence and draws its claims on the eras', async ({
	page
}) => {
	const pair = pairWithEvents;
	await page.goto(`/pairs/${pair.id}`);
	await expect(page.locator('.parity p.visually-hidden')).toContainText(/^Balance of this pair: /);
	await expect(page.locator('.parity [aria-hidden="true"]')).toBeVisible();
	const picture = page.locator('section.pair-timeline');
	await expect(picture.locator('path.claim')).toHaveCount(2);
	await expect(picture.locator('svg a')).toHaveCount(pair.timeline.length);
	await expect(picture.locator('p').first()).toContainText("The critics' claim is as of");
});

test.describe('at 320 px', () => {
	test.use({ viewport: { width: 320, height: 700 } });

	test('the pages do not scroll sideways; bar charts fit, other charts scroll and say so', async ({
		page
	}) => {
		for (const route of ['/balance', '/timeline', `/pairs/${pairWithEvents.id}`]) {
			await page.goto(route);
			const [scroll, client] = await page.evaluate(() => [
				document.documentElement.scrollWidth,
				document.documentElement.clientWidth
			]);
			expect(scroll, route).toBeLessThanOrEqual(client);
		}
		// Bar charts fit the screen in their narrow layout, every value inside the picture; the
		// charts without one scroll inside their own frame and say so.
		await page.goto('/balance');
		const bars = page.locator('section#by-topic .picture');
		await expect(bars.locator('svg.wide').first()).toBeHidden();
		const narrow = bars.locator('svg.narrow').first();
		await expect(narrow).toBeVisible();
		await expect(page.locator('section#by-topic .scroll-hint')).toBeHidden();
		const [frameScroll, frameClient] = await bars.evaluate((el) => [
			el.scrollWidth,
			el.clientWidth
		]);
		expect(frameScroll).toBeLessThanOrEqual(frameClient);
		const box = (await narrow.boundingBox())!;
		const values = await narrow
			.locator('text.value')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().right));
		expect(values.length).toBeGreaterThan(0);
		for (const right of values) expect(right).toBeLessThanOrEqual(box.x + box.width);
		// Text at a readable size: 13 units drawn at least 10 px tall.
		expect(
			box.width / (await narrow.evaluate((el) => (el as SVGSVGElement).viewBox.baseVal.width))
		).toBeGreaterThan(10 / 13);
		const parity = page.locator('section#parity');
		await expect(parity.locator('.scroll-hint')).toBeVisible();
		const frame = parity.locator('.picture');
		const [scroll, client] = await frame.evaluate((el) => [el.scrollWidth, el.clientWidth]);
		expect(scroll).toBeGreaterThan(client);
		await expect(frame).toHaveCSS('overflow-x', 'auto');
	});

	test('the site navigation folds into one line, and opens without JavaScript', async ({
		browser
	}) => {
		const context = await browser.newContext({
			viewport: { width: 320, height: 700 },
			javaScriptEnabled: false
		});
		const page = await context.newPage();
		await page.goto('/balance');
		const header = page.locator('header.site');
		const brand = (await header.locator('.brand').boundingBox())!;
		expect((await header.boundingBox())!.height).toBeLessThan(2 * brand.height + 40);
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link', { name: 'Topics' })).toBeHidden();
		await nav.getByText('Menu').click();
		await nav.getByRole('link', { name: 'Topics' }).click();
		await expect(page).toHaveURL(/\/topics$/);
		await context.close();
	});
});

const AXE_ROUTES = [
	'/balance',
	'/balance/claims?side=response&perspective=agency',
	'/timeline?topic=detention',
	`/pairs/${pairWithEvents.id}`
];
for (const scheme of ['light', 'dark'] as const) {
	for (const route of AXE_ROUTES) {
		test(`axe finds nothing on ${route} (${scheme})`, async ({ page }) => {
			// The balance page has many SVG marks: axe needs longer than the default on a busy machine.
			test.setTimeout(120_000);
			await page.emulateMedia({ colorScheme: scheme });
			await page.goto(route);
			expect(await axeViolations(page)).toEqual([]);
		});
	}
}
