import { buildBalancePage } from '$lib/server/balance/page';
import { corpus, corpusWarnings, loadedTerms } from '$lib/server/corpus/corpus';

// Links, anchors and a GET form are all this page needs: no JavaScript, no hydration data.
export const csr = false;

// The corpus never changes while the server runs: the page is computed once, when it first loads.
const page = buildBalancePage(corpus, corpusWarnings, loadedTerms);

export function load() {
	return page;
}
