import { describe, expect, it } from 'vitest';
import { formatCorrectionsFeed } from './feed';

describe('corrections feed', () => {
	it('lists resolved reports with every text escaped', () => {
		const xml = formatCorrectionsFeed(
			[
				{
					id: 'abc',
					status: 'corrected',
					kind: 'factual',
					resolved: '2026-12-01T10:00:00.000Z',
					note: '<script>alert(1)</script> & fixed',
					about: { label: 'Pair EM-01: "masks"', href: '/pairs/EM-01' }
				}
			],
			'https://example.org'
		);
		expect(xml).toContain('<id>https://example.org/corrections/abc</id>');
		expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; fixed');
		expect(xml).not.toContain('<script>');
		expect(xml).toContain('<updated>2026-12-01T10:00:00.000Z</updated>');
		expect(xml).toContain('<title>Corrected: Pair EM-01: &quot;masks&quot;</title>');
	});
});
