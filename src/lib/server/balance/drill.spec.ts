import { describe, expect, it } from 'vitest';
import { claimsBehind, parseMarkQuery } from './drill';
import { fixtureViews } from './fixture';
import { buildBalancePage } from './page';

const { views } = fixtureViews();
const { sections } = buildBalancePage(views, [], []);

function behind(href: string) {
	const { query, error } = parseMarkQuery(new URL(href, 'http://x').searchParams);
	if (!query) throw new Error(error);
	return claimsBehind(views, query);
}

describe('the claims behind a chart mark', () => {
	it('lists, for every source type and perspective bar, exactly the citations it counts', () => {
		const bars = [sections.sourceTypes, sections.perspectives].flatMap((s) =>
			s.model.rows.flatMap((r) => r.marks)
		);
		expect(bars.filter((b) => b.href).length).toBe(11);
		for (const bar of bars.filter((b) => b.href)) {
			expect(behind(bar.href!).citationCount, bar.title).toBe(bar.value);
		}
	});

	it('lists, for every "as of" column, exactly the claims of that side and year', () => {
		for (const mark of sections.asOf.model.marks.filter((m) => m.href)) {
			expect(behind(mark.href!).claims.length, mark.title).toBe(mark.value);
		}
		expect(behind('/balance/claims?side=critique&year=2018').claims.map((c) => c.claimId)).toEqual([
			'TT-01-C',
			'TT-03-C'
		]);
	});

	it('names the claims, their pairs and the citations counted', () => {
		const result = behind('/balance/claims?side=response&perspective=neutral');
		expect(result.heading).toBe('Responses citing sources of neutral perspective');
		expect(result.claims).toMatchObject([
			{ pairId: 'OT-01', claimId: 'OT-01-R', citations: [{ id: 'ig-report' }] }
		]);
		expect(result.explorerHref).toBeNull();
		expect(behind('/balance/claims?side=critique&type=news').explorerHref).toBe('/?source=news');
		expect(behind('/balance/claims?side=critique&year=2020').explorerHref).toBe(
			'/?from=2020&to=2020'
		);
	});

	it('refuses a malformed link with a message naming the problem', () => {
		const error = (q: string) => parseMarkQuery(new URLSearchParams(q)).error;
		expect(error('side=critique')).toMatch(/exactly one of type, perspective or year/);
		expect(error('side=critique&type=news&year=2018')).toMatch(/exactly one/);
		expect(error('side=both&type=news')).toMatch(/^This chart link is not valid \(side: /);
		expect(error('side=critique&type=blog')).toMatch(/type: /);
		expect(error('side=critique&year=soon')).toMatch(/year: /);
		expect(error('side=critique&type=news&colour=red')).toMatch(/colour/);
		expect(error('side=critique&type=news')).toBeNull();
	});
});
