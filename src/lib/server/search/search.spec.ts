import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_NAMES, type FieldName } from '../../search/fields';
import { loadSearcher, mergeRanges } from '../../search/search';
import { FIXTURE_DOCUMENTS, fixtureIndexText, fixtureSearcher } from './fixtures';

const searcher = fixtureSearcher();
const ids = (query: string) => searcher.search(query).hits.map((h) => h.id);
const byId = new Map(FIXTURE_DOCUMENTS.map((d) => [d.id, d]));

describe('search', () => {
	it('ranks the pair that is about the query first', () => {
		expect(ids('courthouse arrests')[0]).toBe('AA-01');
		expect(ids('287(g)')).toEqual(['AA-02']);
		expect(ids('Flores children')[0]).toBe('AA-03');
	});

	it('finds words through accents, dashes and possessives', () => {
		expect(ids('nunez')).toEqual(['AA-02']);
		expect(ids('critics')).toContain('AA-01');
		expect(ids("agency's view")).toContain('AA-03');
	});

	it('says which side matched, and where', () => {
		const outcome = searcher.search('doxxing');
		expect(outcome.hits).toEqual([{ id: 'AA-05', score: expect.any(Number), sides: ['response'] }]);
		const text = byId.get('AA-05')!.response_summary;
		const [[start, length]] = outcome.marks('AA-05').response_summary!;
		expect(text.slice(start, start + length)).toBe('doxxing.');
	});

	it('marks nothing for a pair that is not a hit', () => {
		expect(searcher.search('doxxing').marks('AA-01')).toEqual({});
	});

	it('finds nothing for an empty query, stop words or a bare wildcard', () => {
		for (const query of ['', '   ', 'the of and', '*']) expect(ids(query)).toEqual([]);
	});

	it('excludes and requires terms', () => {
		expect(ids('detention -flores')).toEqual(['AA-04']);
		expect(ids('+officers +masks')).toEqual(['AA-05']);
		expect(ids('-courthouse').sort()).toEqual(['AA-02', 'AA-03', 'AA-04', 'AA-05']);
	});

	it('suggests the words the index holds for misspelt ones, only when that finds something', () => {
		const spelled = loadSearcher(
			fixtureIndexText(),
			(ref, field) => byId.get(ref)?.[field as FieldName]
		);
		// Written words, not stems ("detent", "children" → "children"), each nearest to what was typed.
		expect(spelled.search('detension').suggest()).toBe('detention');
		expect(spelled.search('flors childern').suggest()).toBe('flores children');
		expect(spelled.search('courthose').suggest()).toBe('courthouse');
		expect(spelled.search('+courthose +arrests').suggest()).toBe('+courthouse +arrests');
		expect(spelled.search('Detension -flores').suggest()).toBe('detention -flores');
		// Nothing near enough, nothing misspelt, or a corrected query that still finds nothing.
		expect(spelled.search('zzzzqq').suggest()).toBeNull();
		expect(spelled.search('flores').suggest()).toBeNull();
		expect(spelled.search('+detension +doxxing').suggest()).toBeNull();
		// Without the text, the suggestion is the index's own term, which searches the same.
		expect(searcher.search('detension').suggest()).toBe('detent');
		expect(ids('detent')).toEqual(ids('detention'));
	});

	it('keeps the corpus order between equal scores', () => {
		const hits = searcher.search('-zzzz').hits;
		expect(hits.map((h) => h.id)).toEqual(FIXTURE_DOCUMENTS.map((d) => d.id));
	});

	it('refuses to load anything but a serialised index', () => {
		expect(() => loadSearcher('{"format":"lunr"}')).toThrow(/format/);
		expect(() => loadSearcher('not json')).toThrow();
		expect(loadSearcher(fixtureIndexText()).size).toBe(FIXTURE_DOCUMENTS.length);
	});
});

describe('any query', () => {
	const anyQuery = fc.oneof(
		fc.string({ maxLength: 250 }),
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc
			.array(
				fc.constantFrom(
					'ice',
					'flor',
					'court*',
					':',
					'~',
					'^',
					'+',
					'-',
					'*',
					'~2',
					'by:',
					' ',
					'\\',
					'"'
				),
				{
					maxLength: 20
				}
			)
			.map((parts) => parts.join(''))
	);

	it('never throws, and marks only stretches inside the matched fields (property)', () => {
		fc.assert(
			fc.property(anyQuery, (query) => {
				const outcome = searcher.search(query);
				for (const hit of outcome.hits) {
					const doc = byId.get(hit.id)!;
					for (const [field, ranges] of Object.entries(outcome.marks(hit.id))) {
						expect(FIELD_NAMES).toContain(field);
						for (const [start, length] of ranges)
							expect(start + length).toBeLessThanOrEqual(doc[field as FieldName].length);
					}
				}
			}),
			{ numRuns: 400 }
		);
	});
});

describe('mergeRanges', () => {
	it('sorts and joins overlapping ranges', () => {
		expect(
			mergeRanges([
				[10, 3],
				[0, 2],
				[11, 5],
				[1, 1]
			])
		).toEqual([
			[0, 2],
			[10, 6]
		]);
	});
});
