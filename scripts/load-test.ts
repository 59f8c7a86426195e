/**
 * `npm run test:load`: the production server under 100 connections for LOAD_SECONDS (60 by
 * default), rotating through the routes a reader uses and a set of hostile requests. Passes when
 * there are no connection errors, no timeouts and no 5xx, and the server still answers its health
 * check afterwards; prints the counts by status (and by path for anything not 2xx) either way.
 * Beside the load, two more processes (scripts/bench/side-client.js, so that their timings are not
 * autocannon's busy event loop) ask the health check every 250 ms (its slowest answer must stay
 * under HEALTH_LIMIT_MS) and send a HEAD flood over 10 more connections; and after the load LOAD_JUNK (50,000) unique junk URLs are sent and the RSS
 * measured: junk must not grow the cache.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type autocannon from 'autocannon';
import { ensureBuild } from './bench/build';
import { readCorpusFacts } from './bench/corpus';
import { runLoad, type LoadFigures } from './bench/load';
import { describeStatuses } from './bench/report';
import { uptime } from './bench/machine';
import {
	HEAD,
	JUNK_PATHS,
	POST,
	hostilePaths,
	reportBody,
	routePaths,
	UNIQUE
} from './bench/paths';
import { memoryOf } from './bench/proc-stats';
import * as proc from './bench/processes';
import { startApp, type Server } from './bench/servers';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PORT = Number(process.env.LOAD_PORT ?? 4355);
const CONNECTIONS = 100;
/** Connections of the HEAD flood, sent from another process beside the load. */
const HEAD_CONNECTIONS = 10;
/** Documentation addresses (RFC 5737) of the two hostile clients. */
const HOSTILE_ADDRESS = '203.0.113.66';
const HEAD_ADDRESS = '203.0.113.67';
/** LOAD_WARMUP=1 visits each route once before the load: the steady state, without the cold start. */
const WARMUP = process.env.LOAD_WARMUP === '1';
/** Seconds after which autocannon counts a request as timed out. */
const TIMEOUT_S = 10;
const HEALTH_TIMEOUT_MS = 5000;
/** The slowest health answer allowed during the load (ms). */
const HEALTH_LIMIT_MS = Number(process.env.HEALTH_LIMIT_MS ?? 100);
/** Unique junk URLs sent after the load, before the last RSS reading. */
const JUNK = Number(process.env.LOAD_JUNK ?? 50_000);

const label = (path: string) =>
	path.length > 70 ? `${path.slice(0, 60)}… (${path.length} chars)` : path;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

let junkSerial = 0;
/**
 * Junk comes from a new address each time (a crowd, not one client the render budget would stop
 * after its burst), so that it is rendered and offered to the cache: what the RSS bound is about.
 */
const junkAddress = () => {
	const n = ++junkSerial;
	return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
};

/** What each path got: responses by status, and its slowest answer (ms). */
type Tally = Map<string, { statuses: Map<number, number>; slowest: number }>;

/**
 * One request whose path rotates through `paths` across all connections (autocannon walks a list
 * of requests from the start on each connection, so with 100 connections and a short run the end
 * of a long list was never sent), tallying each response's status and latency by path.
 */
function rotatingRequests(
	paths: string[],
	tally: Tally,
	addressOf: (path: string) => string,
	report = { origin: '', target: '' }
): autocannon.Request[] {
	for (const path of paths) tally.set(path, { statuses: new Map(), slowest: 0 });
	let next = 0;
	let serial = 0;
	type Context = { path?: string; started?: number };
	return [
		{
			method: 'GET',
			path: paths[0],
			setupRequest: (request, context: Context) => {
				const path = paths[next++ % paths.length];
				context.path = path;
				context.started = performance.now();
				// A URL never seen before on every request, so no cache can answer it.
				const headers = { ...request.headers, 'x-forwarded-for': addressOf(path) };
				if (path.startsWith(POST)) {
					// A reader's report, sent as the form sends it (same origin, urlencoded).
					return {
						...request,
						method: 'POST',
						path: path.slice(POST.length),
						headers: {
							...headers,
							origin: report.origin,
							accept: 'text/html',
							'content-type': 'application/x-www-form-urlencoded'
						},
						body: reportBody(report.target, ++serial)
					};
				}
				return {
					...request,
					method: 'GET',
					path: path.replace(UNIQUE, `${++serial}`),
					headers
				};
			},
			onResponse: (status, _body, context: Context) => {
				const entry = tally.get(context.path!)!;
				entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
				entry.slowest = Math.max(entry.slowest, performance.now() - context.started!);
			}
		}
	];
}

