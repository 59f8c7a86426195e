/**
 * "Did you mean detention?": a misspelt word replaced by the nearest word the index holds. The
 * candidates are the index's own terms (stems, as the pipeline left them) within a few edits of the
 * misspelt word's stem; each is shown as the word it stands for in the indexed text, the written
 * form closest to what the reader typed, so "detension" becomes "detention", never the stem "detent".
 */
import type { Budget } from './budget';
import type { FlatIndex } from './codec';
import { normalizeWord, queryTerms } from './pipeline';
import { LETTERS_PER_EDIT, MAX_EDIT_DISTANCE } from './query';

/** The text of a document's field, to read the written forms of a term from its positions. */
export type TextOf = (ref: string, field: string) => string | undefined;

/** Occurrences read per candidate term for its written forms: enough to see the common ones. */
const MAX_OCCURRENCES = 64;

// Three rows of the distance table, reused by every call (grown when a word is longer).
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/**
 * Edits between two strings (insertions, deletions, substitutions and swaps of neighbours, the
 * "optimal string alignment" distance), or `max + 1` as soon as it must exceed `max`. With a
 * budget, each row of the table costs its length in steps, and running out counts as too far.
 */
export function editDistance(a: string, b: string, max: number, budget?: Budget): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	if (rows[0].length <= b.length) rows = rows.map(() => new Int32Array(2 * b.length + 2));
	let [before, previous, row] = rows;
	for (let j = 0; j <= b.length; j++) previous[j] = j;
	for (let i = 1; i <= a.length; i++) {
		if (budget && !budget.spend(b.length + 1)) return max + 1;
		row[0] = i;
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d = Math.min(d, before[j - 2] + 1);
			row[j] = d;
			if (d < best) best = d;
		}
		if (best > max) return max + 1;
		[before, previous, row] = [previous, row, before];
	}
	return Math.min(previous[b.length], max + 1);
}

/** Edits allowed for a word: one per three letters, at most two (as for `word~N`). */
export const editsFor = (word: string) =>
	Math.min(MAX_EDIT_DISTANCE, Math.floor(word.length / LETTERS_PER_EDIT));

function termNumber(index: FlatIndex, term: string): number {
	let [lo, hi] = [0, index.terms.length - 1];
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const t = index.terms[mid];
		if (t === term) return mid;
		if (t < term) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}

/** How many documents' fields hold term t. */
const postingsOf = (index: FlatIndex, t: number) =>
	index.groupPost[index.termGroup[t + 1]] - index.groupPost[index.termGroup[t]];

/** The written forms of term t in the indexed text (normalised), with how often each was seen. */
function writtenForms(index: FlatIndex, t: number, textOf: TextOf): Map<string, number> {
	const forms = new Map<string, number>();
	let seen = 0;
	for (let g = index.termGroup[t]; g < index.termGroup[t + 1]; g++) {
		const field = index.fields[index.groupField[g]];
		for (let p = index.groupPost[g]; p < index.groupPost[g + 1]; p++) {
			const text = textOf(index.refs[index.postDoc[p]], field);
			if (text === undefined) continue;
			for (let i = index.postPos[p]; i < index.postPos[p + 1]; i++) {
				const start = index.positions[2 * i];
				const form = normalizeWord(text.slice(start, start + index.positions[2 * i + 1]));
				if (form) forms.set(form, (forms.get(form) ?? 0) + 1);
				if (++seen >= MAX_OCCURRENCES) return forms;
			}
		}
	}
	return forms;
}

/**
 * The index's nearest word to a (normalised) word that the index does not hold, or null when it
 * holds it or nothing is near enough. Without `textOf` the suggestion is the term itself. Every
 * comparison is charged to `budget`: past it, the nearest word found so far.
 */
export function correctWord(
	index: FlatIndex,
	word: string,
	textOf?: TextOf,
	budget?: Budget
): string | null {
	const terms = queryTerms(index, word);
	if (terms.length !== 1 || termNumber(index, terms[0]) >= 0) return null;
	const [term] = terms;
	const max = editsFor(word);
	if (max === 0) return null;
	let best: { word: string; rank: [number, number, number] } | null = null;
	for (let t = 0; t < index.terms.length && !budget?.exhausted; t++) {
		if (budget && !budget.spend()) break;
		const distance = editDistance(term, index.terms[t], max, budget);
		if (distance > max) continue;
		// The written form nearest to what was typed, then the commonest; else the stem itself.
		let shown = index.terms[t];
		let typed = editDistance(word, shown, max + 2);
		if (textOf) {
			let count = -1;
			for (const [form, n] of writtenForms(index, t, textOf)) {
				const d = editDistance(word, form, max + 2);
				if (d < typed || (d === typed && n > count)) [shown, typed, count] = [form, d, n];
			}
		}
		const rank: [number, number, number] = [typed, distance, -postingsOf(index, t)];
		if (!best || compare(rank, best.rank) < 0) best = { word: shown, rank };
	}
	return best && best.word !== word ? best.word : null;
}

const compare = (a: readonly number[], b: readonly number[]) =>
	a.reduce((order, x, i) => order || x - b[i], 0);

/** A word as the query writes it: letters and digits, with an inner apostrophe ("agency's"). */
const WRITTEN_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/**
 * The query with each misspelt word replaced by the index's nearest word, its syntax kept
 * ("+detension -flores" → "+detention -flores"), when at least one was replaced and the new query
 * finds something (`count` runs it); else null. `words` are the query's plain words, normalised.
 * The comparisons are charged to `budget` (the query's own: a search and its suggestion together
 * stay within one budget).
 */
export function suggestSpelling(
	index: FlatIndex,
	query: string,
	words: readonly string[],
	count: (query: string) => number,
	textOf?: TextOf,
	budget?: Budget
): string | null {
	const corrections = new Map<string, string>();
	for (const word of words) {
		const correct = correctWord(index, word, textOf, budget);
		if (correct) corrections.set(word, correct);
	}
	if (!corrections.size) return null;
	const suggestion = query
		.trim()
		.replace(WRITTEN_WORD, (written) => corrections.get(normalizeWord(written)) ?? written);
	return count(suggestion) > 0 ? suggestion : null;
}
