/**
 * lunr's Index#query over the flat index: the same clauses, the same term expansion (lunr's
 * TokenSet for fuzzy matches), the same presence rules and the same scores — for each field the
 * dot product of the query vector with lunr's BM25 vector, divided by the query vector's length,
 * summed over fields — but with one pass over typed arrays instead of an object per match, and
 * within a budget of steps (budget.ts): a clause's expansion stops when the budget runs out, and
 * the query says it was cut short.
 * engine.spec.ts checks it against lunr's own query on the same index.
 */
import type { FlatIndex } from './codec';
import { PRESENCE, type Clause } from './clause';
import { Budget } from './budget';
import { fuzzyTerms } from './fuzzy';

/** A matched document: its number, score, and the fields it matched in (bit f = field f). */
export interface Match {
	doc: number;
	score: number;
	fieldMask: number;
}

export interface Executed {
	/** Best first; equal scores in document order. */
	matches: Match[];
	/** Per field: the query's terms scored in it, with their summed boosts. */
	query: Map<number, number>[];
	/** The steps the query took (budget.ts), and whether it stopped short of its full expansion. */
	steps: number;
	truncated: boolean;
}

/** The place of a term in the sorted terms, or of the first term after it. */
function lowerBound(terms: readonly string[], term: string): number {
	let [lo, hi] = [0, terms.length];
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (terms[mid] < term) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** The number of a term in the index, or -1. */
export function termNumber(index: FlatIndex, term: string): number {
	const at = lowerBound(index.terms, term);
	return index.terms[at] === term ? at : -1;
}

/**
 * The index's terms a clause stands for: the term, its prefix range, or its fuzzy neighbours, in
 * index order; fewer if the budget runs out.
 */
export function expandClause(index: FlatIndex, clause: Clause, budget = new Budget()): number[] {
	if (clause.editDistance > 0) {
		return fuzzyTerms(index.tokenSet, clause.term, clause.editDistance, budget)
			.map((t) => termNumber(index, t))
			.filter((t) => t >= 0)
			.sort((a, b) => a - b);
	}
	if (clause.term.includes('*')) {
		// lunr reads every `*` as a wildcard (any letters, or none), wherever it stands: the terms
		// that start with the letters before the first one are walked and matched against the rest.
		const prefix = clause.term.slice(0, clause.term.indexOf('*'));
		const rest = clause.term.slice(prefix.length);
		const pattern =
			rest === '*' ? null : new RegExp(`^${rest.split('*').map(escapeRegExp).join('.*')}$`, 's');
		const found: number[] = [];
		for (let t = lowerBound(index.terms, prefix); index.terms[t]?.startsWith(prefix); t++) {
			if (!budget.spend()) break;
			if (!pattern || pattern.test(index.terms[t].slice(prefix.length))) found.push(t);
		}
		return found;
	}
	const t = termNumber(index, clause.term);
	return t >= 0 ? [t] : [];
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The postings of a term in the given fields: what scoring it costs. */
function postingsOf(index: FlatIndex, term: number, fields: number[]): number {
	let n = 0;
	for (const f of fields) {
		const g = groupOf(index, term, f);
		if (g >= 0) n += index.groupPost[g + 1] - index.groupPost[g];
	}
	return n;
}

/** The group (postings of one term in one field), or -1 where the term is not in the field. */
export function groupOf(index: FlatIndex, term: number, field: number): number {
	for (let g = index.termGroup[term]; g < index.termGroup[term + 1]; g++) {
		if (index.groupField[g] === field) return g;
	}
	return -1;
}

function forEachDoc(index: FlatIndex, term: number, fields: number[], fn: (doc: number) => void) {
	for (const f of fields) {
		const g = groupOf(index, term, f);
		if (g < 0) continue;
		for (let p = index.groupPost[g]; p < index.groupPost[g + 1]; p++) fn(index.postDoc[p]);
	}
}

/** Runs the clauses as lunr's Index#query would. No clauses: no matches. */
export function executeQuery(
	index: FlatIndex,
	clauses: readonly Clause[],
	budget = new Budget()
): Executed {
	const n = index.refs.length;
	const done = (matches: Match[]) => ({
		matches,
		query,
		steps: budget.steps,
		truncated: budget.exhausted
	});
	const query = index.fields.map(() => new Map<number, number>());
	const requiredHits = new Int32Array(n);
	const prohibited = new Uint8Array(n);
	const stamp = new Int32Array(n).fill(-1);
	let required = 0;
	for (const [c, clause] of clauses.entries()) {
		const fields = clause.fields.map((name) => index.fields.indexOf(name)).filter((f) => f >= 0);
		// Each term is admitted only if its postings fit in the budget; they bound every loop below.
		const terms = expandClause(index, clause, budget).filter((t) =>
			budget.spend(postingsOf(index, t, fields))
		);
		if (clause.presence === PRESENCE.required) {
			// lunr: a required term missing from the index leaves nothing to match.
			if (terms.length === 0) return done([]);
			required++;
		}
		for (const t of terms) {
			if (clause.presence === PRESENCE.prohibited) {
				forEachDoc(index, t, fields, (d) => (prohibited[d] = 1));
				continue;
			}
			if (clause.presence === PRESENCE.required) {
				forEachDoc(index, t, fields, (d) => {
					if (stamp[d] === c) return;
					stamp[d] = c;
					requiredHits[d]++;
				});
			}
			for (const f of fields) query[f].set(t, (query[f].get(t) ?? 0) + clause.boost);
		}
	}
	const negated = clauses.length > 0 && clauses.every((c) => c.presence === PRESENCE.prohibited);
	const { score, fieldMask } = negated ? emptyScores(n) : scoreFields(index, query);
	const matches: Match[] = [];
	for (let d = 0; d < n; d++) {
		if (!negated && fieldMask[d] === 0) continue;
		if (prohibited[d] || requiredHits[d] < required) continue;
		matches.push({ doc: d, score: score[d], fieldMask: fieldMask[d] });
	}
	matches.sort((a, b) => b.score - a.score || a.doc - b.doc);
	return done(matches);
}

function emptyScores(n: number) {
	return { score: new Float64Array(n), fieldMask: new Uint32Array(n) };
}

/** Per document, the sum over fields of (query vector · BM25 vector) / |query vector|. */
function scoreFields(index: FlatIndex, query: Map<number, number>[]) {
	const n = index.refs.length;
	const { score, fieldMask } = emptyScores(n);
	const dot = new Float64Array(n);
	const touched: number[] = [];
	query.forEach((terms, f) => {
		if (terms.size === 0) return;
		const sorted = [...terms.keys()].sort((a, b) => a - b);
		const length = Math.sqrt(sorted.reduce((sum, t) => sum + terms.get(t)! ** 2, 0));
		for (const t of sorted) {
			const g = groupOf(index, t, f);
			if (g < 0) continue;
			const boost = terms.get(t)!;
			for (let p = index.groupPost[g]; p < index.groupPost[g + 1]; p++) {
				const d = index.postDoc[p];
				if ((fieldMask[d] & (1 << f)) === 0) {
					fieldMask[d] |= 1 << f;
					touched.push(d);
				}
				dot[d] += boost * index.postWeight[p];
			}
		}
		for (const d of touched) {
			score[d] += dot[d] / length || 0;
			dot[d] = 0;
		}
		touched.length = 0;
	});
	return { score, fieldMask };
}

/** Where the query's terms occur in one document: [start, length] pairs per field number. */
export function positionsOf(index: FlatIndex, query: Map<number, number>[], doc: number) {
	const found = new Map<number, [number, number][]>();
	query.forEach((terms, f) => {
		for (const t of terms.keys()) {
			const g = groupOf(index, t, f);
			if (g < 0) continue;
			let [lo, hi] = [index.groupPost[g], index.groupPost[g + 1]];
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (index.postDoc[mid] < doc) lo = mid + 1;
				else hi = mid;
			}
			if (lo === index.groupPost[g + 1] || index.postDoc[lo] !== doc) continue;
			const ranges = found.get(f) ?? found.set(f, []).get(f)!;
			for (let i = index.postPos[lo]; i < index.postPos[lo + 1]; i++) {
				ranges.push([index.positions[2 * i], index.positions[2 * i + 1]]);
			}
		}
	});
	return found;
}
