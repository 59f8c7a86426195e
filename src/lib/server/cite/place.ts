/**
 * Where and when a citation is made: the site origin for permanent links (`ORIGIN`, else a host
 * from `ALLOWED_HOSTS`: see http/origin.ts) and the access date (today, UTC).
 */
import { dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { todayUtc } from '../corpus/load';
import { trustedOrigin } from '../http/origin';
import type { CitePlace } from './cite';

/** The site origin for permanent links, for a request to `url`. */
export function siteOrigin(url: URL): string {
	return trustedOrigin(env, url, dev);
}

/** The citation context of a request: the access date a citation names is today, UTC. */
export function citePlace(url: URL): CitePlace {
	return { origin: siteOrigin(url), accessed: todayUtc() };
}
