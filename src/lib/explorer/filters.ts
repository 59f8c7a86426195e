/**
 * The explorer's URL parser: every filter, the sort order and the side order live in the query
 * string. Untrusted input goes through a schema, and anything unknown or malformed is dropped with
 * a notice, never an error. The zod-free parts (options, defaults, the URL writer) are in state.ts.
 */
import { z } from 'zod';
import {
	DEFAULT_STATE,
	LIST_FACETS,
	MAX_QUERY_LENGTH,
	MAX_YEAR,
	MIN_YEAR,
	POLICY_ERAS,
	SIDE_ORDERS,
	SORTS,
	SOURCE_FACETS,
	type ListFacet,
	type PolicyEra,
	type SideOrder,
	type Sort,
	type SourceFacet
} from './state';

export * from './state';

/** What the vocabulary of a corpus allows: the valid values of the open-ended facets. */
export interface Vocabulary {
	topics: readonly string[];
	whoKinds: readonly string[];
	statuses: readonly string[];
	tags: readonly string[];
}

const filterState = z.object({
	q: z.string(),
	topic: z.array(z.string()),
	who: z.array(z.string()),
	source: z.array(z.enum(Object.keys(SOURCE_FACETS) as [SourceFacet, ...SourceFacet[]])),
	status: z.array(z.string()),
	findings: z.enum(['any', 'yes', 'no']),
	from: z.number().int().nullable(),
	to: z.number().int().nullable(),
	era: z.array(z.enum(POLICY_ERAS.map((e) => e.id) as [PolicyEra, ...PolicyEra[]])),
	tag: z.array(z.string()),
	sort: z.enum(Object.keys(SORTS) as [Sort, ...Sort[]]),
	sides: z.enum(Object.keys(SIDE_ORDERS) as [SideOrder, ...SideOrder[]])
});
export type FilterState = z.infer<typeof filterState>;

// `compare` is the board that "Add pair" adds to (the board's "add pairs from the explorer" link).
const KNOWN_PARAMS = new Set([...Object.keys(DEFAULT_STATE), 'compare']);

/** Values of a parameter, whether repeated (`topic=a&topic=b`) or comma-separated (`topic=a,b`). */
function valuesOf(params: URLSearchParams, key: string): string[] {
	return params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
}

const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 40)}…` : value);

/** Reads the explorer state from a query string. Never throws; returns what it ignored and why. */
export function parseFilters(
	params: URLSearchParams,
	vocab: Vocabulary
): { state: FilterState; notices: string[] } {
	const notices: string[] = [];
	const state: FilterState = structuredClone(DEFAULT_STATE);
	for (const key of new Set(params.keys())) {
		if (!KNOWN_PARAMS.has(key)) notices.push(`Ignored the unknown parameter "${shown(key)}".`);
	}
	for (const [key, vocabKey] of Object.entries(LIST_FACETS) as [
		ListFacet,
		keyof Vocabulary | null
	][]) {
		const allowed = vocabKey ? new Set(vocab[vocabKey]) : null;
		const item = filterState.shape[key].element;
		const kept: string[] = [];
		for (const value of valuesOf(params, key)) {
			const ok = allowed ? allowed.has(value) : item.safeParse(value).success;
			if (!ok) notices.push(`Ignored ${key} "${shown(value)}": not a known value.`);
			else if (!kept.includes(value)) kept.push(value);
		}
		(state[key] as string[]) = kept;
	}
	const q = params.get('q') ?? '';
	state.q = q.slice(0, MAX_QUERY_LENGTH);
	if (q.length > MAX_QUERY_LENGTH)
		notices.push(`The search was cut to ${MAX_QUERY_LENGTH} characters.`);
	for (const key of ['findings', 'sort', 'sides'] as const) {
		const raw = params.get(key);
		if (raw === null || raw === '') continue;
		const parsed = filterState.shape[key].safeParse(raw);
		if (parsed.success) (state[key] as string) = parsed.data;
		else
			notices.push(
				`Ignored ${key} "${shown(raw)}": expected one of ${filterState.shape[key].options.join(', ')}.`
			);
	}
	for (const key of ['from', 'to'] as const) {
		const raw = params.get(key);
		if (raw === null || raw === '') continue;
		const year = /^\d{4}$/.test(raw.trim()) ? Number(raw.trim()) : NaN;
		if (year >= MIN_YEAR && year <= MAX_YEAR) state[key] = year;
		else notices.push(`Ignored ${key} "${shown(raw)}": expected a year from ${MIN_YEAR}.`);
	}
	if (state.from !== null && state.to !== null && state.from > state.to) {
		[state.from, state.to] = [state.to, state.from];
		notices.push('The year range was reversed; it now runs from the earlier year.');
	}
	return { state, notices };
}
