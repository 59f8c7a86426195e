/**
 * A small in-memory cache of rendered responses. The corpus only changes with a deploy, and a page
 * depends on nothing else but the date: citations name today (UTC) as their access date. So a page
 * rendered once for a URL is the same for every reader until the next deploy or the next UTC day,
 * whichever comes first; each instance keeps its own copy (nothing shared, nothing to invalidate).
 * Bodies are stored compressed once, so a hit costs no rendering and no compression.
 *
 * What bounds it: each entry is counted whole (key, headers, every encoding of the body, plus a
 * fixed overhead for the objects around them), the total is capped, and so is the number of
 * entries. A key holds only the query parameters some page reads, sorted; a URL with any other
 * parameter is rendered but never stored, so junk URLs cannot fill the cache or evict real pages.
 */
import { createHash } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import Negotiator from 'negotiator';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { DEFAULT_STATE } from '../../explorer/state';
import { todayUtc } from '../corpus/load';

/** Content types worth caching and compressing. */
const CACHEABLE =
	/^(text\/html|application\/json|application\/xml|text\/plain|text\/csv|application\/atom\+xml)/;
/** Upper bound on what the cache holds, whatever the traffic: 64 MiB, entries counted whole. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Most entries held: bounds the per-entry bookkeeping of the cache itself. */
export const MAX_ENTRIES = 5000;
/** What an entry costs beyond its strings and bytes (its objects, the LRU's slots), generously. */
const ENTRY_OVERHEAD = 1024;
/** Longest key stored: a longer URL is rendered but not kept. */
const MAX_KEY_CHARS = 2048;
/**
 * The query parameters some page or endpoint reads (the explorer's filters, the pair view, the
 * compare board, sources, balance, timeline, oEmbed, /api/search) and SvelteKit's own.
 */
export const KNOWN_PARAMS: ReadonlySet<string> = new Set([
	...Object.keys(DEFAULT_STATE),
	...['view', 'ids', 'compare', 'type', 'perspective', 'side', 'year', 'limit'],
	...['format', 'url', 'maxwidth', 'maxheight'],
	...['x-sveltekit-invalidated', 'x-sveltekit-trailing-slash']
]);
/** Below this size compression costs more than it saves. */
const MIN_COMPRESS_BYTES = 1024;

export interface CachedBody {
	/** The UTC day it was rendered on: the access date of the citations it carries. */
	day: string;
	status: number;
	headers: [string, string][];
	/** A strong validator of the identity body (SvelteKit's, or a hash of the bytes). */
	etag: string;
	identity: Uint8Array;
	gzip: Uint8Array | null;
	br: Uint8Array | null;
}

/** What an entry costs the process: its key, headers and bodies (strings at two bytes a character). */
export function entrySize(entry: CachedBody, key: string): number {
	const headers = entry.headers.reduce((n, [name, value]) => n + name.length + value.length, 0);
	const bodies =
		entry.identity.byteLength + (entry.gzip?.byteLength ?? 0) + (entry.br?.byteLength ?? 0);
	return (
		2 * (key.length + headers + entry.etag.length + entry.day.length) + bodies + ENTRY_OVERHEAD
	);
}

const cache = new LRUCache<string, CachedBody>({
	max: MAX_ENTRIES,
	maxSize: MAX_BYTES,
	sizeCalculation: entrySize
});

/** What the cache holds now: entries and counted bytes (for tests and the load test). */
export function cacheSize() {
	return { entries: cache.size, bytes: cache.calculatedSize };
}

/** Reads that may be answered from the cache: HEAD is a GET without its body. */
export const isRead = (method: string) => method === 'GET' || method === 'HEAD';

/**
 * True when a response may be stored and served to anyone who asks for the same URL. A Cookie does
 * not prevent it: no route reads cookies, so the page is the same with or without one.
 */
export function isCacheable(request: Request, response: Response): boolean {
	return (
		isRead(request.method) &&
		!request.headers.has('authorization') &&
		response.status === 200 &&
		!response.headers.has('set-cookie') &&
		!response.headers.has('content-encoding') &&
		// Pages that read the database say so (corrections, the editors' pages).
		!/no-store|private/.test(response.headers.get('cache-control') ?? '') &&
		CACHEABLE.test(response.headers.get('content-type') ?? '')
	);
}

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/**
 * Compresses a body once, in both encodings browsers accept. On libuv's thread pool, not the event
 * loop: a large page took tens of milliseconds to compress, which every other request waited for.
 */
