import { expect, test } from '@playwright/test';
import { axeViolations, pairIdsOnDisk } from './helpers';

const [pair, other] = pairIdsOnDisk();
/** Every kind of page a reader can reach, with a filtered view of the ones that take a query. */
const ROUTES = [
	'/',
	'/?topic=detention&status=direct&sides=response-first',
	'/?topic=nowhere',
	`/pairs/${pair}`,
	`/pairs/${pair}?sides=response-first`,
	`/pairs/${pair}?view=points`,
	`/pairs/${pair}?view=points&sides=response-first`,
	'/topics',
	'/topics/detention',
	'/sources',
	'/sources?perspective=neutral',
	'/sources/ice-leadership-offices-2013',
	'/glossary',
	'/about',
	'/timeline',
	// /balance is checked in both schemes by tests/balance.e2e.ts, with its other chart pages.
	'/compare',
	// By pair, with one row whole and one missing its critique.
	`/compare?ids=${pair}-C,${pair}-R,${other}-R`,
	`/embed/pairs/${pair}`,
	'/api',
	`/corrections/new?target=${pair}-C`,
	'/corrections',
	'/pairs/XX-99'
];

/**
 * The dark scheme changes colours only: a route that differs from another above only in its side
 * order or its filters is drawn with the same components and colours, so it is checked light only.
 */
const VARIANT = /sides=response-first|[?&](status|perspective)=/;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`axe, ${scheme} scheme`, () => {
		test.use({ colorScheme: scheme });
		// axe walks every node: on the long explorer and balance pages it takes many seconds.
		test.setTimeout(120_000);
		for (const route of ROUTES.filter((r) => scheme === 'light' || !VARIANT.test(r))) {
			test(`${route} has no axe violations`, async ({ page }) => {
				await page.goto(route);
				expect(await axeViolations(page)).toEqual([]);
			});
		}
	});
}

test('every page has a title, a description and one h1', async ({ page }) => {
	test.setTimeout(180_000);
	for (const route of ROUTES) {
		await page.goto(route);
		expect(await page.title(), route).not.toBe('');
		await expect(page.locator('meta[name="description"]'), route).toHaveAttribute(
			'content',
			/\w{3,}/
		);
		await expect(page.locator('h1'), route).toHaveCount(1);
	}
});

test('keyboard: the skip link moves focus to the main content, focus is visible', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

// Markdown is rendered everywhere it is written: no page shows a literal *emphasis* or _emphasis_.
const LITERAL_MARKDOWN =
	/(?:^|[\s(])(\*[^\s*][^*\n]*[^\s*]\*|_[^\s_][^_\n]*[^\s_]_)(?=$|[\s.,;:)])/m;
test.describe('no literal markdown in visible text', () => {
	for (const route of ROUTES) {
		test(`${route} shows no *…* or _…_`, async ({ page }) => {
			await page.goto(route);
			const text = await page.locator('body').innerText();
			expect(text.match(LITERAL_MARKDOWN)?.[1] ?? null).toBeNull();
		});
	}
});
