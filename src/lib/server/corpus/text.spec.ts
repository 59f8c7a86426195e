import { describe, expect, it } from 'vitest';
import { countWords, findLoadedTerms, quotedPassages, quoteInExcerpts } from './text';

const excerpts = [
	{ text: 'DHS said it “will only separate if the child is in danger” at the time.' }
];

describe('quoteInExcerpts', () => {
	it('accepts an exact part of an excerpt, with straight or curly quotes', () => {
		expect(quoteInExcerpts('will only separate if the child', excerpts)).toBe(true);
		expect(quoteInExcerpts('said it "will only separate', excerpts)).toBe(true);
	});

	it('accepts parts joined by an ellipsis when they stand in order', () => {
		expect(quoteInExcerpts('DHS said … the child is in danger', excerpts)).toBe(true);
		expect(quoteInExcerpts('the child is in danger … DHS said', excerpts)).toBe(false);
	});

	it('refuses changed words and empty quotes', () => {
		expect(quoteInExcerpts('will never separate', excerpts)).toBe(false);
		expect(quoteInExcerpts('…', excerpts)).toBe(false);
	});
});

describe('quotedPassages and loaded terms', () => {
	it('finds straight and curly quoted passages', () => {
		expect(quotedPassages('He said "one two" and “three four”.')).toEqual([
			'one two',
			'three four'
		]);
	});

	it('finds a loaded term only outside quotes and only as whole words', () => {
		const terms = [{ term: 'raids' }, { term: 'illegal alien' }];
		expect(findLoadedTerms('The raids began.', terms)).toEqual(['raids']);
		expect(findLoadedTerms('Critics called them "raids".', terms)).toEqual([]);
		expect(findLoadedTerms('The abraidsx word', terms)).toEqual([]);
		expect(findLoadedTerms('An Illegal Alien, it said', terms)).toEqual(['illegal alien']);
	});
});

describe('countWords', () => {
	it('counts words, not markup or link targets', () => {
		expect(countWords('*One* [two](https://example.org/a-b-c) three - four.')).toBe(4);
	});
});
