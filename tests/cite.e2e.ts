import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { readCorpusFiles } from '../src/lib/server/corpus/load';
import { axeViolations, waitForScripts } from './helpers';

/** The first pair the API lists, so the tests follow the corpus rather than hard-code it. */
async function firstPair(
	page: Page
): Promise<{ id: string; question: string; last_reviewed: string }> {
	const res = await page.request.get('/api/pairs.json');
	const body = await res.json();
	return body.pairs[0];
}

// The first pair page of a fresh server loads the corpus and compiles the citation styles, which
// takes seconds on a small machine; pay it once here rather than inside a test's time limit.
test.beforeAll(async ({ request }) => {
	test.setTimeout(120_000);
	const { pairs } = await (await request.get('/api/pairs.json')).json();
	expect((await request.get(`/pairs/${pairs[0].id}`, { timeout: 110_000 })).ok()).toBe(true);
});

const citeBox = (page: Page, claimId: string) => page.locator(`#cite-${claimId}`);
// A control's visible words, then the claim id that only assistive technology hears.
const named = (words: string, id: string) => new RegExp(`^${words}\\s+${id}$`);

test('cite a claim and copy its APA citation', async ({ page, context, baseURL }) => {
	// axe on a long page takes several seconds on a small machine.
	test.slow();
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	const pair = await firstPair(page);
	const claimId = `${pair.id}-C`;
	await page.goto(`/pairs/${pair.id}`);
	await waitForScripts(page);
	const box = citeBox(page, claimId);
	await box.locator('summary').first().click();
	const apa = box.locator('[data-style="apa"]').first();
	await expect(apa).toContainText(claimId);
	await expect(apa).toContainText(`${baseURL}/claims/${claimId}`);
	// APA dates the claim by its last review, as the page does, not "n.d." with a retrieval date.
	const reviewed = new Date(`${pair.last_reviewed}T00:00:00Z`);
	const month = reviewed.toLocaleString('en-US', { month: 'long', timeZone: 'UTC' });
	await expect(apa).toContainText(
		`(${reviewed.getUTCFullYear()}, ${month} ${reviewed.getUTCDate()})`
	);
	await expect(apa).not.toContainText('n.d.');
	const copyApa = box.getByRole('button', {
		name: `Copy APA (7th edition) citation of ${claimId}`
	});
	await copyApa.click();
	// The status beside this button (the box has others: the permalink's, the other styles').
	await expect(copyApa.locator('xpath=following-sibling::*[@role="status"]')).toHaveText('Copied');
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await apa.textContent())!.trim());
	expect(await axeViolations(page)).toEqual([]);
});

test('without JavaScript the citation is there to select and the files download', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const pair = await firstPair(page);
	const claimId = `${pair.id}-R`;
	await page.goto(`/pairs/${pair.id}`);
	const box = citeBox(page, claimId);
	await box.locator('summary').first().click();
	for (const style of ['apa', 'mla', 'chicago'])
		await expect(box.locator(`[data-style="${style}"]`).first()).toContainText(claimId);
	await expect(box.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
	const link = box.locator(`a[download="${claimId}.bib"]`);
	const file = await page.request.get((await link.getAttribute('href'))!);
	expect(file.headers()['content-disposition']).toBe(`attachment; filename="${claimId}.bib"`);
	expect(await file.text()).toContain(`url = {${baseURL}/claims/${claimId}}`);
	await expect(box.locator('pre').first()).toContainText('@online{');
	await context.close();
});

test('a claim’s permanent address lands on the claim, keeping the side order', async ({ page }) => {
	const pair = await firstPair(page);
	const res = await page.request.get(`/claims/${pair.id}-R?sides=response-first`, {
		maxRedirects: 0
	});
	expect(res.status()).toBe(308);
	expect(res.headers()['location']).toBe(`/pairs/${pair.id}?sides=response-first#${pair.id}-R`);
	await page.goto(`/claims/${pair.id}-C`);
	await expect(page).toHaveURL(new RegExp(`/pairs/${pair.id}#${pair.id}-C$`));
	expect((await page.request.get('/claims/XX-99-C')).status()).toBe(404);
});

