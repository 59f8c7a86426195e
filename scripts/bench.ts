/**
 * `npm run bench`: one command, one run, three tables in bench/results.md. Starts what `npm start`
 * runs, fetches each measured route from it once, and serves those very bytes from sirv, nginx and
 * bare node:http; then wrk (pinned to its own core) loads every route on the four servers in turn,
 * round after round, and the app's req/s is divided by each yardstick's, per round. Beside that:
 * the CPU of wrk and of the server in each run, first-load JavaScript and CSS, HTML against the
 * claim text it carries, Lighthouse beside a minimal page, memory and start-up. Progress: stderr.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureFirstLoad } from './bench/assets';
import { ensureBuild } from './bench/build';
import { compareInRounds, type RouteKind, type RouteTarget } from './bench/compare';
import { capture, writeCopies, type Capture } from './bench/copies';
import { linkedPairIds, readCorpusFacts, type CorpusFacts } from './bench/corpus';
import { medianRun, runLighthouse } from './bench/lighthouse';
import { describeMachine, uptime } from './bench/machine';
import { memoryOf } from './bench/proc-stats';
import * as proc from './bench/processes';
import { renderResults, renderTable } from './bench/report';
import type { BenchResult, PageRow } from './bench/result';
import { startApp, startNginx, startStatic, type Server } from './bench/servers';

const env = process.env;
const PORT = Number(env.BENCH_PORT ?? 4350); // the app; sirv, nginx and node:http on the next three
const CONNECTIONS = Number(env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(env.BENCH_SECONDS ?? 5);
const WARMUP_SECONDS = Number(env.BENCH_WARMUP_SECONDS ?? 1);
// Rounds, medians reported: one round moves with whatever else the machine does.
const ROUNDS = Number(env.BENCH_RUNS ?? 3);
/** Lighthouse runs per page: its scores move by several points from run to run on a shared machine. */
const LIGHTHOUSE_RUNS = Number(env.BENCH_LIGHTHOUSE_RUNS ?? 3);
/** What every browser sends; the app and the yardsticks then send gzip. */
const HEADERS = { 'accept-encoding': 'gzip' };
/** The query parameter that makes every request of the uncached route a URL never seen. */
const UNIQUE = 'bench';
/** The least page Lighthouse can score: what this machine and Chromium allow any page. */
const FLOOR_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Floor</title><meta name="description" content="A minimal static page: the best score this machine allows."><link rel="icon" href="data:,">
</head><body><main><h1>Floor</h1><p>A minimal static page, for the best score this machine allows.</p></main></body></html>
`;
const TMP = join(process.cwd(), 'bench/tmp');
const COPIES = join(TMP, 'copies');
const RESULTS = 'bench/results.md';

/** How the bench works: the head of the results file. */
const METHOD = 'bench/method.md';

/** Whether adapter-node serves `route` from build/prerendered (a file written at build time). */
function kindOf(route: string, unique?: string): RouteKind {
	if (unique) return 'uncached';
	const [path, query] = route.split('?');
	const base = join('build/prerendered', path === '/' ? 'index' : path);
	const files = [base, `${base}.html`, join(base, 'index.html')];
	const isFile = (f: string) => existsSync(f) && statSync(f).isFile();
	return !query && files.some(isFile) ? 'prerendered' : 'cached';
}

/** The route's answer; a redirect (the compare board's canonical address) is followed once. */
async function captureRoute(app: Server, route: string): Promise<Capture> {
	const first = await capture(app.origin, route, HEADERS);
	if (first.status < 300 || first.status >= 400) return first;
	const next = await fetch(`${app.origin}${route}`, { redirect: 'manual' });
	const location = new URL(next.headers.get('location') ?? route, app.origin);
	return capture(app.origin, `${location.pathname}${location.search}`, HEADERS);
}

async function measurePages(app: Server, pages: [string, PageRow['role']][], facts: CorpusFacts) {
	const rows: PageRow[] = [];
	for (const [route, role] of pages) {
		proc.progress(`first load: ${route}`);
		const firstLoad = await measureFirstLoad(`${app.origin}${route}`);
		const own = /^\/pairs\/([^/?]+)/.exec(route)?.[1];
		const ids = own ? [own] : linkedPairIds(firstLoad.body, facts.pairIds);
		const claimBytes = ids.reduce((n, id) => n + (facts.claimBytes.get(id) ?? 0), 0);
		rows.push({ route, role, firstLoad, pairs: ids.length, claimBytes });
	}
	return rows;
}

/** Lighthouse `LIGHTHOUSE_RUNS` times on each page in turn; the median run of each. */
async function measureLighthouse(pages: { url: string; route: string; floor?: boolean }[]) {
	const runs = pages.map(() => [] as Awaited<ReturnType<typeof runLighthouse>>[]);
	const errors: (string | undefined)[] = [];
	for (let round = 1; round <= LIGHTHOUSE_RUNS; round++) {
		for (const [i, page] of pages.entries()) {
			proc.progress(`Lighthouse ${round}/${LIGHTHOUSE_RUNS}: ${page.route}`);
			await runLighthouse(page.url, join(TMP, `lighthouse-${i}-${round}.json`))
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
	const began = performance.now();
	const built = ensureBuild();
	const facts = readCorpusFacts();
	const machine = describeMachine(); // installs wrk first when it is missing
	const loadAtStart = uptime();
	proc.progress('starting the app server');
	const app = await startApp(PORT, join(TMP, 'server.log'));
	proc.progress(
		`app ready in ${Math.round(app.readyMs)} ms (${app.readyUrl}), pid ${app.tracked.pid}`
	);

	// The first request of each route after start is its first render (or file read): timed.
	const home = await captureRoute(app, '/');
	const [a, b, c] = linkedPairIds(home.identity.toString('utf8'), facts.pairIds).concat(
		facts.pairIds
	);
	const pair = `/pairs/${a}`;
	const wanted: [string, string?][] = [
		['/'],
		[pair],
		['/glossary'],
		['/api/pairs.json'],
		[`/compare?ids=${a},${b},${c}`],
		['/balance'],
		['/timeline'],
		[pair, UNIQUE]
	];
	const captures = [home];
	for (const [route] of wanted.slice(1)) captures.push(await captureRoute(app, route));
	const firstRequests = captures.slice(0, -1).map(({ route, ms }) => ({ route, ms }));
	const paths = writeCopies(COPIES, captures);
	writeFileSync(join(COPIES, 'floor.html'), FLOOR_PAGE);
	const sirv = await startStatic('sirv', PORT + 1, COPIES, paths[0], join(TMP, 'sirv.log'));
	const nginx = await startNginx(PORT + 2, COPIES, paths[0], TMP);
	const node = await startStatic('node', PORT + 3, COPIES, paths[0], join(TMP, 'node.log'));

	const targets: RouteTarget[] = captures.map(({ route }, i) => {
		const unique = wanted[i][1];
		const label = unique ? `${route}?${unique}=<n>` : route;
		const copy = (s: Server) => `${s.origin}${paths[i]}`;
		const urls = {
			app: `${app.origin}${route}`,
			sirv: copy(sirv),
			nginx: copy(nginx),
			node: copy(node)
		};
		return { route: label, kind: kindOf(route, unique), urls, unique };
	});
	const pages = await measurePages(
		app,
		[
			['/', 'home'],
			[pair, 'pair'],
			[targets[4].route, undefined],
			['/balance', undefined],
			['/timeline', undefined]
		],
		facts
	);
	const before = memoryOf(app.tracked.pid);
	const loads = await compareInRounds(targets, {
		rounds: ROUNDS,
		seconds: SECONDS,
		warmupSeconds: WARMUP_SECONDS,
		connections: CONNECTIONS,
		headers: HEADERS,
		pids: {
			app: app.tracked.pid,
			sirv: sirv.tracked.pid,
			nginx: nginx.tracked.pid,
			node: node.tracked.pid
		}
	});
	const after = memoryOf(app.tracked.pid);
	// Lighthouse runs with one server besides itself: sirv for the floor page, then the app.
	await Promise.all([proc.stop(nginx.tracked), proc.stop(node.tracked)]);
	const floor = await measureLighthouse([
		{ url: `${sirv.origin}/floor.html`, route: 'a minimal static page, sirv', floor: true }
	]);
	await proc.stop(sirv.tracked);
	const lighthouse = [
		...floor,
		...(await measureLighthouse(
			pages.map(({ route }) => ({ url: `${app.origin}${route}`, route }))
		))
	];
	return {
		machine,
		loads,
		pages,
		lighthouse,
		memory: { before: before.rss, after: after.rss, peak: after.peak },
		start: { ms: app.readyMs, url: new URL(app.readyUrl).pathname, firstRequests },
		notes: [
			`wrk: 1 thread, ${CONNECTIONS} connections, ${SECONDS} s per route and server, ` +
				`${ROUNDS} rounds after ${WARMUP_SECONDS} s of warm-up of each, \`accept-encoding: gzip\`; ` +
				'sent/response is the mean of what wrk read (headers included, gzip when the server compressed).',
			`Pinning: ${proc.pinning}. Each server gets one core, as the app's one Node process uses one (nginx: one worker).`,
			`Load average at the start: \`${loadAtStart}\`; at the end: \`${uptime()}\`. ` +
				`The whole bench took ${Math.round((performance.now() - began) / 60_000)} minutes.`,
			`The app was started as \`npm start\` runs it (package.json), build ${built === 'fresh' ? 'up to date' : 'rebuilt'}; ` +
				'the first request of each route (the start row) is the fetch that made the copies.',
			`Lighthouse: ${LIGHTHOUSE_RUNS} runs per page.`
		]
	};
}

proc.stopAllOnSignals();
try {
	const result = await bench();
	writeFileSync(RESULTS, renderResults(result, readFileSync(METHOD, 'utf8').trim()));
	console.log(renderTable(result));
	proc.progress(`written to ${RESULTS}`);
} catch (error) {
	proc.progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
	process.exitCode = 1;
} finally {
	await proc.stopAll();
}