/** Runs scripts/bench/side-client.js beside the load and returns what it printed (JSON). */
function sideClient<T>(args: string[]): Promise<T> {
	const script = fileURLToPath(new URL('./bench/side-client.js', import.meta.url));
	return new Promise((resolve, reject) => {
		execFile(process.execPath, [script, ...args], (error, stdout) =>
			error ? reject(error) : resolve(JSON.parse(stdout) as T)
		);
	});
}

/** Whether the server answers its health check (or `/` without one) with 200 in time. */
async function isHealthy(app: Server): Promise<boolean> {
	try {
		const signal = AbortSignal.timeout(HEALTH_TIMEOUT_MS);
		const response = await fetch(app.readyUrl, { signal });
		await response.arrayBuffer();
		return response.status === 200;
	} catch {
		return false;
	}
}

/** Visits each route once, one after another, and says how long the slowest first visit took. */
async function warmUp(app: Server, routes: string[]): Promise<void> {
	let slowest = { ms: 0, route: '' };
	// The GETs a reader sends (not the reports POSTed, nor the paths made unique per request).
	const visits = routes.filter((r) => !r.startsWith(POST) && !r.includes(UNIQUE));
	for (const route of visits) {
		const started = performance.now();
		await (await fetch(`${app.origin}${route}`)).arrayBuffer();
		const ms = performance.now() - started;
		if (ms > slowest.ms) slowest = { ms, route };
	}
	proc.progress(
		`warmed ${visits.length} routes; slowest first visit ${Math.round(slowest.ms)} ms (${slowest.route})`
	);
}

interface HeadFigures {
	statuses: Record<string, number>;
	errors: number;
	timeouts: number;
}

function printReport(figures: LoadFigures, tally: Tally, heads: HeadFigures, ms: number) {
	const total = Object.values(figures.statuses).reduce((a, b) => a + b, 0);
	console.log(`${total.toLocaleString('en-US')} responses in ${(ms / 1000).toFixed(1)} s`);
	console.log(`by status: ${describeStatuses(figures) || 'none'}`);
	console.log(
		`${Math.round(figures.rps)} req/s, latency p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms`
	);
	console.log('paths answered with anything but 2xx:');
	for (const [path, { statuses }] of tally) {
		const other = [...statuses].filter(([status]) => status < 200 || status > 299);
		if (other.length)
			console.log(`  ${label(path)}: ${other.map(([s, n]) => `${s} ×${n}`).join(', ')}`);
	}
	const unanswered = [...tally].filter(([, t]) => t.statuses.size === 0).map(([p]) => label(p));
	if (unanswered.length) console.log(`paths never answered: ${unanswered.join(', ')}`);
	const slowest = [...tally].sort(([, a], [, b]) => b.slowest - a.slowest).slice(0, 5);
	console.log(
		`slowest paths: ${slowest.map(([p, t]) => `${label(p)} ${Math.round(t.slowest)} ms`).join('; ')}`
	);
	const headCount = Object.values(heads.statuses).reduce((a, b) => a + b, 0);
	console.log(
		`HEAD flood beside it: ${headCount.toLocaleString('en-US')} responses (${
			Object.entries(heads.statuses)
				.map(([s, n]) => `${s} ×${n}`)
				.join(', ') || 'none'
		}), ${heads.errors} errors, ${heads.timeouts} timeouts`
	);
}

