// CORS for the open data, in plain JavaScript for the server (server.js), which answers every request
// (prerendered files and static assets included) before SvelteKit does.

/**
 * The read-only data other sites may fetch: the JSON API, the downloadable files, the feed and
 * oEmbed. Not the pages (`/api` and `/downloads` themselves are pages).
 */
export const OPEN_DATA = /^\/(?:api\/.|downloads\/.|feed\.xml$|oembed$)/;

/** Any origin may read the data; no credentials are asked for or allowed (no Allow-Credentials). */
const ANY_ORIGIN = { 'access-control-allow-origin': '*' };

/**
 * The answer to a preflight (a GET with a header the browser does not send on its own, such as
 * If-None-Match or X-Requested-With): GET and HEAD only, any request header (the wildcard holds
 * because no credentials are allowed), cached for a day.
 */
const PREFLIGHT = {
	...ANY_ORIGIN,
	'access-control-allow-methods': 'GET, HEAD',
	'access-control-allow-headers': '*',
	'access-control-max-age': '86400',
	allow: 'GET, HEAD, OPTIONS',
	'cache-control': 'public, max-age=86400'
};

/**
 * The CORS headers for a request, and whether it is an OPTIONS request to answer at once (204,
 * no body). Null for anything else: pages, and methods the data does not answer.
 * @param {string | undefined} method
 * @param {string} pathname
 * @returns {{ preflight: boolean, headers: Record<string, string> } | null}
 */
export function corsFor(method, pathname) {
	if (!OPEN_DATA.test(pathname)) return null;
	if (method === 'OPTIONS') return { preflight: true, headers: PREFLIGHT };
	if (method === 'GET' || method === 'HEAD') return { preflight: false, headers: ANY_ORIGIN };
	return null;
}
