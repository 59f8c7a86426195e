import { describe, expect, it } from 'vitest';
import {
	MAX_COMPARE,
	compareHref,
	groupByPair,
	hasPair,
	movedClaim,
	movedPair,
	parseLayout,
	withPair,
	withoutPair,
	parseCompareIds,
	withClaim,
	withoutClaim
} from './compare';

describe('the compare board URL', () => {
	it('reads comma- and space-separated ids, repeated parameters, any case, without duplicates', () => {
		const sel = parseCompareIds(['FS-03-C, pc-01-r', 'FS-03-C DC-02-R']);
		expect(sel).toEqual({ ids: ['FS-03-C', 'PC-01-R', 'DC-02-R'], malformed: [], dropped: [] });
	});

	it('expands a pair id to both of its claims', () => {
		expect(parseCompareIds(['FS-03']).ids).toEqual(['FS-03-C', 'FS-03-R']);
	});

	it('lists what is not an id instead of failing', () => {
		const sel = parseCompareIds(['FS-03-C,<script>,FS-3-C,']);
		expect(sel.ids).toEqual(['FS-03-C']);
		expect(sel.malformed).toEqual(['<script>', 'FS-3-C']);
	});

	it(`keeps at most ${MAX_COMPARE} claims and says which were left off`, () => {
		const ids = Array.from({ length: 15 }, (_, i) => `FS-${String(i + 1).padStart(2, '0')}-C`);
		const sel = parseCompareIds([ids.join(',')]);
		expect(sel.ids).toEqual(ids.slice(0, MAX_COMPARE));
		expect(sel.dropped).toEqual(ids.slice(MAX_COMPARE));
	});

	it('survives hostile input of any length', () => {
		const sel = parseCompareIds(['x'.repeat(100_000)]);
		expect(sel.ids).toEqual([]);
		expect(sel.malformed[0].length).toBeLessThanOrEqual(40);
	});

	it('writes the board back to an address that reads the same', () => {
		const ids = ['FS-03-C', 'PC-01-R'];
		const href = compareHref(ids);
		expect(href).toBe('/compare?ids=FS-03-C,PC-01-R');
		const params = new URL(href, 'https://x.org').searchParams.getAll('ids');
		expect(parseCompareIds(params).ids).toEqual(ids);
		expect(compareHref([])).toBe('/compare');
	});

	it('adds, removes and moves claims without changing the input', () => {
		const ids = ['A1-01-C', 'B2-02-R', 'C3-03-C'];
		expect(withClaim(ids, 'D4-04-C')).toEqual([...ids, 'D4-04-C']);
		expect(withClaim(ids, 'B2-02-R')).toEqual(ids);
		expect(withoutClaim(ids, 'B2-02-R')).toEqual(['A1-01-C', 'C3-03-C']);
		expect(movedClaim(ids, 'C3-03-C', -1)).toEqual(['A1-01-C', 'C3-03-C', 'B2-02-R']);
		expect(movedClaim(ids, 'A1-01-C', -1)).toEqual(ids);
		expect(ids).toEqual(['A1-01-C', 'B2-02-R', 'C3-03-C']);
	});

	it('adds nothing to a full board', () => {
		const full = parseCompareIds(['FS-01,FS-02,FS-03,FS-04,FS-05,FS-06']).ids;
		expect(full).toHaveLength(MAX_COMPARE);
		expect(withClaim(full, 'PC-01-C')).toEqual(full);
	});

	it('keeps the layout in the address only when it is not the default', () => {
		expect(compareHref(['FS-03-C'], 'pairs')).toBe('/compare?ids=FS-03-C');
		expect(compareHref(['FS-03-C'], 'claims')).toBe('/compare?ids=FS-03-C&layout=claims');
		expect(compareHref([], 'claims')).toBe('/compare?layout=claims');
	});
});

describe('the board by pair', () => {
	it('reads a layout, and says so when it names none', () => {
		expect(parseLayout(null)).toEqual({ layout: 'pairs', notice: null });
		expect(parseLayout('Claims')).toEqual({ layout: 'claims', notice: null });
		const bad = parseLayout('grid'.repeat(20));
		expect(bad.layout).toBe('pairs');
		expect(bad.notice).toContain('layout=claims');
		expect(bad.notice!.length).toBeLessThan(120);
	});

	it('groups claims by pair in the order each pair first appears', () => {
		expect(groupByPair(['DC-03-R', 'EM-01-C', 'DC-03-C', 'EM-01-R', 'FS-01-C'])).toEqual([
			{ pairId: 'DC-03', ids: ['DC-03-R', 'DC-03-C'] },
			{ pairId: 'EM-01', ids: ['EM-01-C', 'EM-01-R'] },
			{ pairId: 'FS-01', ids: ['FS-01-C'] }
		]);
	});

	it('adds both sides of a pair, or only the side that is missing', () => {
		expect(withPair(['EM-01-C'], 'DC-03')).toEqual(['EM-01-C', 'DC-03-C', 'DC-03-R']);
		expect(withPair(['DC-03-R'], 'DC-03')).toEqual(['DC-03-R', 'DC-03-C']);
		expect(hasPair(['DC-03-R', 'DC-03-C'], 'DC-03')).toBe(true);
		expect(hasPair(['DC-03-R'], 'DC-03')).toBe(false);
	});

	it('adds no half pair to a board without room for both sides', () => {
		const almost = parseCompareIds(['FS-01,FS-02,FS-03,FS-04,FS-05,FS-06-C']).ids;
		expect(almost).toHaveLength(MAX_COMPARE - 1);
		expect(withPair(almost, 'PC-01')).toEqual(almost);
		expect(withPair(almost, 'FS-06')).toHaveLength(MAX_COMPARE);
	});

	it('removes and moves whole pairs', () => {
		const ids = ['DC-03-C', 'EM-01-C', 'DC-03-R', 'EM-01-R', 'FS-01-C'];
		expect(withoutPair(ids, 'DC-03')).toEqual(['EM-01-C', 'EM-01-R', 'FS-01-C']);
		expect(movedPair(ids, 'EM-01', -1)).toEqual([
			'EM-01-C',
			'EM-01-R',
			'DC-03-C',
			'DC-03-R',
			'FS-01-C'
		]);
		expect(movedPair(ids, 'FS-01', 1)).toEqual([
			'DC-03-C',
			'DC-03-R',
			'EM-01-C',
			'EM-01-R',
			'FS-01-C'
		]);
		expect(ids).toEqual(['DC-03-C', 'EM-01-C', 'DC-03-R', 'EM-01-R', 'FS-01-C']);
	});
});
