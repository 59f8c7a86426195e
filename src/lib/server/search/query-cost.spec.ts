import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { Budget, MAX_QUERY_STEPS } from '../../search/budget';
import { decodeIndex, type EncodedIndex } from '../../search/codec';
import { executeQuery, expandClause } from '../../search/engine';
import { FIELD_NAMES } from '../../search/fields';
import { fuzzyTerms } from '../../search/fuzzy';
import { PRESENCE } from '../../search/clause';
import { loadSearcher } from '../../search/search';
import { generateSearchIndex } from './generate';

const text = generateSearchIndex(process.cwd()).text;
const real = decodeIndex(JSON.parse(text) as EncodedIndex);
const searcher = loadSearcher(text);

/** lunr's own fuzzy expansion: the automaton intersected with the index's terms. */
const lunrFuzzy = (word: string, distance: number) =>
	real.tokenSet
		.intersect(
			(
				lunr.TokenSet as unknown as { fromFuzzyString(w: string, d: number): lunr.TokenSet }
			).fromFuzzyString(word, distance)
		)
		.toArray()
		.sort();

/** lunr counts every TokenSet node it makes: the work its fuzzy automaton does. */
const tokenSetNodes = () => (lunr.TokenSet as unknown as { _nextId: number })._nextId;

/** What the search did: its steps, and the lunr automaton nodes it built. */
function costOf(query: string) {
	const before = tokenSetNodes();
	const outcome = searcher.search(query);
	outcome.suggest();
	return { steps: outcome.steps, nodes: tokenSetNodes() - before, outcome };
}

const ADVERSARIAL = [
	`${'c'.repeat(197)}~2`,
	`${'detention'.repeat(20)}~2`,
	`${'ab'.repeat(90)}~2 ${'cd'.repeat(50)}~2`,
	Array.from({ length: 8 }, (_, i) => `${'abcdefgh'[i].repeat(24)}~2`).join(' '),
	'con* pro* imm* det* dep* enf* sta* cou*',
	'a~2 b~2 c~2 d~2 e~2 f~2 g~2 h~2',
	// Eight unknown words: each one's suggestion compares it with every term of the index.
	Array(8).fill('abcdefghij').join(' '),
	Array.from({ length: 8 }, (_, i) => `${'qwertyuiopasdfghjklz'.slice(i)}xq`).join(' '),
	`${'x'.repeat(190)}*`
];

describe('the cost of a query', () => {
	it('matches fuzzily as lunr does, without its automaton (property)', () => {
		const letters = fc.constantFrom(...'aeinorstcdlu');
		const word = fc.oneof(
			fc.constantFrom(...real.terms.filter((t) => t.length <= 8)),
			fc.string({ unit: letters, minLength: 1, maxLength: 7 })
		);
		fc.assert(
			fc.property(word, fc.constantFrom(1, 2), (w, d) => {
				expect(fuzzyTerms(real.tokenSet, w, d, new Budget()).sort()).toEqual(lunrFuzzy(w, d));
			}),
			{ numRuns: 150 }
		);
	});

	it.each(ADVERSARIAL)('stays within the step budget and builds no automaton: %s', (query) => {
		const { steps, nodes } = costOf(query);
		expect(steps).toBeLessThanOrEqual(MAX_QUERY_STEPS);
		expect(nodes).toBe(0);
	});

	it('keeps any string within the step budget (property)', () => {
		const piece = fc.oneof(
			fc.string({ maxLength: 40 }),
			fc.string({
				unit: fc.constantFrom('c', 'd', 'e', '~', '2', '*', ' ', ':', '+', '-'),
				maxLength: 200
			}),
			fc.integer({ min: 1, max: 200 }).map((n) => `${'e'.repeat(n)}~2`)
		);
		fc.assert(
			fc.property(fc.array(piece, { minLength: 1, maxLength: 8 }), (pieces) => {
				const { steps, nodes } = costOf(pieces.join(' '));
				expect(steps).toBeLessThanOrEqual(MAX_QUERY_STEPS);
				expect(nodes).toBe(0);
			}),
			{ numRuns: 200 }
		);
	});

	it('counts its steps and stops at the budget, saying so', () => {
		expect(costOf('detention').steps).toBeGreaterThan(0);
		const clause = {
			term: 'detent',
			fields: [...FIELD_NAMES],
			boost: 1,
			editDistance: 2,
			presence: PRESENCE.optional
		};
		const budget = new Budget(50);
		expect(expandClause(real, clause, budget).length).toBeLessThan(
			expandClause(real, clause).length
		);
		expect(budget.exhausted).toBe(true);
		const executed = executeQuery(real, [clause], new Budget(500));
		expect(executed.steps).toBeLessThanOrEqual(500);
		expect(executed.truncated).toBe(true);
		expect(costOf('deten~2 flores~2').outcome.notices).not.toContain(
			expect.stringMatching(/too widely/)
		);
	});

	it("charges a suggestion to the query's budget, and still suggests within it", () => {
		const typo = costOf('detension');
		expect(typo.outcome.hits).toEqual([]);
		const searched = searcher.search('detension').steps;
		expect(typo.steps).toBeGreaterThan(searched);
		// Without the indexed text, the suggestion is the term itself (a stem).
		expect(searcher.search('detension').suggest()).toBe('detent');
		const { steps } = costOf(Array(8).fill('abcdefghij').join(' '));
		expect(steps).toBeGreaterThan(100_000);
		expect(steps).toBeLessThanOrEqual(MAX_QUERY_STEPS);
	});

	it('searches a word too long for a fuzzy match exactly, with a notice', () => {
		const { outcome } = costOf(`${'c'.repeat(197)}~2`);
		expect(outcome.notices.join(' ')).toMatch(/too long for a fuzzy match/);
	});
});
