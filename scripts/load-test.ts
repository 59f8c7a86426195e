/**
 * `npm run test:load`: the production server under 100 connections for LOAD_SECONDS (60 by
 * default), rotating through the routes a reader uses and a set of hostile requests. Passes when
 * there are no connection errors, no timeouts and no 5xx, and the server still answers its health
 * check afterwards; prints the counts by status (and by path for anything not 2xx) either way.
 * The health check is also asked every 250 ms during the load (its slowest answer must stay under
 * HEALTH_LIMIT_MS), and after the load LOAD_JUNK (50,000) unique junk URLs are sent and the RSS
 * measured: junk must not grow the cache.
 */
import { join } from 'node:path';
import type autocannon from 'autocannon';
import { ensureBuild } from './bench/build';
import { readCorpusFacts } from './bench/corpus';
import { runLoad, type LoadFigures } from './bench/load';
import { describeStatuses } from './bench/report';
import { uptime } from './bench/machine';
import { HEAD, JUNK_PATHS, hostilePaths, routePaths, UNIQUE } from './bench/paths';
import { memoryOf } from './bench/proc-stats';
import * as proc from './bench/processes';
import { startApp, type Server } from './bench/servers';

const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PORT = Number(process.env.LOAD_PORT ?? 4355);
const CONNECTIONS = 100;
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

