import fc from 'fast-check';
import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { PRESENCE, type Clause } from '../../search/clause';
import { decodeIndex, type EncodedIndex } from '../../search/codec';
import { executeQuery, positionsOf } from '../../search/engine';
import { FIELD_NAMES } from '../../search/fields';
import { loadLunrIndex } from '../../search/lunr-index';
import { planQuery } from '../../search/query';
import { fixtureIndexText } from './fixtures';
import { generateSearchIndex } from './generate';

/** lunr's own Index#query for the same clauses: ref → [score, metadata]. */
function lunrQuery(index: lunr.Index, clauses: Clause[]) {
	if (clauses.length === 0) return new Map();
	const results = index.query((q) => {
		for (const { editDistance, ...c } of clauses) {
			const fuzzy = editDistance > 0 ? { editDistance } : {};
			const clause = { ...c, ...fuzzy, fields: [...c.fields], usePipeline: false, wildcard: 0 };
			q.clause(clause as lunr.Query.Clause);
		}
	});
	return new Map(results.map((r) => [r.ref, [r.score, r.matchData.metadata] as const]));
}

function expectSameAsLunr(encoded: EncodedIndex, clauses: Clause[]) {
	const flat = decodeIndex(encoded);
	const theirs = lunrQuery(loadLunrIndex(encoded), clauses);
	const { matches, query } = executeQuery(flat, clauses);
	expect(matches.map((m) => flat.refs[m.doc]).sort()).toEqual([...theirs.keys()].sort());
	for (const m of matches) {
		const [score, metadata] = theirs.get(flat.refs[m.doc])!;
		expect(m.score).toBeCloseTo(score, 9);
		const positions = new Map<string, [number, number][]>();
		for (const byField of Object.values(
			metadata as Record<string, Record<string, { position: [number, number][] }>>
		)) {
			for (const [field, meta] of Object.entries(byField)) {
				positions.set(field, [...(positions.get(field) ?? []), ...meta.position]);
			}
		}
		const mine = positionsOf(flat, query, m.doc);
		for (const [f, ranges] of mine) {
			expect(ranges.sort()).toEqual(positions.get(flat.fields[f])!.sort());
		}
		expect(mine.size).toBe(positions.size);
	}
}

const fixture = JSON.parse(fixtureIndexText()) as EncodedIndex;
const real = JSON.parse(generateSearchIndex(process.cwd()).text) as EncodedIndex;

describe('the flat engine', () => {
	it('refuses an index in another format', () => {
		expect(() => decodeIndex({ ...fixture, format: 'lunr' } as unknown as EncodedIndex)).toThrow(
			/format/
		);
	});

	it.each([
		'courthouse arrests',
		'287(g)',
		'+flores -children',
		'question:detention critique:medical',
		'flor*',
		'detension~1',
		'-masks',
		'ice^3 detention masks'
	])('ranks, scores and positions "%s" as lunr does (fixture)', (query) => {
		expectSameAsLunr(fixture, planQuery(decodeIndex(fixture), query).clauses);
	});

	it.each([
		'courthouse arrests',
		'Flores children',
		'+detention +medical',
		'asylum -children',
		'by:aclu',
		'deport* court*',
		'detension~1 warant~1',
		'-ice'
	])('ranks, scores and positions "%s" as lunr does (real corpus)', (query) => {
		expectSameAsLunr(real, planQuery(decodeIndex(real), query).clauses);
	});

	it.each(['**', 'd*n', '*tion', 'de*t*'])(
		'reads every * in "%s" as lunr does, not only a trailing one',
		(term) => {
			const clause = { term, fields: [...FIELD_NAMES], boost: 1, editDistance: 0, presence: 1 };
			expectSameAsLunr(fixture, [clause]);
		}
	);

	it.each([
		['*', 1],
		['d*t', 1],
		['*e*', 2]
	])('reads a * in the fuzzy word "%s~%i" as lunr does (any one letter)', (term, editDistance) => {
		const clause = { term, fields: [...FIELD_NAMES], boost: 1, editDistance, presence: 1 };
		expectSameAsLunr(fixture, [clause]);
	});

	it('agrees with lunr on any mix of clauses (property)', () => {
		const flat = decodeIndex(fixture);
		const clause = fc.record({
			term: fc.oneof(fc.constantFrom(...flat.terms), fc.string({ maxLength: 6 })),
			fields: fc.subarray([...FIELD_NAMES], { minLength: 1 }),
			boost: fc.integer({ min: 0, max: 5 }),
			editDistance: fc.constantFrom(0, 0, 1, 2),
			presence: fc.constantFrom(
				PRESENCE.optional,
				PRESENCE.optional,
				PRESENCE.required,
				PRESENCE.prohibited
			),
			prefix: fc.boolean()
		});
		fc.assert(
			fc.property(fc.array(clause, { maxLength: 4 }), (list) => {
				const clauses = list.map(({ prefix, ...c }) => ({
					...c,
					term: prefix && c.editDistance === 0 ? `${c.term.slice(0, 3)}*` : c.term
				}));
				expectSameAsLunr(fixture, clauses);
			}),
			{ numRuns: 150 }
		);
	});
});
