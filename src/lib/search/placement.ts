/**
 * Where the browser searches while a reader types: its own copy of the index while the index is
 * small enough to download, else the server, through /api/search.
 */

/** The most a browser is asked to download to search (gzip bytes): Pagefind's figure for sites of 10,000 pages. */
export const BROWSER_INDEX_BUDGET = 300 * 1024;

export type Placement = 'browser' | 'server';

/** The placement for an index of this gzip size. */
export function placementOf(gzipBytes: number): Placement {
	return gzipBytes <= BROWSER_INDEX_BUDGET ? 'browser' : 'server';
}