export async function compressBody(body: Uint8Array): Promise<Pick<CachedBody, 'gzip' | 'br'>> {
	if (body.byteLength < MIN_COMPRESS_BYTES) return { gzip: null, br: null };
	const [gz, br] = await Promise.all([
		gzipAsync(body, { level: 6 }),
		brotliAsync(body, {
			params: {
				[constants.BROTLI_PARAM_QUALITY]: 5,
				[constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength
			}
		})
	]);
	return { gzip: gz, br };
}

const ENCODINGS = ['br', 'gzip', 'identity'];

/**
 * The encoding to send, by the request's Accept-Encoding as RFC 9110 reads it (q-values, `q=0`
 * refusing an encoding, `*`): the server's preference among the best-rated. Identity when nothing
 * listed is acceptable, as the RFC allows, rather than refusing to answer.
 */
export function chooseEncoding(entry: CachedBody, acceptEncoding: string | null): string {
	const available = ENCODINGS.filter((e) => e === 'identity' || entry[e as 'br' | 'gzip']);
	const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
	// negotiator 1.x takes the server's preference for ties; @types/negotiator (0.6) predates it.
	const negotiator = new Negotiator({ headers }) as unknown as {
		encoding(available: string[], options: { preferred: string[] }): string | undefined;
	};
	return negotiator.encoding(available, { preferred: ENCODINGS }) ?? 'identity';
}

/** The request conditions a cached answer honours. */
export interface Conditions {
	acceptEncoding: string | null;
	ifNoneMatch: string | null;
}

/** The ETag of one encoding of an entry: the identity's, with the encoding added inside the quotes. */
const etagOf = (entry: CachedBody, encoding: string) =>
	encoding === 'identity' ? entry.etag : `${entry.etag.slice(0, -1)}-${encoding}"`;

/**
 * True when If-None-Match lists the ETag of any encoding of the entry (all are equally fresh), by
 * weak comparison as RFC 9110 asks for If-None-Match, or `*`.
 */
export function matchesEtag(entry: CachedBody, ifNoneMatch: string | null): boolean {
	if (!ifNoneMatch) return false;
	const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
	const mine = new Set(ENCODINGS.map((e) => etagOf(entry, e)));
	return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || mine.has(opaque(tag)));
}

/**
 * A stored body's status, headers and bytes, in the best encoding the request accepts, or a 304
 * without a body when the request already holds it. Each encoding has its own ETag (the
 * identity's, suffixed), so a cache between the server and the reader never mixes them up.
 */
export function encodeEntry(entry: CachedBody, { acceptEncoding, ifNoneMatch }: Conditions) {
	const headers = new Headers(entry.headers);
	headers.append('vary', 'Accept-Encoding');
	const encoding = chooseEncoding(entry, acceptEncoding);
	headers.set('etag', etagOf(entry, encoding));
	if (matchesEtag(entry, ifNoneMatch)) {
		headers.delete('content-type');
		return { status: 304, headers, body: new Uint8Array(0) };
	}
	let body = entry.identity;
	if (encoding !== 'identity') {
		body = entry[encoding as 'br' | 'gzip']!;
		headers.set('content-encoding', encoding);
	}
	headers.set('content-length', String(body.byteLength));
	return { status: entry.status, headers, body };
}

/** A Response for a stored body (see encodeEntry). */
export function toResponse(entry: CachedBody, conditions: Conditions): Response {
	const { status, headers, body } = encodeEntry(entry, conditions);
	return new Response(status === 304 ? null : (body as BodyInit), { status, headers });
}

/** The conditions of a request, from its headers. */
export const conditionsOf = (headers: Headers): Conditions => ({
	acceptEncoding: headers.get('accept-encoding'),
	ifNoneMatch: headers.get('if-none-match')
});

/** Stores a rendered response and returns the entry. */
export async function storeResponse(key: string | null, response: Response): Promise<CachedBody> {
	const identity = new Uint8Array(await response.arrayBuffer());
	const entry: CachedBody = {
		day: todayUtc(),
		status: response.status,
		headers: [...response.headers].filter(([name]) => name !== 'content-length' && name !== 'etag'),
		etag:
			response.headers.get('etag') ??
			`"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
		identity,
		...(await compressBody(identity))
	};
	if (key) cache.set(key, entry);
	return entry;
}

/** Renders under way, by cache key: what each stored, or null when its page was not cacheable. */
const rendering = new Map<string, Promise<CachedBody | null>>();

/**
 * A render of `key` already under way, to wait for instead of rendering the same page again: a
 * burst of requests for a page not yet cached (a cold start, a new day) costs one render, not one
 * each, so the event loop stays free for /healthz and the other pages.
 */
export function renderUnderWay(key: string): Promise<CachedBody | null> | undefined {
	return rendering.get(key);
}

/**
 * Marks a render of `key` as under way. The function returned ends it with what was stored (null if
 * the page was not cacheable, so those waiting render it themselves); only its first call counts.
 */
export function beginRender(key: string): (entry: CachedBody | null) => void {
	let settle!: (entry: CachedBody | null) => void;
	const pending = new Promise<CachedBody | null>((resolve) => (settle = resolve));
	rendering.set(key, pending);
	let done = false;
	return (entry) => {
		if (done) return;
		done = true;
		if (rendering.get(key) === pending) rendering.delete(key);
		settle(entry);
	};
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

/**
 * The cache key of a request URL: its path and its query parameters sorted by name (values of one
 * name keep their order, which a page may read). Null, so nothing is stored, when the URL carries a
 * parameter no page reads (pages name those in a notice, so the page is not the same) or is too long.
 */
export function cacheKey(url: URL): string | null {
	const params = [...url.searchParams];
	if (params.some(([name]) => !KNOWN_PARAMS.has(name))) return null;
	params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
	const query = new URLSearchParams(params).toString();
	const key = query ? `${url.pathname}?${query}` : url.pathname;
	return key.length > MAX_KEY_CHARS ? null : key;
}
