import { expect, test, type Page } from '@playwright/test';
import { facetBox, pairIdsOnDisk, rowIds, rows, summaryLine, waitForScripts } from './helpers';

/** The count shown beside a facet value (its number; screen readers also hear "pairs"). */
const countOf = async (page: Page, name: string, value: string) =>
	String(
		parseInt(
			(await page.locator(`input[name="${name}"][value="${value}"] ~ .count`).textContent()) ?? '',
			10
		)
	);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every pair with both sides, who, as of, status and source counts', async ({
		page
	}) => {
		await page.goto('/');
		expect((await rowIds(page)).sort()).toEqual(pairIdsOnDisk());
		const first = rows(page).first();
		await expect(first.locator('.claim.critique')).toContainText('as of');
		await expect(first.locator('.claim.response')).toContainText(/answer|policy|response/i);
		await expect(first.locator('.claim').first()).toContainText(/\d+ sources?/);
		await expect(summaryLine(page)).toHaveText(
			`Showing ${pairIdsOnDisk().length} of ${pairIdsOnDisk().length} pairs`
		);
	});

	test('one control opens both full arguments in place, side by side on a wide screen', async ({
		page
	}) => {
		await page.goto('/');
		const details = rows(page).first().locator('details.argument');
		await expect(details).toHaveCount(1);
		await expect(details.locator('.prose').first()).toBeHidden();
		await details.getByText('Full argument, both sides').click();
		const [a, b] = await details.locator('.prose').all();
		await expect(a).toBeVisible();
		await expect(b).toBeVisible();
		const [boxA, boxB] = [await a.boundingBox(), await b.boundingBox()];
		expect(boxB!.x).toBeGreaterThan(boxA!.x + boxA!.width - 1);
	});

	test('375 px: results first, filters folded with what is active, chips remove one value', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto('/?topic=detention&status=direct');
		const total = await rows(page).count();
		const panel = page.locator('details.panel');
		await expect(panel.locator('> summary')).toHaveText(new RegExp(`2 active · ${total} pairs?`));
		await expect(page.locator('#sort')).toBeHidden();
		// The first result starts on the first screen, below the folded filters and the chips.
		expect((await rows(page).first().boundingBox())!.y).toBeLessThan(800);
		await expect(summaryLine(page)).toBeInViewport();
		const chip = page.getByRole('link', { name: 'Remove topic: Detention conditions' });
		await expect(chip).toHaveAttribute('href', '/?status=direct');
		// Open, choose, submit: "Show N pairs" names the current count.
		await panel.locator('> summary').click();
		await (await facetBox(page, 'topic', 'due-process')).check();
		await page
			.getByRole('button', { name: `Show ${total} ${total === 1 ? 'pair' : 'pairs'}` })
			.click();
		await expect(page).toHaveURL(/topic=detention&topic=due-process&status=direct/);
		await expect(panel).not.toHaveAttribute('open');
		await page.getByRole('link', { name: 'Remove topic: Due process' }).click();
		await expect(page).toHaveURL(/\/\?topic=detention&status=direct$/);
		expect(await rows(page).count()).toBe(total);
	});

	test('filters submit as a GET form and the server renders the result', async ({ page }) => {
		await page.goto('/');
		await (await facetBox(page, 'topic', 'detention')).check();
		await page.getByRole('button', { name: /^Show \d+ pairs?$/ }).click();
		await expect(page).toHaveURL(/[?&]topic=detention/);
		const ids = await rowIds(page);
		expect(ids.length).toBeGreaterThan(0);
		for (const id of ids) expect(id).toMatch(/^DC-/);
		await expect(summaryLine(page)).toContainText('topic: Detention conditions');
	});

	test('each facet alone narrows the list, and its count matches the result', async ({ page }) => {
		for (const [name, value] of [
			['topic', 'family-separation'],
			['status', 'supporters'],
			['who', 'think-tank'],
			['source', 'oversight'],
			['era', '2025-'],
			['findings', 'yes']
		]) {
			await page.goto('/');
			const count = Number(await countOf(page, name, value));
			await page.goto(`/?${name}=${value}`);
			expect(await rows(page).count(), `${name}=${value}`).toBe(count);
		}
	});

	test('values OR within a facet and AND across facets; zero counts stay visible', async ({
		page
	}) => {
		await page.goto('/?topic=detention');
		const detention = await rows(page).count();
		await page.goto('/?topic=detention&topic=due-process');
		const both = await rows(page).count();
		await page.goto('/?topic=due-process');
		expect(both).toBe(detention + (await rows(page).count()));
		await page.goto('/?topic=detention&status=direct');
		const ids = await rowIds(page);
		expect(ids.length).toBeLessThanOrEqual(detention);
		for (const id of ids) expect(id).toMatch(/^DC-/);
		// The other topics show 0 with a status chosen, and stay visible.
		await page.goto('/?topic=detention&status=none-found');
		await expect(page.locator('input[name="status"][value="none-found"]')).toBeVisible();
		expect(await rows(page).count()).toBe(Number(await countOf(page, 'status', 'none-found')));
	});

	test('a year range keeps pairs with a claim dated in it', async ({ page }) => {
		await page.goto('/?from=2025&to=2026');
		const years = await page
			.locator('article.pair time')
			.evaluateAll((els) => els.map((el) => Number(el.getAttribute('datetime')!.slice(0, 4))));
		expect(years.length).toBeGreaterThan(0);
		// every row has at least one claim dated 2025-2026
		const perRow = await rows(page).evaluateAll((articles) =>
			articles.map((a) =>
				[...a.querySelectorAll('time')].some(
					(t) => Number(t.getAttribute('datetime')!.slice(0, 4)) >= 2025
				)
			)
		);
		expect(perRow.every(Boolean)).toBe(true);
	});

	test('unknown and malformed parameters are ignored with a notice, never an error', async ({
		page
	}) => {
		const response = await page.goto(
			'/?topic=nowhere&sort=%3Cscript%3E&from=abc&bogus=1&findings='
		);
		expect(response?.status()).toBe(200);
		const notice = page.locator('.notice');
		await expect(notice).toContainText('Ignored topic "nowhere"');
		await expect(notice).toContainText('Ignored sort "<script>"');
		await expect(notice).toContainText('unknown parameter "bogus"');
		expect(await rowIds(page)).toHaveLength(pairIdsOnDisk().length);
	});

	test('side order puts the response first, here and on the pair page', async ({ page }) => {
		await page.goto('/?sides=response-first');
		const first = rows(page).first().locator('.claim').first();
		await expect(first).toHaveClass(/response/);
		await rows(page).first().locator('h2 a').click();
		await expect(page).toHaveURL(/sides=response-first/);
		await expect(page.locator('.sides section.claim').first()).toHaveClass(/response/);
		await expect(
			page
				.getByRole('navigation', { name: 'Main' })
				.getByRole('link', { name: 'Explorer', exact: true })
		).toHaveAttribute('href', /sides=response-first/);
	});

	test('sorting by newest puts the latest "as of" first', async ({ page }) => {
		await page.goto('/?sort=newest');
		const latest = await rows(page).evaluateAll((articles) =>
			articles.map((a) =>
				[...a.querySelectorAll('time')]
					.map((t) => t.getAttribute('datetime')!)
					.sort()
					.at(-1)!
			)
		);
		expect(latest).toEqual([...latest].sort().reverse());
	});
});

