import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { forStyles } from '$lib/cite/csl';
import { claimItem, citeClaim, citeSource } from './cite';
import { renderStyle, toBibtex, toCslJson, toRis } from './engine';
import { fixtureViews } from './fixture-views';
import { toExportPair } from './records';
import type { ExportSource } from '$lib/cite/model';

const views = fixtureViews();
const pair = toExportPair(views.pairById.get('TT-01')!, views);
const place = { origin: 'https://example.org', accessed: '2026-01-05' };
const item = claimItem(pair, 'critique', place);
const cite = citeClaim(pair, 'critique', place);

describe('a claim in the three styles', () => {
	// The date is the revision's (its last review), which a reader sees on the page: APA would
	// otherwise print "n.d.". A cited revision does not change, so no access date is needed.
	const dated = {
		apa: '(2021, January 2)',
		mla: '2 Jan. 2021',
		chicago: 'January 2, 2021'
	};
	for (const style of ['apa', 'mla', 'chicago'] as const) {
		it(`names everything a citation must (${style})`, () => {
			const { text } = cite.styles.find((s) => s.style === style)!;
			for (const part of [
				'ICE Debate Explorer',
				'TT-01-C',
				'An advocacy group',
				'as of 1 May 2020',
				'revision 2',
				dated[style],
				'https://example.org/claims/TT-01-C'
			])
				expect(text).toContain(part);
			// A summary is a sentence: no style title-cases it.
			expect(text).toContain('The group argues that people wait too long for a hearing');
			expect(text).not.toContain('n.d.');
			// The review date is the item's date, printed once.
			expect(text.split(dated[style]).length).toBe(2);
		});
	}

	it('prints an ampersand in a summary once, in the text and in the HTML', () => {
		// IN-05's critique names the Center on Privacy & Technology.
		const item = forStyles({
			...claimItem(pair, 'critique', place),
			title: 'Privacy & Technology'
		});
		for (const style of ['apa', 'mla', 'chicago'] as const) {
			const { text, html } = renderStyle(item, style);
			expect(text).toContain('Privacy & Technology');
			// Escaped once (APA and MLA write &amp;, Chicago &#38;), never twice.
			expect(html).toMatch(/Privacy &(amp|#38); Technology/);
		}
	});

	it('keeps only inline formatting in the HTML, and escapes the data', () => {
		const hostile = { ...item, title: 'A <script>alert(1)</script> <img src=x onerror=alert(1)>' };
		const { html } = renderStyle(hostile, 'apa');
		expect(html).toContain('<i>');
		expect(html).not.toMatch(/<script|<img/);
		expect(html).toContain('&lt;script&gt;');
	});
});

describe('reference-manager formats parse back to the same fields', () => {
	const fields = ['title', 'URL', 'issued', 'accessed', 'note'] as const;

	it('BibTeX (BibLaTeX @online)', () => {
		const bib = toBibtex(item);
		expect(bib).toMatch(/^@online\{TT01C,/);
		const [back] = new Cite(bib).data;
		for (const f of [...fields, 'genre', 'version', 'container-title'] as const)
			expect(back[f]).toEqual(item[f]);
	});

	it('RIS, with long values on one line', () => {
		const ris = toRis(item);
		expect(ris).toMatch(/^TY {2}- ELEC\n/);
		expect(ris).toMatch(/\nER {2}- \n$/);
		expect(ris.split('\n').find((l) => l.startsWith('TI'))).toBe(`TI  - ${item.title}`);
		const [back] = new Cite(ris).data;
		for (const f of [...fields, 'publisher', 'id'] as const) expect(back[f]).toEqual(item[f]);
	});

	it('CSL-JSON', () => {
		const [back] = JSON.parse(toCslJson(item));
		expect(back).toEqual(item);
	});
});

describe('the evidence card and the sources', () => {
	it('has a tag, the full citation, and each verbatim quote under its source', () => {
		const mla = cite.styles.find((s) => s.style === 'mla')!.text;
		const lines = cite.card.split('\n');
		expect(lines[0]).toBe('The group argues that people wait too long for a hearing');
		expect(lines[2]).toBe(mla);
		expect(cite.card).toContain('“The agency held people for 45 days without a hearing in 2019.”');
		expect(cite.card).toContain('(p. 3)');
	});

	it('cites each primary source on its own terms, with its own date', () => {
		const [source] = pair.critique.sources;
		const styles = citeSource(source, place.accessed).styles;
		expect(styles.map((s) => s.style)).toEqual(['apa', 'mla', 'chicago']);
		for (const s of styles) expect(s.text).toContain(source.url);
		expect(styles[0].text).not.toContain('ICE Debate Explorer');
	});

	it('describes an untitled source in brackets and never repeats its author (APA 7)', () => {
		const base = {
			id: 'x',
			publisher: 'Reuters',
			date: '2025-03-04',
			url: 'https://example.org/a'
		};
		const apa = (s: Partial<ExportSource>) =>
			citeSource({ ...base, title: null, type: 'news', ...s }, place.accessed).styles[0].text;
		expect(apa({ type: 'government' })).toBe(
			'Reuters. (2025). [Untitled web page]. https://example.org/a'
		);
		expect(apa({})).toBe(
			'[Untitled news article]. (2025, March 4). Reuters. https://example.org/a'
		);
		expect(apa({ type: 'reference' })).toMatch(/^\[Untitled web page\]\. \(2025, March 4\)/);
		// An institution that is its own author is named once, titled or not.
		expect(apa({ type: 'think-tank', title: 'A report' })).toBe(
			'Reuters. (2025). A report. https://example.org/a'
		);
		// The evidence card cites sources in MLA: the author is not repeated there either.
		const mla = citeSource({ ...base, title: null, type: 'government' }, place.accessed).styles[1];
		expect(mla.text.match(/Reuters/g)).toHaveLength(1);
		expect(mla.text).toContain('Untitled web page');
	});

	it('renders the same claim the same way (snapshot)', async () => {
		const all = [
			...cite.styles.map((s) => `${s.label}\n${s.text}\n${s.html}`),
			cite.bibtex,
			cite.ris,
			cite.csl,
			cite.card,
			...cite.sources.flatMap((s) => s.styles.map((c) => `${s.id} ${c.style}: ${c.text}`))
		].join('\n\n');
		await expect(all).toMatchFileSnapshot('__snapshots__/TT-01-C.txt');
	});
});
