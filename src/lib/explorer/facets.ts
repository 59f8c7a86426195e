/**
 * Filtering and facet counts over flat per-pair records. OR within a facet, AND across facets; each
 * facet's counts apply every other facet, so a count says how many results choosing that value gives.
 */
import {
	LIST_FACETS,
	POLICY_ERAS,
	SOURCE_FACETS,
	type FilterState,
	type ListFacet,
	type PolicyEra,
	type SourceFacet
} from './state';

/** What filtering needs to know of a pair, computed once on the server. */
export interface FacetRecord {
	id: string;
	topic: string;
	who: string[];
	source: SourceFacet[];
	status: string;
	findings: boolean;
	years: number[];
	era: PolicyEra[];
	tag: string[];
	/** Latest and earliest "as of" dates of the two claims, for sorting. */
	latest: string;
	earliest: string;
	sourceCount: number;
	/** Position in the corpus order (topic, then id). */
	order: number;
}

/** The facet value a source type belongs to. */
export function sourceFacetOf(type: string): SourceFacet | null {
	for (const [facet, types] of Object.entries(SOURCE_FACETS)) {
		if ((types as readonly string[]).includes(type)) return facet as SourceFacet;
	}
	return null;
}

/** The policy era in force on a date (`YYYY-MM-DD`). */
export function eraOf(date: string): PolicyEra | null {
	return POLICY_ERAS.find((e) => date >= e.from && date <= e.to)?.id ?? null;
}

type FacetKey = ListFacet | 'findings' | 'years';

function matchesFacet(r: FacetRecord, state: FilterState, key: FacetKey): boolean {
	switch (key) {
		case 'findings':
			return state.findings === 'any' || r.findings === (state.findings === 'yes');
		case 'years':
			return r.years.some(
				(y) => (state.from === null || y >= state.from) && (state.to === null || y <= state.to)
			);
		case 'status':
		case 'topic': {
			const chosen = state[key];
			return chosen.length === 0 || chosen.includes(r[key]);
		}
		default: {
			const chosen = state[key] as string[];
			return chosen.length === 0 || (r[key] as string[]).some((v) => chosen.includes(v));
		}
	}
}

const FACET_KEYS: FacetKey[] = [...(Object.keys(LIST_FACETS) as ListFacet[]), 'findings', 'years'];

/** True when the record passes every facet, except the one named in `skip`. */
export function matchesFilters(r: FacetRecord, state: FilterState, skip?: FacetKey): boolean {
	return FACET_KEYS.every((key) => key === skip || matchesFacet(r, state, key));
}

export type FacetCounts = {
	[K in ListFacet]: Record<string, number>;
} & { findings: Record<'yes' | 'no', number> };

/**
 * Counts, for every value of every facet, the results that choosing it would give. Every value in
 * `values` is present, with 0 where nothing matches, so a facet never disappears.
 */
export function countFacets(
	records: FacetRecord[],
	state: FilterState,
	values: { [K in ListFacet]: readonly string[] }
): FacetCounts {
	const counts = {} as FacetCounts;
	for (const key of Object.keys(LIST_FACETS) as ListFacet[]) {
		const tally: Record<string, number> = Object.fromEntries(values[key].map((v) => [v, 0]));
		for (const r of records) {
			if (!matchesFilters(r, state, key)) continue;
			const own = Array.isArray(r[key]) ? (r[key] as string[]) : [r[key] as string];
			for (const v of new Set(own)) if (v in tally) tally[v]++;
		}
		counts[key] = tally;
	}
	const findings = { yes: 0, no: 0 };
	for (const r of records) {
		if (matchesFilters(r, state, 'findings')) findings[r.findings ? 'yes' : 'no']++;
	}
	counts.findings = findings;
	return counts;
}

/** The records that pass every filter, in the chosen order. `rank` orders search results. */
export function applyFilters(
	records: FacetRecord[],
	state: FilterState,
	rank?: Map<string, number>
): FacetRecord[] {
	const kept = records.filter((r) => matchesFilters(r, state) && (!rank || rank.has(r.id)));
	const byOrder = (a: FacetRecord, b: FacetRecord) => a.order - b.order;
	const sorters: Record<FilterState['sort'], (a: FacetRecord, b: FacetRecord) => number> = {
		topic: (a, b) => (rank ? rank.get(a.id)! - rank.get(b.id)! : byOrder(a, b)),
		newest: (a, b) => b.latest.localeCompare(a.latest) || byOrder(a, b),
		oldest: (a, b) => a.earliest.localeCompare(b.earliest) || byOrder(a, b),
		sources: (a, b) => b.sourceCount - a.sourceCount || byOrder(a, b)
	};
	return kept.sort(sorters[state.sort]);
}
