import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import {
	axeViolations,
	facetBox,
	pairIdsOnDisk,
	rowIds,
	rows,
	summaryLine,
	waitForScripts
} from './helpers';

const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search the arguments' });

/** The endpoint's ranking for a query: the same module and index the page uses. */
async function apiIds(request: APIRequestContext, query: string) {
	const response = await request.get(
		`/api/search?${new URLSearchParams({ q: query, limit: '200' })}`
	);
	expect(response.status()).toBe(200);
	return ((await response.json()).hits as { id: string }[]).map((h) => h.id);
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search form submits as GET; results are ranked as the endpoint ranks them', async ({
		page,
		request
	}) => {
		await page.goto('/');
		await searchBox(page).fill('courthouse arrests');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=courthouse\+arrests/);
		const expected = await apiIds(request, 'courthouse arrests');
		expect(await rowIds(page)).toEqual(expected);
		await expect(summaryLine(page)).toHaveText(
			`Showing ${expected.length} of ${pairIdsOnDisk().length} pairs · matching “courthouse arrests”`
		);
		await expect(page.locator('#sort option:checked')).toHaveText('By relevance');
	});

	test('matched words are marked, and each row says which side matched', async ({ page }) => {
		await page.goto('/?q=courthouse+arrests');
		const first = rows(page).first();
		const marks = await first.locator('h2 mark').allTextContents();
		expect(marks.length).toBeGreaterThan(0);
		for (const mark of marks) expect(mark).toMatch(/^(courthouses?|arrest(s|ed)?)$/i);
		await expect(first.locator('.claim .matched').first()).toHaveText('· matches the search');
		await expect(first.locator('.excerpts').first()).toContainText('In the argument:');
	});

	test('search combines with filters: counts follow the search, both stay in the URL', async ({
		page
	}) => {
		await page.goto('/?q=detention');
		const total = await rows(page).count();
		const topicCounts = await page
			.locator('input[name="topic"] ~ .count')
			.evaluateAll((els) => els.map((el) => parseInt(el.textContent ?? '', 10)));
		expect(topicCounts.reduce((a, b) => a + b, 0)).toBe(total);
		await (await facetBox(page, 'topic', 'detention')).check();
		await page.getByRole('button', { name: /^Show \d+ pairs?$/ }).click();
		await expect(page).toHaveURL(/q=detention/);
		await expect(page).toHaveURL(/topic=detention/);
		const ids = await rowIds(page);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(id).toMatch(/^DC-/);
		await expect(searchBox(page)).toHaveValue('detention');
		await expect(summaryLine(page)).toContainText(
			'matching “detention” · topic: Detention conditions'
		);
	});

	test('a search that finds nothing suggests the word the index holds, and the topics', async ({
		page,
		request
	}) => {
		await page.goto('/?q=detension');
		await expect(rows(page)).toHaveCount(0);
		await expect(page.getByText('No pair matches')).toBeVisible();
		await expect(page.getByText('Did you mean detention?')).toBeVisible();
		await page.getByRole('link', { name: 'detention', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=detention$/);
		expect(await rows(page).count()).toBeGreaterThan(0);
		// The API offers the same word.
		const api = await (await request.get('/api/search?q=detension')).json();
		expect([api.total, api.suggestion]).toEqual([0, 'detention']);
		await page.goto('/?q=zzqxv');
		await expect(page.getByText('Did you mean')).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Detention conditions' })).toHaveAttribute(
			'href',
			'/?topic=detention'
		);
	});

	test('320 px: the help leads with examples; the syntax is behind "Search tips", unbroken', async ({
		page
	}) => {
		await page.setViewportSize({ width: 320, height: 700 });
		await page.goto('/');
		await expect(page.locator('#search-help')).toContainText('courthouse arrests');
		await expect(page.locator('#search-help')).not.toContainText('-without');
		const without = page.locator('.tips code', { hasText: '-without' });
		await expect(without).toBeHidden();
		await page.getByText('Search tips').click();
		await expect(without).toBeVisible();
		// One line: a break after its hyphen would make it two lines tall.
		const lineHeight = await without.evaluate((el) => {
			const range = document.createRange();
			range.selectNodeContents(el);
			return range.getClientRects().length;
		});
		expect(lineHeight).toBe(1);
	});

	test('what lunr cannot parse is searched as words, with a notice and never an error', async ({
		page
	}) => {
		for (const query of ['detention:', 'tax^', '+-detention', 'https://www.ice.gov/detain']) {
			const response = await page.goto(`/?${new URLSearchParams({ q: query })}`);
			expect(response?.status(), query).toBe(200);
			await expect(page.locator('.notice'), query).toContainText('words only');
		}
	});

	test('a bare wildcard is refused with a notice', async ({ page }) => {
		await page.goto('/?q=*');
		await expect(page.locator('.notice')).toContainText('would match every pair');
		await expect(rows(page)).toHaveCount(0);
	});

	test('nothing from the query reaches the page unescaped', async ({ page }) => {
		const query = '<img src=x onerror="document.title=1">"><script>document.title=2</script>';
		await page.goto(`/?${new URLSearchParams({ q: query })}`);
		await expect(page.locator('main img')).toHaveCount(0);
		await expect(page.locator('main script')).toHaveCount(0);
		await expect(searchBox(page)).toHaveValue(query);
		await expect(page).not.toHaveTitle(/^[12]$/);
	});
});

