import { describe, expect, it } from 'vitest';
import { parityDotSymbol } from '$lib/balance/symbols';
import { fixtureViews } from './fixture';
import { NARROW_CHART_WIDTH, type BarsModel } from './bars';
import { buildBalancePage } from './page';

const { views, problems } = fixtureViews();
const page = buildBalancePage(
	views,
	problems.filter((p) => p.level === 'warning'),
	[]
);
const { byTopic, status, findings, parity, asOf } = page.sections;

describe('the balance page of the fixture corpus', () => {
	it('gives the headline figures: pairs beyond the limit, unsourced claims, warnings', () => {
		expect(page.figures).toEqual({
			pairs: 4,
			beyond: ['TT-03'],
			unsourced: [],
			warnings: 1
		});
		expect(page.warnings.map((w) => [w.pairId, w.field])).toEqual([['TT-03', 'response.argument']]);
	});

	it('lays every bar chart out again for a phone: same marks and links, within its width', () => {
		for (const model of [byTopic.model.citations, status.model]) {
			const narrow = model.narrow!;
			expect(narrow.width).toBe(NARROW_CHART_WIDTH);
			expect(narrow.width).toBeLessThan(model.width);
			const marks = (m: BarsModel) =>
				m.rows.flatMap((r) => r.marks.map(({ key, value, href }) => [r.key, key, value, href]));
			expect(marks(narrow)).toEqual(marks(model));
			for (const m of narrow.rows.flatMap((r) => r.marks)) {
				// Room at the right for the value written after the longest bar.
				expect(m.x + m.width).toBeLessThanOrEqual(narrow.width - 30);
			}
			expect(narrow.narrow).toBeUndefined();
		}
	});

	it('draws bars in proportion to their values, from the same origin, both sides as thick', () => {
		const rows = byTopic.model.citations.rows;
		const [test, other] = rows.map((r) => r.marks);
		// test-topic: 4 critics' citations, 2 responses'; other-topic: 1 and 2.
		expect(test.map((m) => m.value)).toEqual([4, 2]);
		expect(test[0].width / test[1].width).toBeCloseTo(2);
		expect(other[1].width).toBeCloseTo(test[1].width);
		for (const m of [...test, ...other]) expect(m.x).toBe(byTopic.model.citations.x0);
		expect(test[0].height).toBe(test[1].height);
		expect(test[0].y).toBeLessThan(test[1].y);
	});

	it('links each topic bar to the explorer filtered to that topic', () => {
		expect(byTopic.model.claims.rows.map((r) => r.marks.map((m) => m.href))).toEqual([
			['/?topic=test-topic', '/?topic=test-topic'],
			['/?topic=other-topic', '/?topic=other-topic']
		]);
	});

	it('stacks statuses end to end, each linking to its topic and status, none for a zero', () => {
		const [test] = status.model.rows;
		for (let i = 1; i < test.marks.length; i++) {
			expect(test.marks[i].x).toBeCloseTo(test.marks[i - 1].x + test.marks[i - 1].width);
		}
		expect(test.marks.map((m) => [m.key, m.value, m.href])).toEqual([
			['direct', 1, '/?topic=test-topic&status=direct'],
			['policy', 1, '/?topic=test-topic&status=policy'],
			['supporters', 0, null],
			['none-found', 1, '/?topic=test-topic&status=none-found']
		]);
		expect(findings.model.rows[1].marks.map((m) => m.href)).toEqual([
			'/?topic=other-topic&findings=yes',
			null
		]);
	});

	it('plots one dot per answered pair, linked to it, a diamond beyond the band', () => {
		const dots = parity.model.dots;
		expect(dots.map((d) => [d.id, d.href, d.beyond])).toEqual([
			['TT-01', '/pairs/TT-01', false],
			['TT-03', '/pairs/TT-03', true],
			['OT-01', '/pairs/OT-01', false]
		]);
		expect(dots[1].d).toBe(parityDotSymbol(true));
		expect(dots[0].d).toBe(parityDotSymbol(false));
		// Same scale on both axes: a pair of equal lengths sits on the diagonal.
		expect(dots[0].x - parity.model.plot.x).toBeCloseTo(
			parity.model.plot.y + parity.model.plot.size - dots[0].y
		);
	});

	it('draws the 1.5× band exactly: every corner on a band edge or the frame, inside the ratios', () => {
		const { x, y, size } = parity.model.plot;
		const [lo, hi] = parity.model.domain;
		const scale = (hi - lo) / size;
		const corners = [...parity.model.band.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [
			lo + (Number(m[1]) - x) * scale,
			lo + (y + size - Number(m[2])) * scale
		]);
		expect(corners).toHaveLength(8);
		const near = (a: number, b: number) => Math.abs(a - b) < 1e-4 * hi;
		for (const [cx, cy] of corners) {
			const onEdge = near(cy, cx * 1.5) || near(cy, cx / 1.5);
			const onFrame = [lo, hi].some((v) => near(cx, v) || near(cy, v));
			expect(onEdge || onFrame, `${cx},${cy}`).toBe(true);
			expect(cy / cx).toBeGreaterThan(1 / 1.5 - 1e-4);
			expect(cy / cx).toBeLessThan(1.5 + 1e-4);
		}
		// d3-path writes coordinates to a few decimals, hence the tolerance.
		// The band reaches the top of the plot where the critics' side has hi / 1.5 words.
		expect(corners.some(([cx, cy]) => near(cx, hi / 1.5) && near(cy, hi))).toBe(true);
	});

	it("puts critics' columns above the axis and responses' below, at the same scale", () => {
		const marks = asOf.model.marks;
		const of = (side: string, year: number) =>
			marks.find((m) => m.side === side && m.year === year)!;
		expect(of('critique', 2018).y + of('critique', 2018).height).toBeCloseTo(asOf.model.axisY);
		expect(of('response', 2018).y).toBe(asOf.model.axisY);
		expect(of('critique', 2018).height).toBeCloseTo(2 * of('response', 2018).height);
		expect(of('critique', 2025).height).toBeCloseTo(of('response', 2025).height);
		expect(of('critique', 2019).href).toBeNull();
		expect(of('response', 2019).href).toBe('/balance/claims?side=response&year=2019');
	});

	it('gives every chart a summary and a table with a row per item', () => {
		for (const section of Object.values(page.sections)) {
			expect(section.summary.length).toBeGreaterThan(0);
			// The freshness list is empty when no pair has events since its review (as here).
			if (section.id !== 'freshness') expect(section.table.rows.length).toBeGreaterThan(0);
			for (const row of section.table.rows) expect(row).toHaveLength(section.table.columns.length);
		}
		expect(parity.summary[0]).toBe('3 pairs plotted: 1 pair beyond 1.5× (TT-03).');
		expect(parity.summary.at(-1)).toBe('Not plotted, as no response was found: TT-02.');
	});

	it("lists the rules with their numbers, critics' loaded terms first", () => {
		const { rules } = buildBalancePage(
			views,
			[],
			[
				{ term: 'amnesty', side: 'agency', instead: 'relief' },
				{ term: 'raids', side: 'critics', instead: 'operations' },
				{ term: 'gestapo', side: 'critics', instead: 'officers' }
			]
		);
		expect(rules.maxRatio).toBe(1.5);
		expect(rules.words).toEqual({ min: 80, max: 220 });
		expect(rules.loadedTerms.map((t) => t.term)).toEqual(['gestapo', 'raids', 'amnesty']);
	});
});
