/**
 * The explorer's state without its parser: option lists, defaults and the URL writer. Free of zod,
 * so the browser can import it without the schema library (the parser lives in filters.ts).
 */
import type { FilterState, Vocabulary } from './filters';

export type { FilterState };

/** Facet values for source types: the inspectors general, GAO and CRS are one "oversight" value. */
export const SOURCE_FACETS = {
	government: ['government'],
	oversight: ['inspector-general', 'gao-crs'],
	court: ['court'],
	advocacy: ['ngo-advocacy'],
	'think-tank': ['think-tank'],
	academic: ['academic'],
	news: ['news'],
	reference: ['reference']
} as const;
export type SourceFacet = keyof typeof SOURCE_FACETS;

/**
 * Policy eras: the changes of enforcement policy that date a claim (2011 Morton memos, 2014
 * priorities, 2017 EO 13768, 2021 guidelines, 2023 United States v. Texas, 2025 executive orders).
 */
export const POLICY_ERAS = [
	{ id: '2003-2010', label: 'Founding to 2010', from: '2003-01-01', to: '2011-06-16' },
	{ id: '2011-2014', label: '2011 Morton memos', from: '2011-06-17', to: '2014-11-19' },
	{ id: '2014-2016', label: '2014 Johnson priorities', from: '2014-11-20', to: '2017-01-24' },
	{ id: '2017-2020', label: '2017 EO 13768', from: '2017-01-25', to: '2021-09-29' },
	{ id: '2021-2023', label: '2021 Mayorkas guidelines', from: '2021-09-30', to: '2023-06-22' },
	{
		id: '2023-2024',
		label: '2023 after United States v. Texas',
		from: '2023-06-23',
		to: '2025-01-19'
	},
	{ id: '2025-', label: '2025 executive orders', from: '2025-01-20', to: '9999-12-31' }
] as const;
export type PolicyEra = (typeof POLICY_ERAS)[number]['id'];

export const SORTS = {
	topic: 'By topic',
	newest: 'Newest "as of" first',
	oldest: 'Oldest "as of" first',
	sources: 'Most sources first'
} as const;
export type Sort = keyof typeof SORTS;

export const SIDE_ORDERS = {
	'critique-first': "Critics' claim first",
	'response-first': 'Response first'
} as const;
export type SideOrder = keyof typeof SIDE_ORDERS;

/** Longest query kept; a longer one is cut with a notice. */
export const MAX_QUERY_LENGTH = 200;
export const MIN_YEAR = 2003;
export const MAX_YEAR = 2100;

export const DEFAULT_STATE: FilterState = {
	q: '',
	topic: [],
	who: [],
	source: [],
	status: [],
	findings: 'any',
	from: null,
	to: null,
	era: [],
	tag: [],
	sort: 'topic',
	sides: 'critique-first'
};

/** The list facets and the vocabulary each draws on (null: a fixed set in the schema). */
export const LIST_FACETS = {
	topic: 'topics',
	who: 'whoKinds',
	source: null,
	status: 'statuses',
	era: null,
	tag: 'tags'
} as const satisfies Record<string, keyof Vocabulary | null>;
export type ListFacet = keyof typeof LIST_FACETS;

/** Writes the state as a query string, leaving out defaults so that URLs stay short and stable. */
export function serializeFilters(state: FilterState): URLSearchParams {
	const params = new URLSearchParams();
	if (state.q) params.set('q', state.q);
	for (const key of Object.keys(LIST_FACETS) as ListFacet[]) {
		for (const value of state[key]) params.append(key, value);
	}
	if (state.findings !== 'any') params.set('findings', state.findings);
	if (state.from !== null) params.set('from', String(state.from));
	if (state.to !== null) params.set('to', String(state.to));
	if (state.sort !== DEFAULT_STATE.sort) params.set('sort', state.sort);
	if (state.sides !== DEFAULT_STATE.sides) params.set('sides', state.sides);
	return params;
}

/** A query string (with its "?") for a state, or "" for the default state. */
export function filtersHref(state: FilterState): string {
	const query = serializeFilters(state).toString();
	return query ? `?${query}` : '';
}

/** True when no filter narrows the list (sort and side order do not count). */
export function isUnfiltered(state: FilterState): boolean {
	return (
		!state.q &&
		(Object.keys(LIST_FACETS) as ListFacet[]).every((k) => state[k].length === 0) &&
		state.findings === 'any' &&
		state.from === null &&
		state.to === null
	);
}

/** The side order a URL asks for; anything but a known order is the default. */
export function sidesOf(params: URLSearchParams): SideOrder {
	return params.get('sides') === 'response-first' ? 'response-first' : DEFAULT_STATE.sides;
}

/** The side order only, as a query string, for links to other pages that should keep it. */
export function sidesParam(sides: SideOrder): string {
	return sides === DEFAULT_STATE.sides ? '' : `?sides=${sides}`;
}
