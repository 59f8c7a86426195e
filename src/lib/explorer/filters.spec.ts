import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_STATE,
	MAX_QUERY_LENGTH,
	POLICY_ERAS,
	SIDE_ORDERS,
	SORTS,
	SOURCE_FACETS,
	isUnfiltered,
	parseFilters,
	serializeFilters,
	sidesOf,
	sidesParam,
	type FilterState
} from './filters';

const vocab = {
	topics: ['detention', 'due-process', 'family-separation'],
	whoKinds: ['agency', 'advocacy-group', 'news'],
	statuses: ['direct', 'policy', 'supporters', 'none-found'],
	tags: ['flores', '287g']
};
const parse = (query: string) => parseFilters(new URLSearchParams(query), vocab);

describe('parseFilters', () => {
	it('reads the default state from an empty query, with no notice', () => {
		expect(parse('')).toEqual({ state: DEFAULT_STATE, notices: [] });
	});

	it('reads repeated and comma-separated values, without duplicates', () => {
		const { state, notices } = parse('topic=detention&topic=due-process,detention&status=direct');
		expect(state.topic).toEqual(['detention', 'due-process']);
		expect(state.status).toEqual(['direct']);
		expect(notices).toEqual([]);
	});

	it('ignores unknown values and parameters with a notice each', () => {
		const { state, notices } = parse('topic=nowhere&colour=red&sort=sideways&findings=maybe');
		expect(state).toEqual(DEFAULT_STATE);
		expect(notices).toEqual([
			'Ignored the unknown parameter "colour".',
			'Ignored topic "nowhere": not a known value.',
			'Ignored findings "maybe": expected one of any, yes, no.',
			'Ignored sort "sideways": expected one of topic, newest, oldest, sources.'
		]);
	});

	it('reads years, refuses non-years and puts a reversed range in order', () => {
		expect(parse('from=2018&to=2021').state).toMatchObject({ from: 2018, to: 2021 });
		expect(parse('from=18').notices).toEqual(['Ignored from "18": expected a year from 2003.']);
		const reversed = parse('from=2025&to=2011');
		expect(reversed.state).toMatchObject({ from: 2011, to: 2025 });
		expect(reversed.notices).toHaveLength(1);
	});

	it('cuts an overlong query with a notice', () => {
		const { state, notices } = parse(`q=${'a'.repeat(500)}`);
		expect(state.q).toHaveLength(MAX_QUERY_LENGTH);
		expect(notices).toEqual([`The search was cut to ${MAX_QUERY_LENGTH} characters.`]);
	});

	it('shortens a long unknown value in its notice', () => {
		const { notices } = parse(`tag=${'x'.repeat(300)}`);
		expect(notices[0].length).toBeLessThan(100);
	});
});

const stateArb: fc.Arbitrary<FilterState> = fc.record({
	q: fc.string({ maxLength: MAX_QUERY_LENGTH }).filter((q) => q.trim() === q),
	topic: fc.uniqueArray(fc.constantFrom(...vocab.topics)),
	who: fc.uniqueArray(fc.constantFrom(...vocab.whoKinds)),
	source: fc.uniqueArray(
		fc.constantFrom(...(Object.keys(SOURCE_FACETS) as (keyof typeof SOURCE_FACETS)[]))
	),
	status: fc.uniqueArray(fc.constantFrom(...vocab.statuses)),
	findings: fc.constantFrom('any', 'yes', 'no'),
	from: fc.option(fc.integer({ min: 2003, max: 2015 })),
	to: fc.option(fc.integer({ min: 2015, max: 2030 })),
	era: fc.uniqueArray(fc.constantFrom(...POLICY_ERAS.map((e) => e.id))),
	tag: fc.uniqueArray(fc.constantFrom(...vocab.tags)),
	sort: fc.constantFrom(...(Object.keys(SORTS) as (keyof typeof SORTS)[])),
	sides: fc.constantFrom(...(Object.keys(SIDE_ORDERS) as (keyof typeof SIDE_ORDERS)[]))
});

describe('parseFilters and serializeFilters, for any input', () => {
	it('never throws on any query string, and always returns a valid state', () => {
		const anyQuery = fc.oneof(
			fc.string(),
			fc
				.array(fc.tuple(fc.string(), fc.string()))
				.map((pairs) => new URLSearchParams(pairs).toString()),
			fc
				.array(
					fc.tuple(
						fc.constantFrom(
							'q',
							'topic',
							'who',
							'source',
							'status',
							'findings',
							'from',
							'to',
							'era',
							'tag',
							'sort',
							'sides'
						),
						fc.string()
					)
				)
				.map((pairs) => new URLSearchParams(pairs).toString())
		);
		fc.assert(
			fc.property(anyQuery, (query) => {
				const { state } = parse(query);
				expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_STATE).sort());
				expect(state.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
				for (const t of state.topic) expect(vocab.topics).toContain(t);
			})
		);
	});

	it('round-trips every valid state through the URL, with no notice', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const again = parseFilters(serializeFilters(state), vocab);
				expect(again.notices).toEqual([]);
				expect(again.state).toEqual(state);
			})
		);
	});

	it('leaves defaults out of the URL', () => {
		expect(serializeFilters(DEFAULT_STATE).toString()).toBe('');
		expect(isUnfiltered(DEFAULT_STATE)).toBe(true);
		expect(isUnfiltered({ ...DEFAULT_STATE, sides: 'response-first' })).toBe(true);
		expect(isUnfiltered({ ...DEFAULT_STATE, topic: ['detention'] })).toBe(false);
	});
});

describe('sidesOf and sidesParam', () => {
	it('reads only a known side order, and writes nothing for the default', () => {
		expect(sidesOf(new URLSearchParams('sides=response-first'))).toBe('response-first');
		expect(sidesOf(new URLSearchParams('sides=<b>'))).toBe('critique-first');
		expect(sidesParam('response-first')).toBe('?sides=response-first');
		expect(sidesParam('critique-first')).toBe('');
	});
});
