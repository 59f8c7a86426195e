import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, editsFor } from './suggest';

describe('editDistance', () => {
	it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
		expect(editDistance('detension', 'detention', 2)).toBe(1);
		expect(editDistance('flors', 'flores', 2)).toBe(1);
		expect(editDistance('childern', 'children', 2)).toBe(1);
		expect(editDistance('detain', 'detian', 2)).toBe(1);
		expect(editDistance('same', 'same', 2)).toBe(0);
		expect(editDistance('', 'abc', 3)).toBe(3);
	});

	it('stops at max + 1 once the distance must exceed max', () => {
		expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
		expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
	});

	it('is symmetric, zero only for equal strings, and within the length difference', () => {
		const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 });
		fc.assert(
			fc.property(word, word, (a, b) => {
				const d = editDistance(a, b, 10);
				expect(editDistance(b, a, 10)).toBe(d);
				expect(d === 0).toBe(a === b);
				expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
				expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
			})
		);
	});
});

describe('editsFor', () => {
	it('allows one edit per three letters, at most two', () => {
		expect([2, 3, 5, 6, 12].map((n) => editsFor('x'.repeat(n)))).toEqual([0, 1, 1, 2, 2]);
	});
});
