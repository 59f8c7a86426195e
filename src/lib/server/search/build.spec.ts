import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusFiles, todayUtc } from '../corpus/load';
import { validateCorpus } from '../corpus/validate';
import { loadSearcher } from '../../search/search';
import { MAX_INDEX_RATIO, buildSearchIndex, serializeSearchIndex } from './build';
import { buildSearchDocuments } from './documents';
import { FIXTURE_DOCUMENTS } from './fixtures';
import { generateSearchIndex } from './generate';

const FIXTURE = fileURLToPath(new URL('../corpus/fixtures/valid', import.meta.url));

describe('the serialised index', () => {
	it('is the same text for the same corpus (snapshot)', async () => {
		const { data } = validateCorpus(readCorpusFiles(FIXTURE), { today: todayUtc() });
		const docs = buildSearchDocuments(data!);
		const text = serializeSearchIndex(buildSearchIndex(docs), docs);
		expect(serializeSearchIndex(buildSearchIndex([...docs]), docs)).toBe(text);
		await expect(JSON.stringify(JSON.parse(text), null, 1)).toMatchFileSnapshot(
			'__snapshots__/fixture-index.snap'
		);
	});

	it(`stays within ${MAX_INDEX_RATIO}× the text it indexes on the real corpus`, () => {
		const { text, indexed } = generateSearchIndex(process.cwd());
		expect(text.length).toBeLessThanOrEqual(MAX_INDEX_RATIO * indexed);
		expect(loadSearcher(text).size).toBeGreaterThan(0);
	});

	it('fails the build when it grows past its budget', () => {
		const long = FIXTURE_DOCUMENTS.map((d) => ({ ...d, critique_argument: 'word '.repeat(2000) }));
		const index = buildSearchIndex(long);
		expect(() => serializeSearchIndex(index, long)).not.toThrow();
		// Measured against the text of one document, the index of five is over its budget.
		expect(() => serializeSearchIndex(index, long.slice(0, 1))).toThrow(/over its budget/);
	});
});
