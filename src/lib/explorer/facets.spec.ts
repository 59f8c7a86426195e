import { describe, expect, it } from 'vitest';
import { applyFilters, countFacets, eraOf, sourceFacetOf, type FacetRecord } from './facets';
import { DEFAULT_STATE, type FilterState } from './filters';

const record = (over: Partial<FacetRecord> & { id: string }): FacetRecord => ({
	topic: 'detention',
	who: ['advocacy-group', 'agency'],
	source: ['advocacy', 'government'],
	status: 'direct',
	findings: true,
	years: [2018, 2019],
	era: ['2017-2020'],
	tag: [],
	latest: '2019-01-01',
	earliest: '2018-01-01',
	sourceCount: 2,
	order: 0,
	...over
});

const records = [
	record({ id: 'DC-01', order: 0 }),
	record({ id: 'DC-02', order: 1, status: 'supporters', findings: false, sourceCount: 5 }),
	record({
		id: 'DP-01',
		order: 2,
		topic: 'due-process',
		years: [2025],
		era: ['2025-'],
		latest: '2025-03-01',
		earliest: '2025-03-01'
	}),
	record({
		id: 'DP-02',
		order: 3,
		topic: 'due-process',
		status: 'policy',
		source: ['court'],
		tag: ['flores']
	})
];
const values = {
	topic: ['detention', 'due-process', 'family-separation'],
	who: ['advocacy-group', 'agency'],
	source: ['advocacy', 'government', 'court'],
	status: ['direct', 'policy', 'supporters', 'none-found'],
	era: ['2017-2020', '2025-'],
	tag: ['flores']
};
const ids = (state: Partial<FilterState>) =>
	applyFilters(records, { ...DEFAULT_STATE, ...state }).map((r) => r.id);

describe('applyFilters', () => {
	it('keeps everything without filters, in corpus order', () => {
		expect(ids({})).toEqual(['DC-01', 'DC-02', 'DP-01', 'DP-02']);
	});

	it('ORs values within a facet and ANDs across facets', () => {
		expect(ids({ status: ['direct', 'policy'] })).toEqual(['DC-01', 'DP-01', 'DP-02']);
		expect(ids({ status: ['direct', 'policy'], topic: ['due-process'] })).toEqual([
			'DP-01',
			'DP-02'
		]);
		expect(ids({ source: ['court'], findings: 'yes' })).toEqual(['DP-02']);
	});

	it('filters by year range and era', () => {
		expect(ids({ from: 2020 })).toEqual(['DP-01']);
		expect(ids({ to: 2018 })).toEqual(['DC-01', 'DC-02', 'DP-02']);
		expect(ids({ era: ['2025-'] })).toEqual(['DP-01']);
	});

	it('sorts by date, by sources, or by a search rank', () => {
		expect(ids({ sort: 'newest' })[0]).toBe('DP-01');
		expect(ids({ sort: 'sources' })[0]).toBe('DC-02');
		const rank = new Map([
			['DP-02', 0],
			['DC-01', 1]
		]);
		expect(applyFilters(records, DEFAULT_STATE, rank).map((r) => r.id)).toEqual(['DP-02', 'DC-01']);
	});
});

describe('countFacets', () => {
	it('counts each value with the other facets applied, zeros kept', () => {
		const counts = countFacets(records, { ...DEFAULT_STATE, topic: ['due-process'] }, values);
		expect(counts.topic).toEqual({ detention: 2, 'due-process': 2, 'family-separation': 0 });
		expect(counts.status).toEqual({ direct: 1, policy: 1, supporters: 0, 'none-found': 0 });
		expect(counts.findings).toEqual({ yes: 2, no: 0 });
		expect(counts.tag).toEqual({ flores: 1 });
	});
});

describe('eraOf and sourceFacetOf', () => {
	it('dates a claim to the policy era in force', () => {
		expect(eraOf('2011-06-16')).toBe('2003-2010');
		expect(eraOf('2011-06-17')).toBe('2011-2014');
		expect(eraOf('2023-06-23')).toBe('2023-2024');
		expect(eraOf('2026-01-01')).toBe('2025-');
	});

	it('groups inspectors general, GAO and CRS as oversight', () => {
		expect(sourceFacetOf('gao-crs')).toBe('oversight');
		expect(sourceFacetOf('inspector-general')).toBe('oversight');
		expect(sourceFacetOf('nonsense')).toBeNull();
	});
});
