/**
 * A small in-memory cache of rendered responses. The corpus only changes with a deploy, and a page
 * depends on nothing else but the date: citations name today (UTC) as their access date. So a page
 * rendered once for a URL is the same for every reader until the next deploy or the next UTC day,
 * whichever comes first; each instance keeps its own copy (nothing shared, nothing to invalidate).
 * Bodies are stored compressed once, so a hit costs no rendering and no compression.
 */
import { LRUCache } from 'lru-cache';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { todayUtc } from '../corpus/load';

/** Content types worth caching and compressing. */
const CACHEABLE =
	/^(text\/html|application\/json|application\/xml|text\/plain|text\/csv|application\/atom\+xml)/;
/** Upper bound on what the cache holds, whatever the traffic: about 64 MB of bodies. */
const MAX_BYTES = 64 * 1024 * 1024;
/** Below this size compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

export interface CachedBody {
	/** The UTC day it was rendered on: the access date of the citations it carries. */
	day: string;
	status: number;
	headers: [string, string][];
	identity: Uint8Array;
	gzip: Uint8Array | null;
	br: Uint8Array | null;
}

const cache = new LRUCache<string, CachedBody>({
	maxSize: MAX_BYTES,
	sizeCalculation: (v) =>
		v.identity.byteLength + (v.gzip?.byteLength ?? 0) + (v.br?.byteLength ?? 0) + 256
});

/** True when a response may be stored and served to anyone who asks for the same URL. */
export function isCacheable(request: Request, response: Response): boolean {
	return (
		request.method === 'GET' &&
		!request.headers.has('cookie') &&
		!request.headers.has('authorization') &&
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!response.headers.has('content-encoding') &&
		// Pages that read the database say so (corrections, the editors' pages).
		!/no-store|private/.test(response.headers.get('cache-control') ?? '') &&
		CACHEABLE.test(response.headers.get('content-type') ?? '')
	);
}

/** Compresses a body once, in both encodings browsers accept. */
export function compressBody(body: Uint8Array): Pick<CachedBody, 'gzip' | 'br'> {
	if (body.byteLength < MIN_COMPRESS_BYTES) return { gzip: null, br: null };
	return {
		gzip: gzipSync(body, { level: 6 }),
		br: brotliCompressSync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 5,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		})
	};
}

// Compiled once: every cache hit reads the request's Accept-Encoding.
const ACCEPTS_BR = /\bbr\b/;
const ACCEPTS_GZIP = /\bgzip\b/;

/** A stored body's status, headers and bytes, in the best encoding the request accepts. */
export function encodeEntry(entry: CachedBody, acceptEncoding: string | null) {
	const headers = new Headers(entry.headers);
	headers.append('vary', 'Accept-Encoding');
	let body = entry.identity;
	if (entry.br && ACCEPTS_BR.test(acceptEncoding ?? '')) {
		body = entry.br;
		headers.set('content-encoding', 'br');
	} else if (entry.gzip && ACCEPTS_GZIP.test(acceptEncoding ?? '')) {
		body = entry.gzip;
		headers.set('content-encoding', 'gzip');
	}
	headers.set('content-length', String(body.byteLength));
	return { status: entry.status, headers, body };
}

/** A Response for a stored body, in the best encoding the request accepts. */
export function toResponse(entry: CachedBody, acceptEncoding: string | null): Response {
	const { status, headers, body } = encodeEntry(entry, acceptEncoding);
	return new Response(body as BodyInit, { status, headers });
}

/** Stores a rendered response and returns the entry. */
export async function storeResponse(key: string | null, response: Response): Promise<CachedBody> {
	const identity = new Uint8Array(await response.arrayBuffer());
	const entry: CachedBody = {
		day: todayUtc(),
		status: response.status,
		headers: [...response.headers].filter(([name]) => name !== 'content-length'),
		identity,
		...compressBody(identity)
	};
	if (key) cache.set(key, entry);
	return entry;
}

/** The entry for `key`, unless it was rendered on an earlier UTC day (then it is dropped). */
export function cachedResponse(key: string, now = new Date()): CachedBody | undefined {
	const entry = cache.get(key);
	if (entry && entry.day !== todayUtc(now)) {
		cache.delete(key);
		return undefined;
	}
	return entry;
}

/** The cache key of a request URL: its path and query as the URL parser normalises them. */
export function cacheKey(url: URL): string {
	return `${url.pathname}${url.search}`;
}