test('compare board: add from pair pages, remove, share', async ({ page, baseURL }) => {
	// axe on a long page takes several seconds on a small machine.
	test.slow();
	const pair = await firstPair(page);
	const [c, r] = [`${pair.id}-C`, `${pair.id}-R`];
	await page.goto(`/pairs/${pair.id}`);
	await waitForScripts(page);
	await page.getByRole('link', { name: named('Add to compare', c) }).click();
	await expect(page).toHaveURL(`/compare?ids=${c}`);
	await expect(page.locator('ol.board section.claim')).toHaveCount(1);

	// Back on the pair, the board is carried along, so the next claim joins it.
	await page.locator(`ol.board a[href^="/pairs/${pair.id}?compare="]`).first().click();
	await waitForScripts(page);
	await page.getByRole('link', { name: named('Add to compare', r) }).click();
	await expect(page).toHaveURL(`/compare?ids=${c},${r}`);
	await expect(page.locator('ol.board section.claim')).toHaveCount(2);
	await expect(page.getByLabel('Link to this board')).toHaveValue(
		`${baseURL}/compare?ids=${c},${r}`
	);

	await page.getByRole('link', { name: named('Remove', c) }).click();
	await expect(page).toHaveURL(`/compare?ids=${r}`);
	await expect(page.locator('ol.board section.claim')).toHaveCount(1);
	expect(await axeViolations(page)).toEqual([]);
});

test('compare board works without JavaScript and lists unknown ids', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const pair = await firstPair(page);
	await page.goto('/compare?ids=XX-99-C,nonsense');
	await expect(page.getByRole('status')).toContainText('Not found: XX-99-C');
	await expect(page.getByRole('status')).toContainText('“nonsense”');
	await page.getByLabel('Claim or pair ids').fill(pair.id.toLowerCase());
	await page.getByRole('button', { name: 'Add' }).click();
	await expect(page.locator('ol.board section.claim')).toHaveCount(2);
	await expect(page.locator('ol.board')).toContainText(pair.question);
	await context.close();
});

test('the embeddable card works in an iframe on another page', async ({ page, baseURL }) => {
	// axe on a long page takes several seconds on a small machine.
	test.slow();
	const pair = await firstPair(page);
	const embed = `${baseURL}/embed/pairs/${pair.id}`;
	const res = await page.request.get(embed);
	expect(res.headers()['content-security-policy']).not.toContain('frame-ancestors');
	expect(res.headers()['x-frame-options']).toBeUndefined();

	await page.setContent(`<iframe src="${embed}" title="Embedded pair" width="640" height="480">`);
	const frame = page.frameLocator('iframe');
	await expect(frame.getByRole('heading', { level: 1 })).toHaveText(pair.question);
	await expect(frame.getByRole('heading', { level: 2 })).toHaveCount(2);
	await expect(frame.locator('.cite')).toContainText(`${baseURL}/pairs/${pair.id}`);

	await page.goto(embed);
	expect(await axeViolations(page)).toEqual([]);
});

test('pair pages announce oEmbed, OpenGraph and Twitter previews', async ({ page, baseURL }) => {
	const pair = await firstPair(page);
	await page.goto(`/pairs/${pair.id}`);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', pair.question);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
	const href = await page
		.locator('link[rel="alternate"][type="application/json+oembed"]')
		.getAttribute('href');
	const oembed = await (await page.request.get(href!)).json();
	expect(oembed).toMatchObject({ type: 'rich', version: '1.0' });
	expect(oembed.html).toContain(`src="${baseURL}/embed/pairs/${pair.id}"`);
});

test('open data: API errors, feed, sitemap and robots use absolute addresses', async ({
	request,
	baseURL
}) => {
	const missing = await request.get('/api/pairs/XX-99.json');
	expect(missing.status()).toBe(404);
	expect(await missing.json()).toMatchObject({ apiVersion: 1, error: { status: 404 } });
	expect((await request.get('/api/claims/nonsense.json')).status()).toBe(400);
	const feed = await request.get('/feed.xml');
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
	expect(await feed.text()).toContain(
		`<link rel="alternate" type="text/html" href="${baseURL}/pairs/`
	);
	expect(await (await request.get('/sitemap.xml')).text()).toContain(`<loc>${baseURL}/api</loc>`);
	expect(await (await request.get('/robots.txt')).text()).toContain(
		`Sitemap: ${baseURL}/sitemap.xml`
	);
	for (const [file, header] of [
		['corpus.csv', /^\uFEFFclaim_id,pair_id,side,topic,.*,argument,.*,url$/],
		['points.csv', /^\uFEFFpoint_id,pair_id,side,topic,point,answer_status,.*,url$/],
		['findings.csv', /^\uFEFFfinding_id,pair_id,topic,finding,.*,supports_points,.*,url$/],
		['citations.csv', /^\uFEFFcited_by,.*,source_url,quote,pinpoint,url$/]
	] as const) {
		const csv = await request.get(`/downloads/${file}`);
		expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
		const [head, first] = (await csv.text()).split('\r\n');
		expect(head).toMatch(header);
		// Addresses in the files are absolute, on this site's origin.
		expect(first).toMatch(new RegExp(`,${baseURL}/(claims|pairs)/[A-Z]{2}-\\d+\\S*$`));
	}
	expect((await request.get('/downloads/nothing.csv')).status()).toBe(404);
});

