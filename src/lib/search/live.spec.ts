import { describe, expect, it } from 'vitest';
import { narrowRows, type LiveOutcome, type LiveRow } from './live';

const row = (id: string, question: string): LiveRow & { extra: number } => ({
	id,
	question,
	critique: { summary: 'Critics argue', by: { name: 'A group', kind: 'advocacy-group' } },
	response: { summary: 'The agency says', by: null },
	match: null,
	extra: 1
});
const rows = [row('A', 'first'), row('B', 'second'), row('C', 'third')];
const outcome: LiveOutcome = {
	hits: [
		{ id: 'C', score: 3, sides: ['critique'] },
		{ id: 'X', score: 2, sides: [] },
		{ id: 'A', score: 1, sides: [] }
	],
	marks: (id) => (id === 'C' ? { question: [[0, 5]], critique_by: [[2, 5]] } : {})
};

describe('narrowRows', () => {
	it('keeps the rows that are hits, in rank order, marked', () => {
		const narrowed = narrowRows(rows, outcome, true);
		expect(narrowed.map((r) => r.id)).toEqual(['C', 'A']);
		expect(narrowed[0].match?.question).toEqual([[0, 5]]);
		expect(narrowed[0].match?.critique).toMatchObject({ matched: true, by: [[2, 5]] });
		expect(narrowed[0].extra).toBe(1);
	});

	it("keeps the page's own order when the reader chose a sort", () => {
		expect(narrowRows(rows, outcome, false).map((r) => r.id)).toEqual(['A', 'C']);
	});
});
