/**
 * Building the serialised index of the corpus under a project root: what the Vite plugin writes,
 * and what tests and the benchmark build the same way. Relative imports only: the plugin loads
 * this module with Vite's module runner, outside SvelteKit, where `$lib` does not resolve.
 */
import { gzipSync } from 'node:zlib';
import { readCorpusFiles, todayUtc } from '../corpus/load';
import { validateCorpus } from '../corpus/validate';
import { buildSearchIndex, indexedTextLength, serializeSearchIndex } from './build';
import { buildSearchDocuments } from './documents';

/** The index of the corpus under `root`, with its figures. Throws on a corpus with errors. */
export function generateSearchIndex(root: string) {
	const { data, problems } = validateCorpus(readCorpusFiles(root), { today: todayUtc() });
	if (!data) {
		const errors = problems.filter((p) => p.level === 'error').length;
		throw new Error(`search index: claims/ has ${errors} error(s); run npm run check:claims`);
	}
	const docs = buildSearchDocuments(data);
	const text = serializeSearchIndex(buildSearchIndex(docs), docs);
	return {
		text,
		pairs: docs.length,
		indexed: indexedTextLength(docs),
		gzip: gzipSync(text).length
	};
}
