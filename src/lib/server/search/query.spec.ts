import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { PRESENCE } from '../../search/clause';
import { decodeIndex } from '../../search/codec';
import { FIELD_NAMES } from '../../search/fields';
import { QueryParser } from '../../search/lunr-types';
import { MAX_QUERY_CHARS, MAX_TERMS, planQuery } from '../../search/query';
import { fixtureIndexText } from './fixtures';

const index = decodeIndex(JSON.parse(fixtureIndexText()));
const plan = (query: string) => planQuery(index, query);
const terms = (query: string) => plan(query).clauses.map((c) => c.term);
const FALLBACK = /words only/;

describe('queries lunr cannot parse', () => {
	// One string for each error lunr's parser raises (its messages, with the field or token varied).
	it.each([
		['tax:', 'unrecognised field'],
		['https://www.ice.gov/news', 'unrecognised field'],
		[':tax', 'unrecognised field'],
		['~', 'expected either a field or a term'],
		['^2 tax', 'expected either a field or a term'],
		['+-tax', 'expecting term or field, found'],
		['tax +', 'expecting term or field, found nothing'],
		['question:', 'expecting term, found nothing'],
		['question:~1', "expecting term, found 'EDIT_DISTANCE'"],
		['question:+tax', "expecting term, found 'PRESENCE'"],
		['question:^2', "expecting term, found 'BOOST'"],
		['question:tax:x', "expecting term, found 'FIELD'"],
		['tax^', 'boost must be numeric'],
		['tax^x', 'boost must be numeric'],
		['tax~', 'edit distance must be numeric'],
		['tax~x', 'edit distance must be numeric']
	])('%s (lunr: %s) is searched as plain words, with a notice', (query, message) => {
		const fields = [...FIELD_NAMES, 'critique', 'by'];
		expect(() => new QueryParser(query, new lunr.Query(fields)).parse()).toThrow(message);
		const planned = plan(query);
		const words = query.split(/[\s:~^+*\-\\]+/).filter((w) => /\w/.test(w));
		if (words.length) expect(planned.notices).toEqual([expect.stringMatching(FALLBACK)]);
		for (const c of planned.clauses) {
			expect(c.fields).toEqual(FIELD_NAMES);
			expect(c.presence).toBe(PRESENCE.optional);
			expect(c.editDistance).toBe(0);
		}
	});
});

describe("lunr's syntax", () => {
	it('scopes a term to a field, or to the fields an alias names', () => {
		expect(plan('question:detention').clauses[0].fields).toEqual(['question']);
		expect(plan('by:aclu').clauses[0].fields).toEqual(['critique_by', 'response_by']);
		expect(plan('critique:masks').clauses[0].fields).toEqual([
			'critique_summary',
			'critique_argument',
			'critique_by',
			'critique_sources'
		]);
	});

	it('keeps presence, boosts, fuzziness and prefixes', () => {
		const [must, not, boosted, fuzzy, prefix] = plan(
			'+flores -children masks^3 detension~1 court*'
		).clauses;
		expect([must.term, must.presence]).toEqual(['flore', PRESENCE.required]);
		expect([not.term, not.presence]).toEqual(['children', PRESENCE.prohibited]);
		expect([boosted.term, boosted.boost]).toEqual(['mask', 3]);
		expect([fuzzy.term, fuzzy.editDistance]).toEqual(['detens', 1]);
		expect(prefix.term).toBe('court*');
		expect(plan('+flores -children masks^3 detension~1 court*').notices).toEqual([]);
	});

	it('stems the letters before a wildcard, so a prefix of a word finds the word', () => {
		expect(terms('detention*')).toEqual(['detent*']);
	});
});

describe('limits', () => {
	it(`cuts a query longer than ${MAX_QUERY_CHARS} characters, with a notice`, () => {
		const planned = plan(`${'detention '.repeat(30)}`);
		expect(planned.notices).toContain(
			`The search was cut to its first ${MAX_QUERY_CHARS} characters.`
		);
	});

	it(`keeps the first ${MAX_TERMS} terms, with a notice`, () => {
		const planned = plan('one two three four five six seven eight nine ten');
		expect(planned.notices).toContain(`Only the first ${MAX_TERMS} terms were searched.`);
		expect(planned.clauses.map((c) => c.term)).not.toContain('nine');
	});

	it('counts the words a slash or dash joins as terms too', () => {
		const planned = plan('a1/b2/c3/d4/e5/f6/g7/h8/i9/j10');
		expect(planned.clauses).toHaveLength(MAX_TERMS);
		expect(planned.notices).toContain(`Only the first ${MAX_TERMS} terms were searched.`);
	});
});

describe('queries that would scan the whole index', () => {
	it.each([
		['*', [], /alone/],
		['**', [], /alone/],
		['*tion', ['tion'], /wildcard needs/],
		['co*', ['co'], /wildcard needs/],
		['c*t', ['ct'], /wildcard needs/],
		['question:*', [], /alone/]
	])('%s is rewritten or left out, with a notice', (query, expected, notice) => {
		const planned = plan(query);
		expect(planned.clauses.map((c) => c.term)).toEqual(expected);
		expect(planned.notices).toEqual([expect.stringMatching(notice)]);
	});

	it.each([
		['e~5', 0],
		['ice~3', 1],
		['flores~9', 2]
	])('%s is narrowed to an edit distance of %i, with a notice', (query, distance) => {
		const planned = plan(query);
		expect(planned.clauses[0].editDistance).toBe(distance);
		expect(planned.notices).toEqual([expect.stringMatching(/fuzzy|exactly/)]);
	});

	it('keeps three letters before a wildcard even where the stem is shorter', () => {
		expect(terms('ice*')).toEqual(['ice*']);
		expect(terms('0as')).toEqual(['0as*']);
	});

	it('drops fuzziness from a one-letter part of a joined word', () => {
		expect(plan('0—flores~1').clauses.map((c) => [c.term, c.editDistance])).toEqual([
			['0', 0],
			['flore', 1]
		]);
	});

	it('allows a prefix of three letters', () => {
		expect(plan('cou*')).toMatchObject({ notices: [], clauses: [{ term: 'cou*' }] });
	});
});

describe('typing', () => {
	it('searches an unfinished last word as a prefix', () => {
		expect(terms('courthouse flor')).toEqual(['courthous', 'flor*']);
	});

	it('searches a finished word, or a short one, as itself', () => {
		expect(terms('flores')).toEqual(['flore']);
		expect(terms('fl')).toEqual(['fl']);
		expect(terms('flor courthouse')).toEqual(['flor', 'courthous']);
	});
});

describe('any string', () => {
	it('plans without throwing, within the limits (property)', () => {
		const syntax = fc.constantFrom(
			...':~^+-*\\"\'()[]{}/ .?!'.split(''),
			'question:',
			'by:',
			'~1',
			'^2'
		);
		const text = fc.oneof(
			fc.string({ maxLength: 300 }),
			fc
				.array(fc.oneof(syntax, fc.string({ maxLength: 4 }), fc.constantFrom('ice', 'flores')), {
					maxLength: 30
				})
				.map((parts) => parts.join(''))
		);
		fc.assert(
			fc.property(text, (query) => {
				const planned = plan(query);
				expect(planned.clauses.length).toBeLessThanOrEqual(MAX_TERMS);
				for (const c of planned.clauses) {
					expect(c.term.slice(0, -1)).not.toContain('*');
					if (c.term.endsWith('*')) expect(c.term.length).toBeGreaterThan(3);
					expect(c.editDistance).toBeLessThanOrEqual(2);
				}
			}),
			{ numRuns: 500 }
		);
	});
});