async function loadTest(): Promise<boolean> {
	ensureBuild();
	const facts = readCorpusFacts();
	// As behind a proxy: the client's address comes from X-Forwarded-For, so that the readers and the
	// hostile client are told apart (and the render budget applies to each) as in production.
	// Reports go to a database of their own, removed afterwards.
	const dataDir = mkdtempSync(join(tmpdir(), 'load-test-data-'));
	cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
	const app = await startApp(PORT, join('bench/tmp', 'load-test-server.log'), process.cwd(), {
		ADDRESS_HEADER: 'x-forwarded-for',
		DATA_DIR: dataDir
	});
	proc.progress(`server ready in ${Math.round(app.readyMs)} ms; ${uptime()}`);
	// The generator, and the side clients it starts, off the server's core: otherwise they take
	// turns on it and a slow /healthz says more about them than about the server.
	proc.progress(proc.pinLoadGenerator(true));
	const routes = routePaths(facts.pairIds, facts.topicIds);
	const hostilePathList = hostilePaths(facts.pairIds[0]);
	const all = [...routes, ...hostilePathList];
	const paths = all.filter((p) => !p.startsWith(HEAD));
	const heads = all.filter((p) => p.startsWith(HEAD)).map((p) => p.slice(HEAD.length));
	// Readers: each request from one of a hundred addresses. The hostile requests: one client each
	// for the GETs and the HEAD flood.
	const hostile = new Set(hostilePathList);
	let reader = 0;
	const addressOf = (path: string) =>
		hostile.has(path) ? HOSTILE_ADDRESS : `198.51.100.${(reader++ % 100) + 1}`;
	if (WARMUP) await warmUp(app, routes);
	const tally: Tally = new Map();
	const before = memoryOf(app.tracked.pid);
	proc.progress(
		`${SECONDS} s at ${CONNECTIONS} connections over ${paths.length} paths, ` +
			`and ${HEAD_CONNECTIONS} more sending HEAD for ${heads.length}`
	);
	const started = performance.now();
	// RSS six times during the load: a plateau is a bounded cache, a steady climb a leak.
	const samples: number[] = [];
	const sampler = setInterval(
		() => samples.push(memoryOf(app.tracked.pid).rss),
		(SECONDS * 1000) / 6
	);
	const side = String(SECONDS);
	const probing = sideClient<{ count: number; slowest: number; failed: number; loopMax: number }>([
		'health',
		app.origin,
		side
	]);
	const flooding = sideClient<HeadFigures>([
		'head',
		app.origin,
		side,
		String(HEAD_CONNECTIONS),
		HEAD_ADDRESS,
		...heads
	]);
	const figures = await runLoad(app.origin, {
		connections: CONNECTIONS,
		seconds: SECONDS,
		timeout: TIMEOUT_S,
		headers: { 'accept-encoding': 'gzip' },
		requests: rotatingRequests(paths, tally, addressOf, {
			origin: app.origin,
			target: `${facts.pairIds[0]}-C`
		})
	});
	const ms = performance.now() - started;
	clearInterval(sampler);
	const [health, headFigures] = await Promise.all([probing, flooding]);
	const after = memoryOf(app.tracked.pid);
	proc.progress(`${JUNK.toLocaleString('en-US')} unique junk URLs`);
	const junk = JUNK
		? await runLoad(app.origin, {
				connections: CONNECTIONS,
				seconds: 0,
				amount: JUNK,
				timeout: TIMEOUT_S,
				requests: rotatingRequests(JUNK_PATHS, new Map(), junkAddress)
			})
		: null;
	const afterJunk = memoryOf(app.tracked.pid);
	const healthy = await isHealthy(app);
	printReport(figures, tally, headFigures, ms);
	console.log(
		`/healthz during the load (asked ${health.count} times from another process): ` +
			`slowest ${health.slowest} ms, ${health.failed} not ok; the server's own event-loop delay ` +
			`at most ${health.loopMax} ms`
	);
	if (junk) {
		console.log(
			`after ${JUNK.toLocaleString('en-US')} unique junk URLs (${describeStatuses(junk)}): RSS ` +
				`${mb(after.rss)} → ${mb(afterJunk.rss)} (peak ${mb(afterJunk.peak)})`
		);
	}
	const serverErrors = (statuses: Record<string, number>) =>
		Object.entries(statuses)
			.filter(([code]) => code.startsWith('5'))
			.reduce((n, [, count]) => n + count, 0);
	const fiveHundreds = serverErrors(figures.statuses) + serverErrors(headFigures.statuses);
	console.log(
		`server RSS ${[before.rss, ...samples, after.rss].map(mb).join(' → ')} (peak ${mb(after.peak)}); ` +
			`${new URL(app.readyUrl).pathname} afterwards: ${healthy ? '200' : 'no answer'}; ${uptime()}`
	);
	const unanswered = [...tally].filter(([, t]) => t.statuses.size === 0).length;
	const failures = [
		figures.errors && `${figures.errors} connection errors`,
		figures.timeouts && `${figures.timeouts} timeouts`,
		(headFigures.errors || headFigures.timeouts) &&
			`${headFigures.errors + headFigures.timeouts} HEAD requests failed`,
		fiveHundreds && `${fiveHundreds} 5xx responses`,
		unanswered && `${unanswered} paths never answered`,
		health.failed && `${health.failed} health checks not ok during the load`,
		health.slowest > HEALTH_LIMIT_MS &&
			`the health check took ${health.slowest} ms (limit ${HEALTH_LIMIT_MS})`,
		junk && (junk.errors || junk.timeouts) && `${junk.errors + junk.timeouts} junk requests failed`,
		!healthy && 'no health answer after the load'
	].filter(Boolean);
	console.log(failures.length ? `load test FAILED: ${failures.join(', ')}` : 'load test passed');
	return failures.length === 0;
}

/** What to undo once the server has stopped. */
const cleanups: (() => void)[] = [];

proc.stopAllOnSignals();
let passed = false;
try {
	passed = await loadTest();
} catch (error) {
	proc.progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	await proc.stopAll();
	for (const cleanup of cleanups) cleanup();
}
process.exit(passed ? 0 : 1);
