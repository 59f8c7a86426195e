import type { Page } from '@playwright/test';
import { readCorpusFiles } from '../src/lib/server/corpus/load';

/** The pair ids in claims/, read from the file names, independently of the app. */
export function pairIdsOnDisk(): string[] {
	return readCorpusFiles()
		.map((f) => f.path.match(/^claims\/[^/]+\/([A-Z]{2}-\d+)\.ya?ml$/)?.[1])
		.filter((id): id is string => Boolean(id))
		.sort();
}

/** Waits until the app's JavaScript has taken over the page (see the root layout). */
export async function waitForHydration(page: Page) {
	await page.locator('body[data-hydrated]').waitFor();
}
