import { expect, test } from '@playwright/test';
import { pairIdsOnDisk } from './helpers';

test('the home page lists every pair in claims/', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const ids = await page.locator('article.pair .id').allTextContents();
	expect(ids.map((s) => s.trim()).sort()).toEqual(pairIdsOnDisk());
});

test('a pair page opens from the home page, with both claims and their sources', async ({
	page
}) => {
	await page.goto('/');
	const first = page.locator('article.pair').first();
	const question = (await first.locator('h2 a').textContent())!.trim();
	await first.locator('h2 a').click();
	await expect(page).toHaveURL(/\/pairs\/[A-Z]{2}-\d+$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(question);
	await expect(page.locator('section.claim.critique')).toBeVisible();
	await expect(page.locator('section.claim.response')).toBeVisible();
	await expect(page.locator('section.claim ol.sources li').first()).toBeVisible();
});

test('an unknown pair id gets a 404 page with a way back', async ({ page }) => {
	const response = await page.goto('/pairs/XX-99');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/could not find/i);
	await page.getByRole('link', { name: 'Back to the explorer' }).click();
	await expect(page).toHaveURL(/\/$/);
});

test('an unknown address gets the same 404 page', async ({ request }) => {
	const response = await request.get('/no/such/page');
	expect(response.status()).toBe(404);
	expect(await response.text()).toContain('Back to the explorer');
});
