// Security headers for every response, in plain JavaScript so that both the server
// (server.js, which serves static files and prerendered pages before SvelteKit's hooks run) and
// src/hooks.server.ts use the same list.

/** Paths whose pages other sites may show in an iframe (the embeddable cards, their oEmbed). */
export const EMBEDDABLE = /^\/embed\//;

/** Headers every response carries. */
export const BASE_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy':
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

/**
 * Strict-Transport-Security when the site is served over https (ORIGIN says so): a year, for this
 * host only (subdomains are not ours to decide).
 * @param {string | undefined} origin
 * @returns {Record<string, string>}
 */
export function hstsFor(origin) {
	return origin?.startsWith('https://') ? { 'strict-transport-security': 'max-age=31536000' } : {};
}

/** The API's JSON (not the /api page that documents it): it loads nothing and is framed nowhere. */
const API_DATA = /^\/api\/./;

/**
 * The CSP a response gets when SvelteKit has not written one (static files, prerendered pages,
 * whose script hashes Kit puts in a meta tag). It restricts only what a meta tag cannot say, so the
 * two policies together still allow Kit's hashed bootstrap script and nothing else.
 * @param {string} pathname
 */
export function fallbackCsp(pathname) {
	if (API_DATA.test(pathname)) return "default-src 'none'; frame-ancestors 'none'";
	const rest = "base-uri 'self'; object-src 'none'; form-action 'self'";
	return EMBEDDABLE.test(pathname) ? rest : `frame-ancestors 'none'; ${rest}`;
}

/**
 * Rewrites a page's CSP so that embeddable paths may be framed by any site. The directive is
 * removed rather than set to `*`, which would still refuse opaque origins (sandboxed or
 * `about:blank` hosts that some embedding sites use).
 * @param {string} csp
 * @param {string} pathname
 */
export function cspForPath(csp, pathname) {
	return EMBEDDABLE.test(pathname)
		? csp
				.split(';')
				.filter((d) => !d.trim().startsWith('frame-ancestors'))
				.join(';')
		: csp;
}
