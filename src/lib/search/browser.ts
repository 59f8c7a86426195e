/**
 * Search in the browser, for an index under the download budget: fetches the content-hashed index
 * asset once, on first use, and answers with the same module the server uses. Loaded by a dynamic
 * import, so neither lunr nor the index is part of the first page load.
 */
import indexUrl from 'virtual:search-index.json?url';
import { loadSearcher, type Searcher } from './search';
import type { LiveSearch } from './live';

let searcher: Promise<Searcher> | undefined;

/** The index, fetched once; after a failed fetch, the next call tries again. */
function loadIndex(): Promise<Searcher> {
	searcher ??= fetch(indexUrl)
		.then((response) => {
			if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
			return response.text();
		})
		.then(loadSearcher);
	searcher.catch(() => (searcher = undefined));
	return searcher;
}

/** A live search over the browser's own copy of the index, which starts downloading now. */
export function browserSearch(): LiveSearch {
	loadIndex().catch(() => {});
	return async (query) => (await loadIndex()).search(query);
}
