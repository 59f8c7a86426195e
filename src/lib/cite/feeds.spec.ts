import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { escapeXml, formatAtomFeed, formatSitemap, pagePath, recentlyReviewed } from './feeds';
import { SAMPLE_PAIR } from './fixtures';

const xml = (text: string) =>
	new new JSDOM('').window.DOMParser().parseFromString(text, 'text/xml');

describe('the Atom feed', () => {
	const older = { ...SAMPLE_PAIR, id: 'FS-02', lastReviewed: '2026-01-01' };
	const feed = formatAtomFeed([older, SAMPLE_PAIR], 'https://example.org');
	const doc = xml(feed);

	it('is well-formed Atom with absolute links, newest review first', () => {
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
		const ids = [...doc.getElementsByTagName('entry')].map(
			(e) => e.getElementsByTagName('id')[0].textContent
		);
		expect(ids).toEqual(['https://example.org/pairs/FS-01', 'https://example.org/pairs/FS-02']);
		expect(doc.getElementsByTagName('updated')[0].textContent).toBe('2026-11-28T00:00:00Z');
	});

	it('carries the question and both summaries, escaped', () => {
		const entry = doc.getElementsByTagName('entry')[0];
		expect(entry.getElementsByTagName('title')[0].textContent).toBe(
			`FS-01: ${SAMPLE_PAIR.question}`
		);
		const summary = entry.getElementsByTagName('summary')[0].textContent!;
		expect(summary).toContain(SAMPLE_PAIR.critique.summary);
		expect(summary).toContain(SAMPLE_PAIR.response.summary);
		expect(summary).toContain('Added <the> agency’s answer.');
		expect(feed).toContain('Family separation &amp; detention');
	});

	it('lists at most the given number of pairs', () => {
		expect(recentlyReviewed([older, SAMPLE_PAIR], 1).map((p) => p.id)).toEqual(['FS-01']);
	});
});

describe('the sitemap', () => {
	it('lists absolute page addresses with their last change', () => {
		const doc = xml(
			formatSitemap(
				[{ path: '/' }, { path: '/pairs/FS-01', lastmod: '2026-11-28' }],
				'https://e.org/'
			)
		);
		const locs = [...doc.getElementsByTagName('loc')].map((l) => l.textContent);
		expect(locs).toEqual(['https://e.org/', 'https://e.org/pairs/FS-01']);
		expect(doc.getElementsByTagName('lastmod')[0].textContent).toBe('2026-11-28');
	});

	it('finds a page address from its route file, skipping parameters and groups', () => {
		expect(pagePath('/src/routes/+page.svelte')).toBe('/');
		expect(pagePath('/src/routes/(site)/about/+page.svelte')).toBe('/about');
		expect(pagePath('/src/routes/pairs/[id]/+page.svelte')).toBeNull();
	});

	it('escapes all five XML specials', () => {
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
		);
	});
});
