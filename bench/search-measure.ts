/**
 * What the search benchmark measures, per corpus: for lunr (this app's index and engine) the
 * build, the serialised size, the load, query latency over the mixed workload, the worst hostile
 * query and the in-process cost of an /api/search answer; the same for minisearch as a reference;
 * and, up to 1,000 pairs, lunr's own Index#query on the same index, for comparison with the
 * flat engine. Wall-clock times from performance.now().
 */
import { gzipSync } from 'node:zlib';
import type { EncodedIndex } from '../src/lib/search/codec';
import type { SearchDocument } from '../src/lib/search/fields';
import { loadLunrIndex } from '../src/lib/search/lunr-index';
import { placementOf } from '../src/lib/search/placement';
import { planQuery } from '../src/lib/search/query';
import { loadSearcher } from '../src/lib/search/search';
import { decodeIndex } from '../src/lib/search/codec';
import {
	buildSearchIndex,
	indexedTextLength,
	serializeSearchIndex
} from '../src/lib/server/search/build';
import { buildMiniSearch, loadMiniSearch, runMiniSearch } from './minisearch-reference';
import { HOSTILE_QUERIES, MIXED_QUERIES } from './queries';

export interface Latency {
	p50: number;
	p95: number;
	max: number;
}

export interface EngineFigures {
	engine: string;
	buildMs: number;
	rawBytes: number;
	gzipBytes: number;
	ratio: number;
	loadMs: number;
	heapMB: number | null;
	mixed: Latency;
	/** The hostile query with the slowest median, and the slowest single hostile run. */
	worstHostile: { query: string; ms: number };
	hostileMax: number;
	placement?: string;
	endpoint?: Latency;
	lunrQuery?: Latency;
}

const gc = () => (globalThis as { gc?: () => void }).gc?.();
// The flat index lives in typed arrays, which V8 counts outside the heap.
const heapMB = () => {
	const { heapUsed, arrayBuffers } = process.memoryUsage();
	return (heapUsed + arrayBuffers) / 2 ** 20;
};

export function timed<T>(fn: () => T): [T, number] {
	const start = performance.now();
	const value = fn();
	return [value, performance.now() - start];
}

export function latencyOf(samples: number[]): Latency {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
	return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

/** Every query `rounds` times after a warm-up pass; all samples, and the median per query. */
function run(
	queries: readonly string[],
	rounds: number,
	fn: (q: string) => unknown,
	warmUp = true
) {
	if (warmUp) for (const q of queries) fn(q);
	const samples: number[] = [];
	const perQuery = new Map<string, number[]>(queries.map((q) => [q, []]));
	for (let r = 0; r < rounds; r++) {
		for (const q of queries) {
			const [, ms] = timed(() => fn(q));
			samples.push(ms);
			perQuery.get(q)!.push(ms);
		}
	}
	const medians = [...perQuery].map(([query, ms]) => ({ query, ms: latencyOf(ms).p50 }));
	return { latency: latencyOf(samples), worst: medians.sort((a, b) => b.ms - a.ms)[0] };
}

function buildAndSerialize(docs: readonly SearchDocument[]) {
	const [index, buildMs] = timed(() => buildSearchIndex(docs));
	return { text: serializeSearchIndex(index, docs), buildMs };
}

function median(times: number, fn: () => unknown): number {
	const ms = Array.from({ length: times }, () => timed(fn)[1]);
	return latencyOf(ms).p50;
}

export function measureLunr(
	docs: readonly SearchDocument[],
	rounds: number,
	progress: (m: string) => void
): EngineFigures {
	progress(`lunr: building the index of ${docs.length} pairs`);
	// Built and serialised in a function of its own, so the builder's index is garbage after it.
	const { text, buildMs } = buildAndSerialize(docs);
	gc();
	const before = heapMB();
	progress('lunr: loading the serialised index');
	const searcher = loadSearcher(text);
	gc();
	const heap = heapMB() - before;
	const loadMs = median(docs.length > 5000 ? 2 : 5, () => loadSearcher(text));
	progress('lunr: mixed workload, hostile queries, endpoint');
	const mixed = run(MIXED_QUERIES, rounds, (q) => searcher.search(q));
	const hostile = run(HOSTILE_QUERIES, rounds, (q) => searcher.search(q));
	const endpoint = run(MIXED_QUERIES, rounds, (q) => {
		const { hits, marks } = searcher.search(q);
		return JSON.stringify(hits.slice(0, 20).map((h) => ({ ...h, fields: marks(h.id) })));
	});
	const gzipBytes = gzipSync(text).length;
	return {
		engine: 'lunr (this app)',
		buildMs,
		rawBytes: text.length,
		gzipBytes,
		ratio: text.length / indexedTextLength(docs),
		loadMs,
		heapMB: heap,
		mixed: mixed.latency,
		worstHostile: hostile.worst,
		hostileMax: hostile.latency.max,
		placement: placementOf(gzipBytes),
		endpoint: endpoint.latency,
		lunrQuery: docs.length <= 1000 ? lunrOwnQuery(text, rounds, progress) : undefined
	};
}

/** lunr's Index#query on the same index and clauses: what the flat engine replaces. */
function lunrOwnQuery(text: string, rounds: number, progress: (m: string) => void): Latency {
	progress("lunr: lunr's own Index#query, for comparison");
	const encoded = JSON.parse(text) as EncodedIndex;
	const flat = decodeIndex(encoded);
	const index = loadLunrIndex(encoded);
	return run(MIXED_QUERIES, rounds, (q) => {
		const { clauses } = planQuery(flat, q);
		if (clauses.length === 0) return [];
		return index.query((query) => {
			for (const { editDistance, ...c } of clauses) {
				const fuzzy = editDistance > 0 ? { editDistance } : {};
				query.clause({ ...c, ...fuzzy, usePipeline: false, wildcard: 0 } as never);
			}
		});
	}).latency;
}

export function measureMiniSearch(
	docs: readonly SearchDocument[],
	rounds: number,
	progress: (m: string) => void
): EngineFigures {
	progress(`minisearch: building the index of ${docs.length} pairs`);
	const [index, buildMs] = timed(() => buildMiniSearch(docs));
	const text = JSON.stringify(index);
	gc();
	const before = heapMB();
	const loaded = loadMiniSearch(text);
	gc();
	const heap = heapMB() - before;
	const loadMs = median(docs.length > 5000 ? 2 : 5, () => loadMiniSearch(text));
	progress('minisearch: mixed workload and hostile queries');
	const mixed = run(MIXED_QUERIES, rounds, (q) => runMiniSearch(loaded, q));
	// Once each: unguarded, a wide fuzzy match takes tens of seconds at 10,000 pairs.
	const hostile = run(HOSTILE_QUERIES, 1, (q) => runMiniSearch(loaded, q), false);
	return {
		engine: 'minisearch 7.2.0',
		buildMs,
		rawBytes: text.length,
		gzipBytes: gzipSync(text).length,
		ratio: text.length / indexedTextLength(docs),
		loadMs,
		heapMB: heap,
		mixed: mixed.latency,
		worstHostile: hostile.worst,
		hostileMax: hostile.latency.max
	};
}