test.describe('with JavaScript', () => {
	test('results follow the typing; the URL follows; focus stays in the box', async ({
		page,
		request
	}) => {
		const fetched: string[] = [];
		page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
		await page.goto('/');
		await waitForScripts(page);
		expect(fetched.some((p) => p.includes('search-index'))).toBe(false);
		await searchBox(page).click();
		await page.keyboard.type('flor');
		const expected = await apiIds(request, 'flor');
		await expect(rows(page)).toHaveCount(expected.length);
		await expect(page).toHaveURL(/[?&]q=flor$/);
		expect(await rowIds(page)).toEqual(expected);
		await expect(rows(page).first().locator('mark').first()).toHaveText(/^flor/i);
		await expect(searchBox(page)).toBeFocused();
		expect(fetched.filter((p) => p.includes('search-index'))).toHaveLength(1);
	});

	test('the same search gives the same list with and without JavaScript', async ({
		page,
		browser
	}) => {
		await page.goto('/?topic=detention');
		await waitForScripts(page);
		await searchBox(page).fill('medical care');
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(/q=medical\+care/);
		await expect(summaryLine(page)).toContainText('matching “medical care”');
		const withJs = await rowIds(page);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const plain = await context.newPage();
		await plain.goto(page.url());
		expect(await rowIds(plain)).toEqual(withJs);
		await context.close();
	});

	test('the URL round-trips: a search link opens with its query, filters and marks', async ({
		page,
		browser
	}) => {
		await page.goto('/');
		await waitForScripts(page);
		await searchBox(page).fill('family');
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(/q=family/);
		await (await facetBox(page, 'topic', 'family-separation')).check();
		await expect(page).toHaveURL(/topic=family-separation/);
		await expect(page).toHaveURL(/q=family/);
		const ids = await rowIds(page);
		// Another reader opens the link: the page, not the data the first reader's navigation asked for.
		const other = await browser.newPage();
		const response = await other.goto(page.url());
		expect(response?.headers()['content-type']).toMatch(/text\/html/);
		await expect(searchBox(other)).toHaveValue('family');
		await expect(other.locator('input[name="topic"][value="family-separation"]')).toBeChecked();
		expect(await rowIds(other)).toEqual(ids);
		expect(await other.locator('article.pair mark').count()).toBeGreaterThan(0);
		await other.close();
	});

	test('Back returns to the list before the search', async ({ page }) => {
		await page.goto('/?topic=due-process');
		await waitForScripts(page);
		const before = await rowIds(page);
		await searchBox(page).fill('hearing');
		await searchBox(page).press('Enter');
		await expect(page).toHaveURL(/q=hearing/);
		await page.goBack();
		await expect(page).toHaveURL(/\?topic=due-process$/);
		await expect(searchBox(page)).toHaveValue('');
		expect(await rowIds(page)).toEqual(before);
	});
});

for (const scheme of ['light', 'dark'] as const) {
	test(`search results have no axe violations (${scheme})`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		// Few rows, every kind of mark: question, summaries, bylines, excerpts, tags.
		await page.goto('/?q=flores');
		expect(await axeViolations(page)).toEqual([]);
	});
}

test('readable at 320 px with a search', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	await page.goto('/?q=courthouse+arrests');
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - window.innerWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
});
