import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cachedResponse, encodeEntry, isCacheable, storeResponse } from './page-cache';

const DAY = 24 * 60 * 60 * 1000;
const page = (body: string) =>
	new Response(body, { status: 200, headers: { 'content-type': 'text/html' } });

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
		const br = encodeEntry(entry, 'gzip, deflate, br');
		expect(br.headers.get('content-encoding')).toBe('br');
		expect(brotliDecompressSync(br.body).toString()).toBe(html);
		const gzip = encodeEntry(entry, 'gzip');
		expect(gzip.headers.get('content-encoding')).toBe('gzip');
		expect(gunzipSync(gzip.body).toString()).toBe(html);
		const plain = encodeEntry(entry, null);
		expect(plain.headers.has('content-encoding')).toBe(false);
		expect(plain.headers.get('content-length')).toBe(String(plain.body.byteLength));
		expect(plain.headers.get('vary')).toBe('Accept-Encoding');
		// "brotli" is not "br", and "xgzip" is not "gzip".
		expect(encodeEntry(entry, 'brotli, xgzip').headers.has('content-encoding')).toBe(false);
	});
});