test.describe('with JavaScript', () => {
	test('a filter applies at once, without a full reload, and Back restores the list', async ({
		page
	}) => {
		await page.goto('/');
		await waitForScripts(page);
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
		await (await facetBox(page, 'topic', 'due-process')).check();
		await expect(page).toHaveURL(/[?&]topic=due-process/);
		await expect(summaryLine(page)).toContainText('topic: Due process');
		for (const id of await rowIds(page)) expect(id).toMatch(/^DP-/);
		expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
		await page.goBack();
		await expect(summaryLine(page)).toHaveText(/^Showing (\d+) of \1 pairs$/);
	});

	test('375 px: a choice updates the count on the button; showing folds the filters', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto('/');
		await waitForScripts(page);
		await page.locator('details.panel > summary').click();
		await (await facetBox(page, 'topic', 'due-process')).check();
		await expect(page).toHaveURL(/topic=due-process/);
		const shown = await rows(page).count();
		const button = page.getByRole('button', {
			name: `Show ${shown} ${shown === 1 ? 'pair' : 'pairs'}`
		});
		// Kept in view at the foot of the screen while the filters are open.
		await expect(button).toBeInViewport();
		await button.click();
		await expect(page.locator('details.panel')).not.toHaveAttribute('open');
		await expect(page.locator('#results')).toBeFocused();
		await expect(rows(page).first()).toBeInViewport();
	});

	test('1280 px: the filters stay open beside the results, and Tab passes them', async ({
		page
	}) => {
		await page.goto('/');
		await waitForScripts(page);
		await expect(page.locator('#sort')).toBeVisible();
		await expect(page.locator('details.panel > summary')).toBeHidden();
		// Each facet group is one stop until opened: from the top of the page to the first result.
		let presses = 0;
		do {
			await page.keyboard.press('Tab');
			presses++;
		} while (
			presses < 80 &&
			!(await page.evaluate(() => Boolean(document.activeElement?.closest('article.pair'))))
		);
		expect(presses).toBeLessThanOrEqual(30);
	});

	test('the URL round-trips: a shared link shows the same view', async ({ page, browser }) => {
		await page.goto('/');
		await waitForScripts(page);
		await (await facetBox(page, 'status', 'direct')).check();
		await expect(page).toHaveURL(/status=direct/);
		await page.selectOption('#sides', 'response-first');
		await expect(page).toHaveURL(/sides=response-first/);
		const ids = await rowIds(page);
		const other = await browser.newPage();
		await other.goto(page.url());
		expect(await rowIds(other)).toEqual(ids);
		await expect(other.locator('input[name="status"][value="direct"]')).toBeChecked();
		await expect(other.locator('#sides')).toHaveValue('response-first');
		await other.close();
	});

	test('each argument is sent once, and stays whole after filtering and live search', async ({
		page,
		request
	}) => {
		const html = await (await request.get('/')).text();
		const data = html.slice(html.lastIndexOf('<script'));
		await page.goto('/');
		const argument = rows(page).first().locator('details.argument .prose').first();
		const text = (await argument.textContent())!.trim();
		// Words from the start of its first paragraph, before any character that HTML or JSON escapes.
		const opening = (await argument.evaluate(
			(el) => el.querySelector('p')?.firstChild?.textContent
		))!
			.slice(0, 50)
			.split(/["&<>'\n]/)[0];
		expect(opening.length).toBeGreaterThan(15);
		// In the page once, as HTML; the hydration data names the element instead.
		expect(html.split(opening).length - 1).toBe(1);
		expect(data).not.toContain(opening);
		await waitForScripts(page);
		const first = (await rowIds(page))[0];
		// The row goes and comes back through a client navigation, then through live search.
		await (await facetBox(page, 'topic', 'due-process')).check();
		await expect(rows(page).first().locator('.id')).not.toHaveText(first);
		await page.goBack();
		await expect(rows(page).first().locator('.id')).toHaveText(first);
		expect((await argument.textContent())!.trim()).toBe(text);
		await page.locator('#search-q').fill('flores');
		await expect(rows(page).first().locator('.id')).not.toHaveText(first);
		await page.locator('#search-q').fill('');
		await page.locator('#search-q').press('Enter');
		await expect(rows(page).first().locator('.id')).toHaveText(first);
		await rows(page).first().locator('details.argument summary').first().click();
		await expect(argument).toBeVisible();
		expect((await argument.textContent())!.trim()).toBe(text);
	});

	test('a link to a claim anchor lands on that claim', async ({ page }) => {
		const [id] = pairIdsOnDisk();
		await page.goto(`/pairs/${id}#${id}-R`);
		await expect(page.locator(`#${id}-R`)).toBeInViewport();
		await expect(page.locator(`#${id}-R`)).toHaveClass(/response/);
	});
});

test('readable at 320 px: no horizontal scrolling, sides stacked', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 800 });
	for (const path of ['/', `/pairs/${pairIdsOnDisk()[0]}`]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - window.innerWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await page.goto('/');
	const [a, b] = await rows(page).first().locator('.claim').all();
	expect((await b.boundingBox())!.y).toBeGreaterThan((await a.boundingBox())!.y);
});

test('print: a pair prints with its sources and their URLs, without navigation', async ({
	page
}) => {
	await page.goto(`/pairs/${pairIdsOnDisk()[0]}`);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site nav')).toBeHidden();
	const after = await page
		.locator('ol.sources a[href^="https"]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain('https://');
});
