import { describe, expect, it } from 'vitest';
import { excerptOf, markSegments, rowMatchOf } from './highlight';

const marked = (text: string, ranges: [number, number][]) =>
	markSegments(text, ranges)
		.map((s) => (s.mark ? `[${s.text}]` : s.text))
		.join('');

describe('markSegments', () => {
	it('marks the given stretches and keeps every character', () => {
		expect(
			marked('courthouse arrests rose', [
				[0, 10],
				[11, 7]
			])
		).toBe('[courthouse] [arrests] rose');
	});

	it("marks a token's letters, not the punctuation lunr's position includes", () => {
		expect(marked('the “Flores,” settlement', [[4, 9]])).toBe('the “[Flores],” settlement');
	});

	it('ignores ranges outside the text or overlapping an earlier one', () => {
		expect(
			marked('short', [
				[2, 2],
				[3, 2],
				[40, 3]
			])
		).toBe('sh[or]t');
	});

	it('returns the whole text as one plain segment when nothing matched', () => {
		expect(markSegments('plain')).toEqual([{ text: 'plain', mark: false }]);
		expect(markSegments('')).toEqual([{ text: '', mark: false }]);
	});
});

describe('excerptOf', () => {
	const text = `${'word '.repeat(60)}Flores settlement ${'more '.repeat(60)}`.trim();
	const at = text.indexOf('Flores');

	it('cuts a window around the first match at word boundaries, with ellipses', () => {
		const excerpt = excerptOf(text, [[at, 6]], 80);
		expect(excerpt.text.startsWith('…word')).toBe(true);
		expect(excerpt.text.endsWith('more…')).toBe(true);
		const [[start, length]] = excerpt.ranges;
		expect(excerpt.text.slice(start, start + length)).toBe('Flores');
	});

	it('keeps short text whole', () => {
		expect(excerptOf('Flores settlement', [[0, 6]])).toEqual({
			text: 'Flores settlement',
			ranges: [[0, 6]]
		});
	});
});

describe('rowMatchOf', () => {
	const hit = { id: 'AA-01', score: 2, sides: ['critique' as const] };

	it('gives each side its marks and excerpts, and says which side matched', () => {
		const match = rowMatchOf(
			hit,
			{ question: [[0, 3]], critique_summary: [[4, 5]], critique_argument: [[0, 4]] },
			{ critique_argument: 'Long argument text' }
		);
		expect(match.question).toEqual([[0, 3]]);
		expect(match.critique).toEqual({
			matched: true,
			summary: [[4, 5]],
			by: [],
			excerpts: [{ field: 'argument', text: 'Long argument text', ranges: [[0, 4]] }]
		});
		expect(match.response.matched).toBe(false);
	});

	it('makes no excerpt where the text is not at hand (in the browser)', () => {
		const match = rowMatchOf(hit, { critique_argument: [[0, 4]], tags: [[0, 3]] }, {});
		expect(match.critique.excerpts).toEqual([]);
		expect(match.tags).toBeNull();
	});
});
