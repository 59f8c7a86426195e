/**
 * Where and when a citation is made: the site origin for permanent links (`ORIGIN`, else the
 * request's origin) and the access date (today, UTC).
 */
import { env } from '$env/dynamic/private';
import { resolveOrigin } from '$lib/cite/model';
import type { CitePlace } from './cite';

/** The site origin for permanent links, for a request to `url`. */
export function siteOrigin(url: URL): string {
	return resolveOrigin(env.ORIGIN, url.origin);
}

/** Today's date in UTC, `YYYY-MM-DD`: the access date a citation names. */
export function todayUtc(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}

/** The citation context of a request. */
export function citePlace(url: URL): CitePlace {
	return { origin: siteOrigin(url), accessed: todayUtc() };
}
