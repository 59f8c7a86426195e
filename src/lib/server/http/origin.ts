/**
 * The site's origin for absolute URLs (robots.txt, the sitemap, the feed, permalinks, citations,
 * oEmbed, the compare board's link). Never the request's Host unchecked: a forged Host would be
 * written into pages the cache then serves to every later reader.
 *
 * `ORIGIN` when set (adapter-node uses it too); else, with `ALLOWED_HOSTS` (comma-separated
 * host[:port] names), the request's origin when its host is listed, the first listed host when
 * not; else, in development only, the request's origin. A production server with neither refuses
 * to start (originProblem, called from the hooks' init). `npm start` sets ORIGIN itself.
 */

type Env = Record<string, string | undefined>;

/** ORIGIN as an origin, or null when unset or not an http(s) URL. */
export function configuredOrigin(env: Env): string | null {
	try {
		const url = new URL(env.ORIGIN ?? '');
		return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : null;
	} catch {
		return null;
	}
}

/** ALLOWED_HOSTS as lower-case host[:port] names. */
export function allowedHosts(env: Env): string[] {
	return (env.ALLOWED_HOSTS ?? '')
		.split(',')
		.map((h) => h.trim().toLowerCase())
		.filter(Boolean);
}

/** Why a production server must not start with this environment, or null. */
export function originProblem(env: Env): string | null {
	if (configuredOrigin(env) || allowedHosts(env).length) return null;
	return env.ORIGIN
		? `ORIGIN (${env.ORIGIN.slice(0, 80)}) is not an http(s) URL.`
		: 'Neither ORIGIN nor ALLOWED_HOSTS is set: absolute URLs would come from the request’s Host ' +
				'header, which anyone can forge. Set ORIGIN=https://your.site (or ALLOWED_HOSTS=a.site,b.site).';
}

/** The origin for absolute URLs in the answer to a request for `url`. */
export function trustedOrigin(env: Env, url: URL, dev: boolean): string {
	const origin = configuredOrigin(env);
	if (origin) return origin;
	const hosts = allowedHosts(env);
	if (hosts.includes(url.host.toLowerCase())) return url.origin;
	if (hosts.length) return `${url.protocol}//${hosts[0]}`;
	// Production never gets here (it refuses to start); a dev server answers for itself.
	return dev ? url.origin : 'http://localhost';
}
