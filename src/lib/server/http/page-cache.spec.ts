import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
	MAX_BYTES,
	MAX_ENTRIES,
	cacheKey,
	cacheSize,
	cachedResponse,
	chooseEncoding,
	encodeEntry,
	isCacheable,
	beginRender,
	renderUnderWay,
	entrySize,
	storeResponse
} from './page-cache';

const DAY = 24 * 60 * 60 * 1000;
const page = (body: string, headers: Record<string, string> = {}) =>
	new Response(body, { status: 200, headers: { 'content-type': 'text/html', ...headers } });
const asked = (acceptEncoding: string | null, ifNoneMatch: string | null = null) => ({
	acceptEncoding,
	ifNoneMatch
});
const key = (path: string) => cacheKey(new URL(path, 'http://localhost'));

describe('one render for a burst of requests for the same page', () => {
	it('lets later requests wait for the render under way, and ends it once', async () => {
		expect(renderUnderWay('/burst')).toBeUndefined();
		const end = beginRender('/burst');
		const waiting = [renderUnderWay('/burst'), renderUnderWay('/burst')];
		expect(waiting.every(Boolean)).toBe(true);
		const entry = await storeResponse(null, page('<p>once</p>'));
		end(entry);
		end(null); // a second end (the hook's finally) changes nothing
		expect(await Promise.all(waiting)).toEqual([entry, entry]);
		expect(renderUnderWay('/burst')).toBeUndefined();
	});

	it('tells those waiting to render themselves when the page was not cacheable', async () => {
		const end = beginRender('/private');
		const waiting = renderUnderWay('/private');
		end(null);
		expect(await waiting).toBeNull();
	});

	it('a late end of an old render does not end the next one', () => {
		const endOld = beginRender('/again');
		endOld(null);
		beginRender('/again');
		endOld(null);
		expect(renderUnderWay('/again')).toBeDefined();
	});
});

describe('page cache', () => {
	it('never stores a page that says no-store or private (those that read the database)', () => {
		const get = new Request('http://localhost/corrections');
		const withCache = (value: string) =>
			new Response('x', { headers: { 'content-type': 'text/html', 'cache-control': value } });
		expect(isCacheable(get, page('x'))).toBe(true);
		expect(isCacheable(get, withCache('public, max-age=3600'))).toBe(true);
		expect(isCacheable(get, withCache('no-store'))).toBe(false);
		expect(isCacheable(get, withCache('private, max-age=0'))).toBe(false);
	});

	it('serves a stored page the same day, and drops it on the next UTC day', async () => {
		await storeResponse('/day-check', page('<p>accessed today</p>'));
		expect(cachedResponse('/day-check')?.status).toBe(200);
		const tomorrow = new Date(Date.now() + DAY);
		expect(cachedResponse('/day-check', tomorrow)).toBeUndefined();
		// Dropped, not only hidden: today no longer finds it either.
		expect(cachedResponse('/day-check')).toBeUndefined();
	});

	it('answers in brotli, else gzip, else identity, with the matching length', async () => {
		const html = `<p>${'argument '.repeat(400)}</p>`;
		const entry = await storeResponse(null, page(html));
		const br = encodeEntry(entry, asked('gzip, deflate, br'));
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toBe(html);
		const gzip = encodeEntry(entry, asked('gzip'));
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(html);
		const plain = encodeEntry(entry, asked(null));
		expect(plain.headers.has('content-encoding')).toBe(false);
		expect(plain.headers.get('content-length')).toBe(String(plain.body.byteLength));
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		// "brotli" is not "br", and "xgzip" is not "gzip".
		expect(encodeEntry(entry, asked('brotli, xgzip')).headers.has('content-encoding')).toBe(false);
	});

	it('honours q-values: q=0 refuses an encoding, the best-rated wins', async () => {
		const entry = await storeResponse(null, page(`<p>${'answer '.repeat(400)}</p>`));
		expect(chooseEncoding(entry, 'br;q=0, gzip')).toBe('gzip');
		expect(chooseEncoding(entry, 'gzip;q=0, br;q=0')).toBe('identity');
		expect(chooseEncoding(entry, 'br;q=0.1, gzip;q=0.9')).toBe('gzip');
		expect(chooseEncoding(entry, '*')).toBe('br');
		expect(chooseEncoding(entry, '*;q=0')).toBe('identity');
		expect(chooseEncoding(entry, 'gzip;q=0, *')).toBe('br');
		// A body too small to compress is only held as identity.
		expect(chooseEncoding(await storeResponse(null, page('<p>tiny</p>')), 'br')).toBe('identity');
	});

	it('answers If-None-Match with 304 and no body, for any encoding it sent', async () => {
		const entry = await storeResponse(null, page(`<p>${'finding '.repeat(400)}</p>`));
		const gzip = encodeEntry(entry, asked('gzip'));
		const identity = encodeEntry(entry, asked(null));
		const [gzipTag, plainTag] = [gzip.headers.get('etag')!, identity.headers.get('etag')!];
		expect(gzipTag).toMatch(/^"[^"]+"$/);
		expect(gzipTag).not.toBe(plainTag);
		for (const tag of [gzipTag, plainTag, `W/${gzipTag}`, `"other", ${plainTag}`, '*']) {
			const answer = encodeEntry(entry, asked('gzip', tag));
			expect(answer.status, tag).toBe(304);
			expect(answer.body.byteLength).toBe(0);
			expect(answer.headers.get('etag')).toBe(gzipTag);
		}
		expect(encodeEntry(entry, asked('gzip', '"other"')).status).toBe(200);
		// SvelteKit's own ETag is kept when it sent one.
		const kit = await storeResponse(null, page('<p>kit</p>', { etag: '"kit-hash"' }));
		expect(encodeEntry(kit, asked(null)).headers.get('etag')).toBe('"kit-hash"');
	});

	it('keys a page by the parameters pages read, sorted; unknown parameters make no entry', () => {
		expect(key('/?topic=detention&q=ice')).toBe('/?q=ice&topic=detention');
		expect(key('/?q=ice&topic=detention')).toBe('/?q=ice&topic=detention');
		// Values of one name keep their order.
		expect(key('/?topic=b&q=x&topic=a')).toBe('/?q=x&topic=b&topic=a');
		expect(key('/robots.txt')).toBe('/robots.txt');
		expect(key('/robots.txt?k=1')).toBeNull();
		expect(key('/?q=ice&utm_source=x')).toBeNull();
		expect(key(`/?q=${'x'.repeat(3000)}`)).toBeNull();
	});

	it('counts whole entries (key and headers too) and stays within its bounds', async () => {
		const headers = { 'x-filler': 'h'.repeat(4000) };
		const entry = await storeResponse(null, page('<p>small</p>', headers));
		expect(entrySize(entry, `/?q=${'k'.repeat(1000)}`)).toBeGreaterThan(2 * (4000 + 1000));
		for (let i = 0; i < MAX_ENTRIES + 500; i++) {
			await storeResponse(`/?q=junk${i}`, page(`<p>${i}</p>`, headers));
		}
		const { entries, bytes } = cacheSize();
		expect(entries).toBeLessThanOrEqual(MAX_ENTRIES);
		expect(bytes).toBeLessThanOrEqual(MAX_BYTES);
	}, 30_000);
});
