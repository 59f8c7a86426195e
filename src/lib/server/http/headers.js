// Security headers for every response, in plain JavaScript so that both the custom server
// (scripts/start.js, which serves static files and prerendered pages before SvelteKit's hooks run)
// and src/hooks.server.ts use the same list.

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
 * The CSP a response gets when SvelteKit has not written one (static files, prerendered pages,
 * whose script hashes Kit puts in a meta tag). It restricts only what a meta tag cannot say, so the
 * two policies together still allow Kit's hashed bootstrap script and nothing else.
 * @param {string} pathname
 */
export function fallbackCsp(pathname) {
	const ancestors = EMBEDDABLE.test(pathname) ? '*' : "'none'";
	return `frame-ancestors ${ancestors}; base-uri 'self'; object-src 'none'; form-action 'self'`;
}

/**
 * Rewrites a page's CSP so that embeddable paths may be framed by any site.
 * @param {string} csp
 * @param {string} pathname
 */
export function cspForPath(csp, pathname) {
	return EMBEDDABLE.test(pathname)
		? csp.replace(/frame-ancestors [^;]+/, 'frame-ancestors *')
		: csp;
}
