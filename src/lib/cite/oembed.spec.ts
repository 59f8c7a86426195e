import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHT, EMBED_WIDTH, oembedFor, pairIdFromUrl, sizeLimit } from './oembed';
import { SAMPLE_PAIR } from './fixtures';

const origins = ['https://example.org'];

describe('oEmbed', () => {
	it('reads the pair from a pair, claim or embed address on this site', () => {
		for (const path of ['/pairs/FS-01', '/claims/FS-01-R', '/embed/pairs/FS-01', '/pairs/FS-01/'])
			expect(pairIdFromUrl(`https://example.org${path}?sides=response-first#x`, origins)).toBe(
				'FS-01'
			);
	});

	it('refuses other sites, other pages and malformed URLs', () => {
		for (const url of [
			'https://evil.example/pairs/FS-01',
			'https://example.org/compare?ids=FS-01-C',
			'https://example.org/pairs/FS-01/extra',
			'not a url',
			'javascript:alert(1)'
		])
			expect(pairIdFromUrl(url, origins)).toBeNull();
	});

	it('answers a rich iframe within the consumer’s maximum size', () => {
		const full = oembedFor(SAMPLE_PAIR, 'https://example.org', { width: null, height: null });
		expect(full).toMatchObject({
			type: 'rich',
			version: '1.0',
			width: EMBED_WIDTH,
			height: EMBED_HEIGHT
		});
		expect(full.html).toMatch(/^<iframe src="https:\/\/example\.org\/embed\/pairs\/FS-01" /);
		const small = oembedFor(SAMPLE_PAIR, 'https://example.org', { width: 300, height: 50 });
		expect([small.width, small.height]).toEqual([300, 200]);
	});

	it('escapes the title inside the iframe markup', () => {
		const pair = { id: 'FS-01', question: 'Is "x" <b>bold</b>?' };
		expect(oembedFor(pair, 'https://e.org', { width: null, height: null }).html).toContain(
			'Is &quot;x&quot; &lt;b&gt;bold&lt;/b&gt;?'
		);
	});

	it('reads size limits as positive integers only', () => {
		expect([sizeLimit('320'), sizeLimit('-1'), sizeLimit('1e9'), sizeLimit(null)]).toEqual([
			320,
			null,
			null,
			null
		]);
	});
});
