/**
 * Searching the index: the one module the server (pages and /api/search) and the browser both use.
 * It loads a serialised index, plans the query (query.ts), runs it (engine.ts), and returns ranked
 * hits, and on request the positions lunr recorded for each matched field, for highlighting.
 * It never throws once loaded.
 */
import { Budget } from './budget';
import { decodeIndex, type EncodedIndex, type FlatIndex } from './codec';
import { executeQuery, positionsOf, type Executed } from './engine';
import { FIELD_NAMES, sideOf, type FieldName, type Side } from './fields';
import { planQuery } from './query';
import { suggestSpelling, type TextOf } from './suggest';

/** A matched stretch of a field's text: [start, length] in characters. */
export type Range = [number, number];
/** Where each matched field of a pair matched, ranges sorted and not overlapping. */
export type FieldMarks = Partial<Record<FieldName, Range[]>>;

export interface SearchHit {
	/** The pair id. */
	id: string;
	score: number;
	/** The sides whose own fields matched. */
	sides: Side[];
}

export interface SearchOutcome {
	/** Best first; equal scores in corpus order. */
	hits: SearchHit[];
	/** The positions to mark in a hit's fields (empty for a pair that is not a hit). */
	marks(id: string): FieldMarks;
	notices: string[];
	/** The steps the query took (budget.ts), its suggestion's included once asked: at most MAX_QUERY_STEPS. */
	steps: number;
	/**
	 * When nothing matched: the query with its misspelt words replaced by the index's nearest
	 * words ("detension" → "detention"), if that finds something; or null. A second query, so it
	 * runs only when asked: search-as-you-type never asks.
	 */
	suggest(): string | null;
}

export interface Searcher {
	search(query: string): SearchOutcome;
	/** Number of documents in the index. */
	size: number;
}

/**
 * Loads a serialised index (the text the build wrote) into a searcher. Throws on a bad index.
 * `textOf` gives the indexed text, so that suggestions are written words rather than stems.
 */
export function loadSearcher(serialised: string | EncodedIndex, textOf?: TextOf): Searcher {
	const encoded =
		typeof serialised === 'string' ? (JSON.parse(serialised) as EncodedIndex) : serialised;
	const index = decodeIndex(encoded);
	const docNumber = new Map(index.refs.map((ref, i) => [ref, i]));
	const masks = sideMasks(index);
	const sidesOf = (fieldMask: number): Side[] =>
		(['critique', 'response'] as const).filter((side) => fieldMask & masks[side]);
	const run = (query: string, budget: Budget) => {
		const plan = planQuery(index, query);
		return { plan, executed: executeQuery(index, plan.clauses, budget) };
	};
	return {
		size: index.refs.length,
		search(query: string): SearchOutcome {
			// One budget for the search and, if asked for, its suggestion (budget.ts).
			const budget = new Budget();
			let result: ReturnType<typeof run>;
			try {
				result = run(query, budget);
			} catch {
				// Planning keeps to what lunr accepts; this is the last line of defence.
				return { ...NOTHING, notices: ['This search could not be run.'] };
			}
			const { plan, executed } = result;
			const hits = executed.matches.map((m) => ({
				id: index.refs[m.doc],
				score: m.score,
				sides: sidesOf(m.fieldMask)
			}));
			return {
				hits,
				marks: marksFor(index, executed, docNumber),
				notices: executed.truncated ? [...plan.notices, CUT_SHORT] : plan.notices,
				get steps() {
					return budget.steps;
				},
				suggest: () =>
					hits.length === 0
						? suggestSpelling(
								index,
								query,
								plan.words,
								(q) => run(q, budget).executed.matches.length,
								textOf,
								budget
							)
						: null
			};
		}
	};
}

const NOTHING: SearchOutcome = {
	hits: [],
	marks: () => ({}),
	notices: [],
	steps: 0,
	suggest: () => null
};

const CUT_SHORT = 'This search matched too widely; only its first matches were searched.';

/** The side a field-number bitmask touches, as bitmasks: one per side. */
function sideMasks(index: FlatIndex): Record<Side, number> {
	const masks = { critique: 0, response: 0 };
	index.fields.forEach((field, f) => {
		const side = sideOf(field as FieldName);
		if (side) masks[side] |= 1 << f;
	});
	return masks;
}

function marksFor(index: FlatIndex, executed: Executed, docNumber: Map<string, number>) {
	return (id: string): FieldMarks => {
		const doc = docNumber.get(id);
		if (doc === undefined) return {};
		const byField = positionsOf(index, executed.query, doc);
		const marks: FieldMarks = {};
		for (const field of FIELD_NAMES) {
			const ranges = byField.get(index.fields.indexOf(field));
			if (ranges?.length) marks[field] = mergeRanges(ranges);
		}
		return marks;
	};
}

/** Sorted ranges with overlaps joined. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
	const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Range[] = [];
	for (const [start, length] of sorted) {
		const last = merged.at(-1);
		if (last && start <= last[0] + last[1]) last[1] = Math.max(last[1], start + length - last[0]);
		else merged.push([start, length]);
	}
	return merged;
}
