/**
 * `npm run bench`: one command, one run, one table. Builds if needed, starts the production server
 * (`node scripts/start.js`, as `npm start` does) and two static-file servers holding a copy of the
 * server's `/` (sirv and nginx), then measures side by side: requests/s and latency under load,
 * first-load JavaScript and CSS, HTML against the claim text it carries, Lighthouse, memory and
 * start-up time. Prints the table and writes it to bench/results.md. Progress goes to stderr.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureFirstLoad } from './bench/assets';
import { ensureBuild } from './bench/build';
import { linkedPairIds, readCorpusFacts, type CorpusFacts } from './bench/corpus';
import { medianRun, runLighthouse } from './bench/lighthouse';
import type { LoadFigures } from './bench/load';
import { describeMachine, uptime } from './bench/machine';
import { memoryOf } from './bench/proc-stats';
import * as proc from './bench/processes';
import { renderResults, renderTable } from './bench/report';
import type { BenchResult, RouteKind } from './bench/result';
import { loadInRounds } from './bench/rounds';
import { startApp, startNginx, startSirv, type Server } from './bench/servers';

const env = process.env;
const PORT = Number(env.BENCH_PORT ?? 4350); // the app; sirv and nginx on the next two
const CONNECTIONS = 50;
const SECONDS = Number(env.BENCH_SECONDS ?? 10);
const WARMUP_SECONDS = 2;
// Three interleaved rounds, medians reported: one round moves with whatever else the machine does.
const RUNS = Number(env.BENCH_RUNS ?? 3);
/** Lighthouse runs per page: its scores move by several points from run to run on a shared machine. */
const LIGHTHOUSE_RUNS = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** The least page Lighthouse can score: what this machine and Chromium allow any page. */
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor</title><meta name="description" content="A minimal static page: the best score this machine allows."><link rel="icon" href="data:,">
</head><body><main><h1>Floor</h1><p>A minimal static page, for the best score this machine allows.</p></main></body></html>
`;
/** What every browser sends; the static copies have a .gz twin, as the app's build does. */
const ACCEPT_ENCODING = env.BENCH_ACCEPT_ENCODING ?? 'gzip';
const SEARCH_ROUTE = '/?q=detention&topic=detention';
const TMP = 'bench/tmp';
const RESULTS = 'bench/results.md';

/** Whether adapter-node serves `route` from build/prerendered (a file written at build time). */
function kindOf(route: string): RouteKind {
	const [path, query] = route.split('?');
	const base = join('build/prerendered', path === '/' ? 'index' : path);
	const files = [base, `${base}.html`, join(base, 'index.html')];
	const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
	return !query && files.some(isFile) ? 'prerendered' : 'rendered';
}

/** Writes the app's `/` (and its gzip twin) where sirv and nginx serve it. */
async function copyHome(app: Server): Promise<{ html: string; ms: number }> {
	const dir = join(process.cwd(), TMP, 'static');
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const started = performance.now();
	const html = Buffer.from(await (await fetch(`${app.origin}/`)).arrayBuffer());
	const ms = performance.now() - started;
	writeFileSync(join(dir, 'index.html'), html);
	writeFileSync(join(dir, 'floor.html'), FLOOR_PAGE);
	writeFileSync(join(dir, 'index.html.gz'), gzipSync(html, { level: 9 }));
	return { html: html.toString('utf8'), ms };
}

async function measurePages(app: Server, routes: string[], facts: CorpusFacts) {
	const pages: BenchResult['pages'] = [];
	for (const route of routes) {
		proc.progress(`first load: ${route}`);
		const firstLoad = await measureFirstLoad(`${app.origin}${route}`);
		const own = /^\/pairs\/([^/?]+)/.exec(route)?.[1];
		const ids = own ? [own] : linkedPairIds(firstLoad.body, facts.pairIds);
		const claimBytes = ids.reduce((n, id) => n + (facts.claimBytes.get(id) ?? 0), 0);
		pages.push({ route, firstLoad, pairs: ids.length, claimBytes });
	}
	return pages;
}

/** Lighthouse `LIGHTHOUSE_RUNS` times on each page in turn; the median run of each. */
async function measureLighthouse(pages: { url: string; route: string; floor?: boolean }[]) {
	const runs = pages.map(() => [] as Awaited<ReturnType<typeof runLighthouse>>[]);
	const errors: (string | undefined)[] = [];
	for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
		for (const [i, page] of pages.entries()) {
			proc.progress(`Lighthouse ${round}/${LIGHTHOUSE_RUNS}: ${page.route}`);
			const file = join(TMP, `lighthouse-${i}-${round}.json`);
			await runLighthouse(page.url, file)
				.then((r) => runs[i].push(r))
				.catch((e: Error) => (errors[i] = e.message));
		}
	}
	return pages.map(({ route, floor }, i): BenchResult['lighthouse'][number] => ({
		route,
		floor,
		result: runs[i].length ? medianRun(runs[i]) : { error: errors[i] ?? 'no run' }
	}));
}

async function bench(): Promise<BenchResult> {
	mkdirSync(TMP, { recursive: true });
	const built = ensureBuild();
	const facts = readCorpusFacts();
	const loadAtStart = uptime();
	proc.progress('starting the app server');
	const app = await startApp(PORT, join(TMP, 'server.log'));
	proc.progress(
		`app ready in ${Math.round(app.readyMs)} ms (${app.readyUrl}), pid ${app.tracked.pid}`
	);
	const home = await copyHome(app);
	proc.progress(`first / took ${Math.round(home.ms)} ms`);
	const staticDir = join(process.cwd(), TMP, 'static');
	const sirv = await startSirv(PORT + 1, staticDir, join(TMP, 'sirv.log'));
	const nginx = await startNginx(PORT + 2, staticDir, join(process.cwd(), TMP));
	const pairId = linkedPairIds(home.html, facts.pairIds)[0] ?? facts.pairIds[0];
	const pairRoute = `/pairs/${pairId}`;
	const pages = await measurePages(app, ['/', pairRoute, SEARCH_ROUTE], facts);

	const routes = ['/', pairRoute, SEARCH_ROUTE, '/glossary', '/api/pairs.json'];
	const targets = [
		...routes.map((route) => ({ name: route, url: `${app.origin}${route}`, pid: app.tracked.pid })),
		{ name: 'sirv', url: `${sirv.origin}/`, pid: sirv.tracked.pid },
		{ name: 'nginx', url: `${nginx.origin}/`, pid: nginx.tracked.pid }
	];
	const before = memoryOf(app.tracked.pid);
	const pinning = proc.pinLoadGenerator(true);
	const load = await loadInRounds(targets, {
		rounds: RUNS,
		seconds: SECONDS,
		warmupSeconds: WARMUP_SECONDS,
		connections: CONNECTIONS,
		headers: ACCEPT_ENCODING ? { 'accept-encoding': ACCEPT_ENCODING } : undefined
	}).finally(() => proc.pinLoadGenerator(false));
	const after = memoryOf(app.tracked.pid);
	// Lighthouse runs with one server besides itself: sirv for the floor page, then the app.
	await proc.stop(nginx.tracked);
	const floor = await measureLighthouse([
		{ url: `${sirv.origin}/floor.html`, route: 'a minimal static page, sirv', floor: true }
	]);
	await proc.stop(sirv.tracked);
	const lighthouse = [
		...floor,
		...(await measureLighthouse(
			['/', pairRoute].map((route) => ({ url: `${app.origin}${route}`, route }))
		))
	];
	const figures = (name: string) => load.get(name) as LoadFigures;
	return {
		machine: describeMachine(),
		loads: routes.map((route) => ({ route, kind: kindOf(route), figures: figures(route) })),
		sirv: figures('sirv'),
		nginx: figures('nginx'),
		pages,
		lighthouse,
		memory: { before: before.rss, after: after.rss, peak: after.peak },
		start: { ms: app.readyMs, url: new URL(app.readyUrl).pathname, firstHomeMs: home.ms },
		notes: [
			`Load: autocannon, ${CONNECTIONS} connections × ${SECONDS} s per route after a ${WARMUP_SECONDS} s ` +
				`warm-up, ${RUNS} round(s) interleaved (medians when more than one), ` +
				`\`accept-encoding: ${ACCEPT_ENCODING || 'none'}\`; bytes/response include headers.`,
			`autocannon and the servers share the machine's cores: ${pinning} (taskset). Each server ` +
				`gets one core, as the app's single Node process uses one. Where autocannon's core is busy ` +
				`1.00, the load generator set the pace, not the server: the ratio then says that the ` +
				`server kept up with it, no more.`,
			`Load average at the start: \`${loadAtStart}\`; at the end: \`${uptime()}\`.`,
			`sirv and nginx serve the app's own \`/\` HTML as a file (with a gzip -9 twin); the app ` +
				`was started with \`node scripts/start.js\` (build ${built === 'fresh' ? 'up to date' : 'rebuilt'}).`,
			'First load: the stylesheets, module scripts, module preloads (HTML and `Link` header), the ' +
				'entry `import()`s and their static imports, fetched and gzipped (-9) by the bench; kB = 1000 bytes.',
			'Claim text: the summary and argument (Markdown source) of both claims of each pair the page ' +
				'links to (a pair page: its own pair).',
			`Lighthouse: mobile emulation, simulated throttling (defaults), Debian Chromium headless; ` +
				`${LIGHTHOUSE_RUNS} runs per page, taking turns; the run with the median performance ` +
				'score is shown. The floor is a minimal static page (a heading and a paragraph) served ' +
				'by sirv: the best this machine and Chromium give any page.'
		]
	};
}

proc.stopAllOnSignals();
try {
	const result = await bench();
	const markdown = renderResults(result);
	writeFileSync(RESULTS, markdown);
	console.log(renderTable(result));
	proc.progress(`written to ${RESULTS}`);
} catch (error) {
	proc.progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await proc.stopAll();
}
