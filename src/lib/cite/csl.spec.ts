import { describe, expect, it } from 'vitest';
import {
	claimToCsl,
	cslDate,
	describeClaim,
	forStyles,
	pairToCsl,
	sourceForStyles,
	sourceToCsl
} from './csl';
import { SAMPLE_PAIR as pair } from './fixtures';

const ctx = { accessed: '2026-12-01', permalink: 'https://example.org/claims/FS-01-C' };

describe('CSL-JSON items', () => {
	it('keeps the precision of a date', () => {
		expect(cslDate('2018')).toEqual({ 'date-parts': [[2018]] });
		expect(cslDate('2018-06')).toEqual({ 'date-parts': [[2018, 6]] });
		expect(cslDate('2018-06-18')).toEqual({ 'date-parts': [[2018, 6, 18]] });
	});

	it('describes a claim by id, speaker, as-of date and version', () => {
		expect(describeClaim(pair.critique, pair)).toBe(
			'Claim FS-01-C by Business Insider, as of 18 June 2018; revision 2'
		);
	});

	it('makes the summary the title, the site the container, the review the date', () => {
		const item = claimToCsl(pair.critique, pair, ctx);
		expect(item).toMatchObject({
			id: 'FS-01-C',
			type: 'webpage',
			title: 'Critics argue that separation was the result of a deliberate policy',
			'container-title': 'ICE Debate Explorer',
			issued: { 'date-parts': [[2026, 11, 28]] },
			accessed: { 'date-parts': [[2026, 12, 1]] },
			URL: ctx.permalink
		});
		expect(item.note).toContain('Made by Business Insider (news), as of 2018-06-18');
	});

	it('gives the styles the revision date and a title kept in sentence case', () => {
		const styled = forStyles(claimToCsl(pair.critique, pair, ctx));
		expect(styled.issued).toEqual({ 'date-parts': [[2026, 11, 28]] });
		expect(styled.publisher).toBeUndefined();
		expect(styled.accessed).toEqual({ 'date-parts': [[2026, 12, 1]] });
		expect(styled.title).toBe(
			'<span class="nocase">Critics argue that separation was the result of a deliberate policy</span>'
		);
		// Passed as text: citeproc escapes what it prints (escaping here printed "&amp;").
		expect(forStyles({ id: 'x', type: 'webpage', URL: 'u', title: 'A & c' }).title).toBe(
			'<span class="nocase">A & c</span>'
		);
	});

	it('cites a pair by its question', () => {
		const item = pairToCsl(pair, { ...ctx, permalink: 'https://example.org/pairs/FS-01' });
		expect(item.title).toBe(pair.question);
		expect(item.genre).toContain('Argument pair FS-01; revision 2');
	});

	it('cites news in its outlet and institutions as their own authors', () => {
		const [news] = pair.critique.sources;
		expect(sourceToCsl(news, '2026-12-01')).toMatchObject({
			type: 'article-newspaper',
			'container-title': 'Business Insider',
			issued: { 'date-parts': [[2018, 6]] }
		});
		const gov = sourceToCsl(pair.response.sources[0], '2026-12-01');
		expect(gov).toMatchObject({
			type: 'report',
			author: [{ literal: 'U.S. Department of Homeland Security' }]
		});
		expect(gov).not.toHaveProperty('title');
		expect(gov).not.toHaveProperty('issued');
	});

	it('describes an untitled source for the styles, and names an institution once', () => {
		const gov = sourceToCsl(pair.response.sources[0], '2026-12-01');
		// The reference formats get the source as recorded: no description, the publisher kept.
		expect(gov).not.toHaveProperty('genre');
		expect(gov.publisher).toBe('U.S. Department of Homeland Security');
		const styled = sourceForStyles(gov);
		expect(styled).not.toHaveProperty('title');
		expect(styled).not.toHaveProperty('publisher');
		expect(styled.genre).toBe('Untitled web page');
		const [news] = pair.critique.sources;
		const untitledNews = sourceForStyles(sourceToCsl({ ...news, title: null }, '2026-12-01'));
		expect(untitledNews.genre).toBe('Untitled news article');
		expect(untitledNews['container-title']).toBe('Business Insider');
		// A titled source keeps its title and gets no description.
		expect(sourceForStyles(sourceToCsl(news, '2026-12-01'))).not.toHaveProperty('genre');
		// A publisher that is not the author stays.
		const other = { ...gov, author: [{ literal: 'Someone else' }] };
		expect(sourceForStyles(other).publisher).toBe('U.S. Department of Homeland Security');
	});
});
