import { describe, expect, it } from 'vitest';
import {
	MAX_COMPARE,
	compareHref,
	movedClaim,
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
});
