import { expect, test, type Page } from '@playwright/test';
import { axeViolations, waitForScripts } from './helpers';

interface ApiClaim {
	summary: string;
	argument: string;
	points: unknown[];
	sources: unknown[];
}
interface ApiPair {
	id: string;
	question: string;
	critique: ApiClaim;
	response: ApiClaim;
}

/**
 * The three pairs with the most text to print (summaries, arguments, points, sources with their
 * quotes), from the API: a handout that holds these holds any three.
 */
async function longestPairs(page: Page): Promise<ApiPair[]> {
	const { pairs } = (await (await page.request.get('/api/pairs.json')).json()) as {
		pairs: ApiPair[];
	};
	const size = (c: ApiClaim) => JSON.stringify([c.summary, c.argument, c.points, c.sources]).length;
	return [...pairs]
		.sort((a, b) => size(b.critique) + size(b.response) - size(a.critique) - size(a.response))
		.slice(0, 3);
}

const claimsOf = (pairs: ApiPair[]) => pairs.flatMap((p) => [`${p.id}-C`, `${p.id}-R`]);
const boardOf = (pairs: ApiPair[]) => `/compare?ids=${claimsOf(pairs).join(',')}`;
const pairRows = (page: Page) => page.locator('ol.board.by-pair > li');
const noSideScroll = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
// A control's visible words, then the id that only assistive technology hears.
const named = (words: string, id: string) => new RegExp(`^${words}\\s+${id}$`);

/** Checks each row: the question once, as the row's heading, and both sides below it. */
async function expectRowsByPair(page: Page, pairs: ApiPair[], sideBySide: boolean) {
	for (const [i, pair] of pairs.entries()) {
		const row = pairRows(page).nth(i);
		await expect(row.getByRole('heading', { level: 2 })).toContainText(pair.question);
		await expect(row.getByText(pair.question, { exact: true })).toHaveCount(1);
		const c = (await row.locator(`[id="${pair.id}-C"]`).boundingBox())!;
		const r = (await row.locator(`[id="${pair.id}-R"]`).boundingBox())!;
		if (sideBySide) {
			expect(Math.abs(c.y - r.y), `${pair.id}: both sides start on one line`).toBeLessThan(2);
			expect(r.x).toBeGreaterThan(c.x + c.width - 1);
		} else {
			expect(r.y, `${pair.id}: the response under the critique`).toBeGreaterThan(c.y + c.height);
		}
	}
	expect(await noSideScroll(page)).toBe(true);
}

test('the board by pair at 1280 and 320 px, and by claim on request', async ({ page }) => {
	// axe on a long page takes several seconds on a small machine.
	test.slow();
	const pairs = await longestPairs(page);
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto(boardOf(pairs));
	await waitForScripts(page);
	await expect(pairRows(page)).toHaveCount(3);
	await expectRowsByPair(page, pairs, true);

	await page.setViewportSize({ width: 320, height: 800 });
	await expectRowsByPair(page, pairs, false);

	// By claim: one column per claim, each naming its pair.
	await page.getByRole('link', { name: 'By claim' }).click();
	await expect(page).toHaveURL(`${boardOf(pairs)}&layout=claims`);
	await expect(page.locator('ol.board.by-claim > li')).toHaveCount(6);
	await expect(page.locator('ol.board.by-claim > li').nth(1)).toContainText(pairs[0].question);
	expect(await noSideScroll(page)).toBe(true);
	// Moving a claim keeps the layout.
	await page.getByRole('link', { name: named('Later →', `${pairs[0].id}-C`) }).click();
	const [c0, r0, ...rest] = claimsOf(pairs);
	await expect(page).toHaveURL(`/compare?ids=${[r0, c0, ...rest].join(',')}&layout=claims`);
	await expect(page.locator('ol.board.by-claim > li').first().locator('section.claim')).toHaveId(
		r0
	);
	expect(await axeViolations(page)).toEqual([]);
});

test('the board by pair without JavaScript, at 320 and 1280 px', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const pairs = await longestPairs(page);
	await page.setViewportSize({ width: 320, height: 800 });
	// Half a pair: its row says which side is missing and adds it.
	const half = [...claimsOf(pairs).slice(0, 5)];
	await page.goto(`/compare?ids=${half.join(',')}`);
	await expectRowsByPair(page, pairs.slice(0, 2), false);
	await expect(pairRows(page)).toHaveCount(3);
	await expect(page.getByRole('button', { name: 'Print handout' })).toHaveCount(0);
	await page.getByRole('link', { name: named('Add the response', `${pairs[2].id}-R`) }).click();
	await expect(page).toHaveURL(boardOf(pairs));
	await page.setViewportSize({ width: 1280, height: 900 });
	await expectRowsByPair(page, pairs, true);
	await page.getByRole('link', { name: named('Remove pair', pairs[0].id) }).click();
	await expect(pairRows(page)).toHaveCount(2);
	await page.getByRole('link', { name: 'By claim' }).click();
	await expect(page.locator('ol.board.by-claim > li')).toHaveCount(4);
	await context.close();
});

