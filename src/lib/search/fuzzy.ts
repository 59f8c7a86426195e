/**
 * lunr's fuzzy match (`word~2`) without lunr's automaton. lunr builds a trie of every string within
 * the edit distance (TokenSet.fromFuzzyString, which grows with the cube of the word's length: a
 * 197-letter word took seconds) and intersects it with the index's terms. This walks the index's
 * terms once instead, carrying the set of places the word could be at, and counts each move against
 * the query's budget. Same edits as lunr, with lunr's quirks: insert, delete, substitute, or move
 * the next letter ahead of the current one (lunr's transposition, which can repeat), each costing
 * one edit; deleting the last letter is free of the "more than one letter left" rule; a `*` in
 * the word matches any one letter.
 * engine.spec.ts checks the terms found against lunr's own fuzzy query.
 */
import type lunr from 'lunr';
import type { Budget } from './budget';

type Node = lunr.TokenSet & { edges: Record<string, Node>; final: boolean };

/**
 * The index terms within `editDistance` of `word` (lunr's reading), or fewer once over budget.
 * A state is where the matcher is in the word, as one number: the rest to match is
 * `word[pending]` (when pending ≥ 0) followed by `word[pos…]`, with `edits` left.
 */
export function fuzzyTerms(
	root: lunr.TokenSet,
	word: string,
	editDistance: number,
	budget: Budget
): string[] {
	const width = word.length + 1;
	const state = (pos: number, pending: number, edits: number) =>
		(pos * width + pending + 1) * 3 + edits;
	const editsOf = (s: number) => s % 3;
	const pendingOf = (s: number) => (Math.floor(s / 3) % width) - 1;
	const posOf = (s: number) => Math.floor(s / 3 / width);
	const left = (s: number) => (pendingOf(s) >= 0 ? 1 : 0) + word.length - posOf(s);
	/** The state after the next letter of the rest is used up (matched, replaced or deleted). */
	const consumed = (s: number, edits: number) =>
		pendingOf(s) >= 0 ? state(posOf(s), -1, edits) : state(posOf(s) + 1, -1, edits);

	/** Adds a state and the deletions it allows (they move in the word, not in the index). */
	function add(states: number[], s: number): void {
		for (; !states.includes(s); s = consumed(s, editsOf(s) - 1)) {
			states.push(s);
			if (editsOf(s) === 0 || left(s) <= 1) return;
		}
	}

	// A `*` in the word stands for any one letter, as lunr's intersection reads it.
	const fits = (i: number, ch: string) => word[i] === ch || word[i] === '*';

	const found: string[] = [];
	const start: number[] = [];
	add(start, state(0, -1, editDistance));
	const stack: { node: Node; states: number[]; prefix: string }[] = [
		{ node: root as Node, states: start, prefix: '' }
	];
	for (let frame = stack.pop(); frame; frame = stack.pop()) {
		const { node, states, prefix } = frame;
		if (node.final && states.some((s) => left(s) === 0 || (left(s) === 1 && editsOf(s) > 0))) {
			found.push(prefix);
		}
		for (const ch in node.edges) {
			const next: number[] = [];
			for (const s of states) {
				if (!budget.spend()) return found;
				const n = left(s);
				const edits = editsOf(s);
				const pos = posOf(s);
				const pending = pendingOf(s);
				if (n > 0 && fits(pending >= 0 ? pending : pos, ch)) add(next, consumed(s, edits));
				if (edits === 0) continue;
				add(next, s - 1); // insertion: one edit fewer, same place
				if (n > 0) add(next, consumed(s, edits - 1)); // substitution
				if (n > 1 && fits(pending >= 0 ? pos : pos + 1, ch)) {
					// lunr's transposition: the letter after the next one, the next one kept pending
					add(
						next,
						pending >= 0 ? state(pos + 1, pending, edits - 1) : state(pos + 2, pos, edits - 1)
					);
				}
			}
			if (next.length) stack.push({ node: node.edges[ch], states: next, prefix: prefix + ch });
		}
	}
	return found;
}