/** Requests that rotate through `paths`, tallying each response's status by path. */
function rotatingRequests(paths: string[], tally: Map<string, Map<number, number>>) {
	let serial = 0;
	return paths.map((entry): autocannon.Request => {
		const counts = new Map<number, number>();
		tally.set(entry, counts);
		const head = entry.startsWith(HEAD);
		const path = head ? entry.slice(HEAD.length) : entry;
		const request: autocannon.Request = {
			method: head ? 'HEAD' : 'GET',
			path,
			onResponse: (status) => void counts.set(status, (counts.get(status) ?? 0) + 1)
		};
		// A URL never seen before on every request, so no cache can answer it. (Only set when used:
		// an undefined setupRequest would replace autocannon's default.)
		if (path.includes(UNIQUE)) {
			request.setupRequest = (r) => ({ ...r, path: path.replace(UNIQUE, `${++serial}`) });
		}
		return request;
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

/** Asks for the health check every 250 ms until stopped; the slowest answer, in ms. */
function probeHealth(app: Server) {
	let slowest = 0;
	let failed = 0;
	let running = true;
	const loop = (async () => {
		while (running) {
			const started = performance.now();
			if (!(await isHealthy(app))) failed++;
			slowest = Math.max(slowest, performance.now() - started);
			await new Promise((resolve) => setTimeout(resolve, 250));
		}
	})();
	return async () => {
		running = false;
		await loop;
		return { slowest, failed };
	};
}

/** Visits each route once, one after another, and says how long the slowest first visit took. */
async function warmUp(app: Server, routes: string[]): Promise<void> {
	let slowest = { ms: 0, route: '' };
	for (const route of routes) {
		const started = performance.now();
		await (await fetch(`${app.origin}${route}`)).arrayBuffer();
		const ms = performance.now() - started;
		if (ms > slowest.ms) slowest = { ms, route };
	}
	proc.progress(
		`warmed ${routes.length} routes; slowest first visit ${Math.round(slowest.ms)} ms (${slowest.route})`
	);
}

function printReport(figures: LoadFigures, tally: Map<string, Map<number, number>>, ms: number) {
	const total = Object.values(figures.statuses).reduce((a, b) => a + b, 0);
	console.log(`${total.toLocaleString('en-US')} responses in ${(ms / 1000).toFixed(1)} s`);
	console.log(`by status: ${describeStatuses(figures) || 'none'}`);
	console.log(
		`${Math.round(figures.rps)} req/s, latency p50 ${figures.p50} ms, p99 ${figures.p99} ms, max ${figures.max} ms`
	);
	console.log('paths answered with anything but 2xx:');
	for (const [path, counts] of tally) {
		const other = [...counts].filter(([status]) => status < 200 || status > 299);
		if (other.length)
			console.log(`  ${label(path)}: ${other.map(([s, n]) => `${s} ×${n}`).join(', ')}`);
	}
	const unanswered = [...tally].filter(([, counts]) => counts.size === 0).map(([p]) => label(p));
	if (unanswered.length) console.log(`paths never answered: ${unanswered.join(', ')}`);
}

async function loadTest(): Promise<boolean> {
	ensureBuild();
	const facts = readCorpusFacts();
	const app = await startApp(PORT, join('bench/tmp', 'load-test-server.log'));
	proc.progress(`server ready in ${Math.round(app.readyMs)} ms; ${uptime()}`);
	const routes = routePaths(facts.pairIds, facts.topicIds);
	const paths = [...routes, ...hostilePaths(facts.pairIds[0])];
	if (WARMUP) await warmUp(app, routes);
	const tally = new Map<string, Map<number, number>>();
	const before = memoryOf(app.tracked.pid);
	proc.progress(`${SECONDS} s at ${CONNECTIONS} connections over ${paths.length} paths`);
	const started = performance.now();
	// RSS six times during the load: a plateau is a bounded cache, a steady climb a leak.
	const samples: number[] = [];
	const sampler = setInterval(
		() => samples.push(memoryOf(app.tracked.pid).rss),
		(SECONDS * 1000) / 6
	);
	const stopProbe = probeHealth(app);
	const figures = await runLoad(app.origin, {
		connections: CONNECTIONS,
		seconds: SECONDS,
		timeout: TIMEOUT_S,
		headers: { 'accept-encoding': 'gzip' },
		requests: rotatingRequests(paths, tally)
	});
	const ms = performance.now() - started;
	clearInterval(sampler);
	const health = await stopProbe();
	const after = memoryOf(app.tracked.pid);
	proc.progress(`${JUNK.toLocaleString('en-US')} unique junk URLs`);
	const junkTally = new Map<string, Map<number, number>>();
	const junk = JUNK
		? await runLoad(app.origin, {
				connections: CONNECTIONS,
				seconds: 0,
				amount: JUNK,
				timeout: TIMEOUT_S,
				requests: rotatingRequests(JUNK_PATHS, junkTally)
			})
		: null;
	const afterJunk = memoryOf(app.tracked.pid);
	const healthy = await isHealthy(app);
	printReport(figures, tally, ms);
	console.log(
		`/healthz during the load: slowest ${Math.round(health.slowest)} ms, ${health.failed} not ok`
	);
	if (junk) {
		console.log(
			`after ${JUNK.toLocaleString('en-US')} unique junk URLs (${describeStatuses(junk)}): RSS ` +
				`${mb(after.rss)} → ${mb(afterJunk.rss)} (peak ${mb(afterJunk.peak)})`
		);
	}
	const serverErrors = Object.entries(figures.statuses)
		.filter(([code]) => code.startsWith('5'))
		.reduce((n, [, count]) => n + count, 0);
	console.log(
		`server RSS ${[before.rss, ...samples, after.rss].map(mb).join(' → ')} (peak ${mb(after.peak)}); ` +
			`${new URL(app.readyUrl).pathname} afterwards: ${healthy ? '200' : 'no answer'}; ${uptime()}`
	);
	const failures = [
		figures.errors && `${figures.errors} connection errors`,
		figures.timeouts && `${figures.timeouts} timeouts`,
		serverErrors && `${serverErrors} 5xx responses`,
		health.failed && `${health.failed} health checks not ok during the load`,
		health.slowest > HEALTH_LIMIT_MS &&
			`the health check took ${Math.round(health.slowest)} ms (limit ${HEALTH_LIMIT_MS})`,
		junk && (junk.errors || junk.timeouts) && `${junk.errors + junk.timeouts} junk requests failed`,
		!healthy && 'no health answer after the load'
	].filter(Boolean);
	console.log(failures.length ? `load test FAILED: ${failures.join(', ')}` : 'load test passed');
	return failures.length === 0;
}

proc.stopAllOnSignals();
let passed = false;
try {
	passed = await loadTest();
} catch (error) {
	proc.progress(`failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
	await proc.stopAll();
}
process.exit(passed ? 0 : 1);