test('add pairs from explorer rows and a pair page without leaving them', async ({ page }) => {
	const pairs = await longestPairs(page);
	const [a, b, c] = pairs.map((p) => p.id);
	await page.goto('/');
	await waitForScripts(page);
	// Step 1 and 2: two explorer rows.
	for (const [i, id] of [a, b].entries()) {
		const row = page.locator('article.pair', { has: page.locator(`[id="${id}-q"]`) });
		await row.getByRole('link', { name: named('Add pair to compare', id) }).click();
		await expect(row.getByRole('status')).toHaveText(
			`Added ${id}-C and ${id}-R: ${2 * (i + 1)} claims on the board.`
		);
		await expect(page).toHaveURL('/');
	}
	// Step 3: a pair page (the claims' own "Add to compare" links see the pair at once).
	await page.goto(`/pairs/${c}`);
	await waitForScripts(page);
	await page.getByRole('link', { name: named('Add pair to compare', c) }).click();
	await expect(page).toHaveURL(`/pairs/${c}`);
	// The same link, now saying where the pair is, keeps the focus.
	await expect(
		page.getByRole('link', { name: named('On your compare board: open it', c) })
	).toBeFocused();
	await expect(
		page.getByRole('link', { name: named('On your compare board', `${c}-R`) })
	).toHaveCount(1);
	// Step 4: the same link now opens the board.
	await page.getByRole('link', { name: named('On your compare board: open it', c) }).click();
	await expect(page).toHaveURL(boardOf(pairs));
	await expect(pairRows(page)).toHaveCount(3);
});

test('add pairs without JavaScript: the link lands on the board, which leads back', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	const pairs = await longestPairs(page);
	const [a, b, c] = pairs.map((p) => p.id);
	const claims = claimsOf(pairs);
	await page.goto('/');
	await page.getByRole('link', { name: named('Add pair to compare', a) }).click();
	await expect(page).toHaveURL(boardOf(pairs.slice(0, 1)));
	await page.getByRole('link', { name: 'Add pairs from the explorer' }).click();
	await expect(page).toHaveURL(`/?compare=${claims.slice(0, 2).join(',')}`);
	await expect(page.getByText('unknown parameter')).toHaveCount(0);
	await page.getByRole('link', { name: named('Add pair to compare', b) }).click();
	await expect(page).toHaveURL(boardOf(pairs.slice(0, 2)));
	// A pair page reached from the board keeps adding to it.
	await page.goto(`/pairs/${c}?compare=${claims.slice(0, 4).join(',')}`);
	await page.getByRole('link', { name: named('Add pair to compare', c) }).click();
	await expect(page).toHaveURL(boardOf(pairs));
	await expect(pairRows(page)).toHaveCount(3);
	await context.close();
});

/** The number of pages of a PDF: its page objects (`/Type /Page`, not the `/Pages` tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length;

test('a three-pair board prints as a handout of at most three pages', async ({ page, baseURL }) => {
	const pairs = await longestPairs(page);
	await page.goto(boardOf(pairs));
	await waitForScripts(page);
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', '');
	});
	await page.getByRole('button', { name: 'Print handout' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', '');

	await page.emulateMedia({ media: 'print' });
	const address = page.locator('.print-address');
	await expect(address).toBeVisible();
	await expect(address).toContainText(`This board: ${baseURL}${boardOf(pairs)}`);
	await expect(address.locator('time')).toHaveAttribute(
		'datetime',
		new Date().toISOString().slice(0, 10)
	);
	await expect(address.locator('svg path')).toHaveCount(2);
	for (const id of claimsOf(pairs))
		await expect(page.locator('.short-cite', { hasText: `${baseURL}/claims/${id}` })).toBeVisible();
	// Nothing to click and no instructions on paper.
	for (const hidden of ['.tools', '.intro', '.add', '.actions', 'button'])
		for (const el of await page.locator(hidden).all()) await expect(el).toBeHidden();

	for (const format of ['A4', 'Letter'] as const) {
		const pages = pdfPages(await page.pdf({ format }));
		test.info().annotations.push({ type: `${format} pages`, description: String(pages) });
		expect(pages, format).toBeGreaterThan(0);
		expect(pages, format).toBeLessThanOrEqual(3);
	}
});

test('a pair page prints its address; permalinks copy', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	const [pair] = await longestPairs(page);
	await page.goto(`/pairs/${pair.id}?view=points`);
	await waitForScripts(page);
	const permalink = `${baseURL}/pairs/${pair.id}`;
	await page.getByRole('button', { name: `Copy permanent link of pair ${pair.id}` }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
	const box = page.locator(`#cite-${pair.id}-R`);
	await box.locator('summary').first().click();
	await box.getByRole('button', { name: `Copy permanent link of ${pair.id}-R` }).click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`${baseURL}/claims/${pair.id}-R`
	);

	// The print button opens the browser's print dialog (stubbed here: headless has none).
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await page.getByRole('button', { name: 'Print this pair' }).click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');

	await expect(page.locator('.print-address')).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	const address = page.locator('.print-address');
	await expect(address).toBeVisible();
	await expect(address).toContainText(`This pair: ${permalink}`);
	await expect(address.getByRole('img', { name: /QR code/ })).toBeVisible();
	await expect(page.locator('.pair-tools')).toBeHidden();
});
