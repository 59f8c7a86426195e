import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readCorpusFiles } from '../src/lib/server/corpus/load';

/** The pair ids in claims/, read from the file names, independently of the app. */
export function pairIdsOnDisk(): string[] {
	return readCorpusFiles()
		.map((f) => f.path.match(/^claims\/[^/]+\/([A-Z]{2}-\d+)\.ya?ml$/)?.[1])
		.filter((id): id is string => Boolean(id))
		.sort();
}

/**
 * Waits until the page's JavaScript is in charge: Kit's client has hydrated it (`data-hydrated`,
 * the root layout) or, on a document page, its enhancement module has attached every behaviour
 * (`data-enhanced`, src/lib/enhance/attach.ts). A click before then would be lost.
 */
export async function waitForScripts(page: Page) {
	await page.locator('body:is([data-hydrated], [data-enhanced])').waitFor();
}

/** Axe's violations on the page as it is now, one readable line each: `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).analyze();
	return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

/** The explorer's result rows, their pair ids in order, and the one-line summary above them. */
export const rows = (page: Page) => page.locator('article.pair');
export const rowIds = async (page: Page) =>
	(await rows(page).locator('.id').allTextContents()).map((s) => s.trim());
export const summaryLine = (page: Page) => page.locator('p.summary[role="status"]');

/** A facet's checkbox, its group opened first (groups start closed unless a value is chosen). */
export async function facetBox(page: Page, name: string, value: string) {
	const group = page.locator('details.group', { has: page.locator(`input[name="${name}"]`) });
	if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open)))
		await group.locator('summary').click();
	return page.locator(`input[name="${name}"][value="${value}"]`);
}