test('the open data may be read from any origin, GET only; pages may not', async ({
	page,
	baseURL
}) => {
	// Another origin: the same server by its IP address, on a file with no connect-src policy.
	const other = baseURL!.replace('localhost', '127.0.0.1');
	await page.goto(`${other}/robots.txt`);
	const results = await page.evaluate(async (base) => {
		const read = async (path: string, init?: RequestInit) => {
			try {
				const res = await fetch(`${base}${path}`, init);
				return `${res.status} ${(await res.text()).length > 0}`;
			} catch {
				return 'blocked';
			}
		};
		return {
			api: await read('/api/pairs.json'),
			search: await read('/api/search?q=detention'),
			// A header the browser does not send on its own makes it ask first (a preflight).
			preflighted: await read('/api/search?q=detention', { headers: { 'x-requested-with': 'a' } }),
			csv: await read('/downloads/points.csv'),
			feed: await read('/feed.xml'),
			page: await read('/downloads'),
			post: await read('/api/search?q=x', {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}'
			}),
			credentials: await read('/api/pairs.json', { credentials: 'include' })
		};
	}, baseURL!);
	expect(results).toEqual({
		api: '200 true',
		search: '200 true',
		preflighted: '200 true',
		csv: '200 true',
		feed: '200 true',
		page: 'blocked',
		post: 'blocked',
		credentials: 'blocked'
	});
});

test('the API and downloads pages are accessible and document the search and the CSVs', async ({
	page
}) => {
	// axe on a long page takes several seconds on a small machine.
	test.slow();
	const documented = {
		// The search endpoint: its parameters and the fields of its answer.
		'/api': [
			['Parameters', ['q (required)', 'topic', 'limit']],
			['Response', ['hits[].fields', 'suggestion']]
		],
		// Each CSV, column by column.
		'/downloads': [
			['CSV: one row per claim', ['argument', 'source_urls', 'url']],
			['CSV: what the record shows', ['supports_points', 'undercuts_points', 'context_points']],
			['CSV: sources and quotes', ['quote', 'pinpoint', 'source_url']]
		]
	} as const;
	for (const [path, tables] of Object.entries(documented)) {
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		for (const [heading, names] of tables) {
			const table = page.getByRole('table', { name: heading });
			for (const name of names) {
				await expect(table.getByRole('rowheader', { name, exact: true })).toBeVisible();
			}
		}
		expect(await axeViolations(page)).toEqual([]);
		// At 320 px the tables wrap: nothing scrolls sideways.
		await page.setViewportSize({ width: 320, height: 700 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
	}
});

// Retired ids cannot be made up here (claims/ belongs to the data writers): the 410 path is unit
// tested with a fixture in src/lib/server/cite/address.spec.ts, and checked here when one exists.
const retired: { id: string; replaced_by: string | null }[] =
	parse(readCorpusFiles().find((f) => f.path === 'claims/retired.yaml')?.text ?? '')?.retired ?? [];

test('a retired id answers 410 with a link to its replacement', async ({ page }) => {
	test.skip(retired.length === 0, 'claims/retired.yaml lists no retired id yet');
	for (const entry of retired) {
		const path = /-[CR]$/.test(entry.id) ? `/claims/${entry.id}` : `/pairs/${entry.id}`;
		const res = await page.goto(path);
		expect(res?.status()).toBe(410);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('This id was retired');
		if (entry.replaced_by)
			await expect(page.getByRole('link', { name: entry.replaced_by })).toBeVisible();
	}
});
