/**
 * Search through the server, for an index over the browser's download budget: each query asks
 * /api/search, which runs the same module on the same index.
 */
import type { LiveSearch } from './live';
import type { FieldMarks, SearchHit } from './search';

/** Hits asked of the endpoint per query: enough to narrow any page of results. */
export const REMOTE_LIMIT = 200;

/** A live search that asks the endpoint; `fetcher` is the page's fetch. */
export function remoteSearch(fetcher: typeof fetch = fetch): LiveSearch {
	return async (query, signal) => {
		const params = new URLSearchParams({ q: query, limit: String(REMOTE_LIMIT) });
		const response = await fetcher(`/api/search?${params}`, { signal });
		if (!response.ok) throw new Error(`search: HTTP ${response.status}`);
		const { hits } = (await response.json()) as { hits: (SearchHit & { fields: FieldMarks })[] };
		const marks = new Map(hits.map((h) => [h.id, h.fields]));
		return { hits, marks: (id: string) => marks.get(id) ?? {} };
	};
}
