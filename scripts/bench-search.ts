/**
 * `npm run bench:search`: search on the real corpus and on synthetic corpora of 1,000 and 10,000
 * pairs made from it, with lunr (this app) and minisearch (reference), in one run. Prints a table
 * and writes it, with the machine's description, to bench/search-results.md. Progress on stderr.
 * Reported, not asserted; targets: p95 ≤ 2 ms (real corpus) and ≤ 20 ms (10,000 pairs), no
 * hostile query over 50 ms, serialised index ≤ 2× the text it indexes.
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { format, resolveConfig } from 'prettier';
import { buildSearchDocuments } from '../src/lib/server/search/documents';
import { readCorpusFiles, todayUtc } from '../src/lib/server/corpus/load';
import { validateCorpus } from '../src/lib/server/corpus/validate';
import { measureLunr, measureMiniSearch, type EngineFigures } from '../bench/search-measure';
import { syntheticDocuments } from '../bench/synthetic-corpus';

const OUTPUT = 'bench/search-results.md';
const started = Date.now();
const progress = (message: string) =>
	process.stderr.write(
		`bench:search [${((Date.now() - started) / 1000).toFixed(0)} s] ${message}\n`
	);

function machine(): string[] {
	const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? 'unknown';
	const nproc = execSync('nproc').toString().trim();
	const [l1, l5] = os.loadavg().map((l) => l.toFixed(1));
	return [
		`- nproc: ${nproc}; CPU: ${cpu}`,
		`- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB; Node ${process.version}; ${os.type()} ${os.release()}`,
		`- load average when the run started: ${l1} (1 min), ${l5} (5 min) — a shared machine; times are wall-clock`
	];
}

const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const kib = (n: number) =>
	n >= 10 * 2 ** 20 ? `${(n / 2 ** 20).toFixed(1)} MiB` : `${(n / 1024).toFixed(0)} KiB`;

function rows(corpus: string, figures: EngineFigures[]): string[] {
	return figures
		.map((f) =>
			[
				corpus,
				f.engine,
				`${ms(f.buildMs)} ms`,
				kib(f.rawBytes),
				kib(f.gzipBytes),
				`${f.ratio.toFixed(2)}×`,
				`${ms(f.loadMs)} ms`,
				f.heapMB === null ? '—' : `${f.heapMB.toFixed(0)} MiB`,
				ms(f.mixed.p50),
				ms(f.mixed.p95),
				ms(f.mixed.max),
				`${ms(f.worstHostile.ms)} (\`${f.worstHostile.query.slice(0, 28).replace(/\|/g, '\\|')}\`)`,
				ms(f.hostileMax),
				f.placement ?? '—',
				f.endpoint ? `${ms(f.endpoint.p50)} / ${ms(f.endpoint.p95)}` : '—',
				f.lunrQuery ? `${ms(f.lunrQuery.p50)} / ${ms(f.lunrQuery.p95)}` : '—'
			].join(' | ')
		)
		.map((r) => `| ${r} |`);
}

const HEADER = [
	'| corpus | engine | build | index | gzip | × text | load | heap | p50 ms | p95 ms | max ms | worst hostile query, median ms | hostile max ms | browser or server | endpoint p50 / p95 ms | lunr Index#query p50 / p95 ms |',
	'|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|--:|---|--:|--:|'
];

async function main() {
	const header = machine();
	progress('reading and validating claims/');
	const { data } = validateCorpus(readCorpusFiles(), { today: todayUtc() });
	if (!data) throw new Error('claims/ has errors: run npm run check:claims');
	const real = buildSearchDocuments(data);
	const corpora = [
		{ name: `real (${real.length} pairs)`, docs: real, rounds: 30 },
		{ name: 'synthetic 1,000', docs: syntheticDocuments(real, 1000), rounds: 10 },
		{ name: 'synthetic 10,000', docs: syntheticDocuments(real, 10000), rounds: 5 }
	];
	const table = [...HEADER];
	for (const corpus of corpora) {
		progress(`corpus: ${corpus.name}`);
		const lunr = measureLunr(corpus.docs, corpus.rounds, progress);
		const mini = measureMiniSearch(corpus.docs, corpus.rounds, progress);
		table.push(...rows(corpus.name, [lunr, mini]));
		console.log(table.slice(-2).join('\n'));
	}
	const report = [
		'# Search benchmark',
		'',
		`\`npm run bench:search\`, ${new Date().toISOString().slice(0, 10)}. Mixed workload: 50 queries (one word, two or three words, fuzzy, field, prefix and presence) from bench/queries.ts; hostile set: the same file. Synthetic corpora: bench/synthetic-corpus.ts (seeded).`,
		'',
		...header,
		'',
		...table,
		'',
		`Run took ${((Date.now() - started) / 1000).toFixed(0)} s.`,
		''
	].join('\n');
	// Formatted as `npm run lint` expects the committed file to be.
	writeFileSync(
		OUTPUT,
		await format(report, { ...(await resolveConfig(OUTPUT)), filepath: OUTPUT })
	);
	console.log(`\n${report}`);
	progress(`written to ${OUTPUT}`);
}

await main();
