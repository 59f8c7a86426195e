/**
 * `npm run bench:query-cost`: the worst cost of a query, on the real corpus and on a synthetic
 * corpus of 1,000 pairs: the bench's hostile queries plus long fuzzy and wildcard terms (a
 * 197-letter `cccc…~2`), each run once to warm up and then seven times; the slowest median is
 * reported with its steps. Reported, not asserted (query-cost.spec.ts asserts the step bound).
 */
import { buildSearchDocuments } from '../src/lib/server/search/documents';
import { buildSearchIndex, serializeSearchIndex } from '../src/lib/server/search/build';
import { readCorpusFiles, todayUtc } from '../src/lib/server/corpus/load';
import { validateCorpus } from '../src/lib/server/corpus/validate';
import { loadSearcher } from '../src/lib/search/search';
import { HOSTILE_QUERIES } from '../bench/queries';
import { syntheticDocuments } from '../bench/synthetic-corpus';

export const LONG_QUERIES = [
	`${'c'.repeat(197)}~2`,
	`${'c'.repeat(60)}~2`,
	`${'detention'.repeat(20)}~2`,
	`${'ab'.repeat(90)}~2 ${'cd'.repeat(50)}~2`,
	Array.from({ length: 8 }, (_, i) => `${String.fromCharCode(97 + i).repeat(24)}~2`).join(' '),
	`${'x'.repeat(190)}*`
];

const { data } = validateCorpus(readCorpusFiles(), { today: todayUtc() });
if (!data) throw new Error('the corpus does not validate');
const real = buildSearchDocuments(data);
const only = process.argv[2];
for (const [name, docs] of [
	['real', real],
	['synthetic 1,000', syntheticDocuments(real, 1000)]
] as const) {
	const searcher = loadSearcher(serializeSearchIndex(buildSearchIndex(docs), docs));
	let worst = { query: '', ms: 0, steps: 0 };
	for (const query of only ? [only] : [...HOSTILE_QUERIES, ...LONG_QUERIES]) {
		const times: number[] = [];
		let steps = 0;
		for (let i = 0; i < 8; i++) {
			const start = performance.now();
			const outcome = searcher.search(query);
			outcome.suggest();
			if (i > 0) times.push(performance.now() - start);
			steps = outcome.steps;
		}
		const median = times.sort((a, b) => a - b)[3];
		if (median > worst.ms) worst = { query, ms: median, steps };
	}
	console.log(
		`${name}: worst median ${worst.ms.toFixed(1)} ms, ${worst.steps} steps (\`${worst.query.slice(0, 30)}…\`)`
	);
}
