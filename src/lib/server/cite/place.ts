/**
 * Where and when a citation is made: the site origin for permanent links (`ORIGIN`, else the
 * request's origin) and the access date (today, UTC).
 */
import { env } from '$env/dynamic/private';
import { resolveOrigin } from '$lib/cite/model';
import { todayUtc } from '../corpus/load';
import type { CitePlace } from './cite';

/** The site origin for permanent links, for a request to `url`. */
export function siteOrigin(url: URL): string {
	return resolveOrigin(env.ORIGIN, url.origin);
}

/** The citation context of a request: the access date a citation names is today, UTC. */
export function citePlace(url: URL): CitePlace {
	return { origin: siteOrigin(url), accessed: todayUtc() };
}
