/**
 * Rounds of load over every route, each route served by the app and by the yardsticks answering
 * that route's own bytes, back to back, so that a round's ratios are taken minutes apart at most
 * and the machine's noise hits both sides of each alike. Ratios are computed per round, then their
 * median is taken (not the ratio of medians).
 */
import { progress } from './processes';
import { runWrk, type WrkFigures, type WrkOptions } from './wrk';

export const SERVERS = ['app', 'sirv', 'nginx', 'node'] as const;
export type ServerName = (typeof SERVERS)[number];
/** The yardsticks the app is divided by. */
export const YARDSTICKS = ['sirv', 'nginx', 'node'] as const;
export type Yardstick = (typeof YARDSTICKS)[number];

export type RouteKind = 'prerendered' | 'cached' | 'uncached';

export interface RouteTarget {
	route: string;
	kind: RouteKind;
	/** Each server's URL for this route: the app's own path, the yardsticks' copy of it. */
	urls: Record<ServerName, string>;
	/** Set for an uncached route: the query parameter wrk gives a new value on each request. */
	unique?: string;
}

export interface RouteRuns {
	route: string;
	kind: RouteKind;
	/** One run per round, by server. */
	runs: Record<ServerName, WrkFigures[]>;
}

export interface RouteSummary {
	route: string;
	kind: RouteKind;
	/** The median of each figure over the rounds, by server (error counts summed). */
	median: Record<ServerName, WrkFigures>;
	/** app ÷ yardstick in req/s, one per round, and their median. */
	ratios: Record<Yardstick, Ratio>;
	/** The same in requests per CPU second of the server. */
	cpuRatios: Record<Yardstick, Ratio>;
}

export interface RoundOptions extends Pick<WrkOptions, 'connections' | 'seconds' | 'headers'> {
	rounds: number;
	/** A first, unreported run of each route on each server (JIT, caches). */
	warmupSeconds: number;
	pids: Record<ServerName, number>;
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const SUMMED = new Set<keyof WrkFigures>(['non2xx', 'errors']);

/** Field-by-field medians of several runs; error counts summed over them. */
export function medianOfRuns(runs: WrkFigures[]): WrkFigures {
	const keys = Object.keys(runs[0]) as (keyof WrkFigures)[];
	const values = (key: keyof WrkFigures) => runs.map((r) => r[key]);
	return Object.fromEntries(
		keys.map((key) => [
			key,
			SUMMED.has(key) ? values(key).reduce((a, b) => a + b, 0) : median(values(key))
		])
	) as unknown as WrkFigures;
}

type Ratio = { rounds: number[]; median: number };

/**
 * Medians and per-round ratios of one route's runs: app ÷ yardstick in req/s, and in requests per
 * CPU second (yardstick's CPU per request ÷ the app's), which the machine's other work moves less.
 */
export function summarise({ route, kind, runs }: RouteRuns): RouteSummary {
	const ratio = (name: Yardstick, of: (app: WrkFigures, other: WrkFigures) => number): Ratio => {
		const rounds = runs.app.map((app, i) => of(app, runs[name][i]));
		return { rounds, median: median(rounds) };
	};
	const each = <T>(f: (name: Yardstick) => T) =>
		Object.fromEntries(YARDSTICKS.map((s) => [s, f(s)])) as Record<Yardstick, T>;
	return {
		route,
		kind,
		median: Object.fromEntries(SERVERS.map((s) => [s, medianOfRuns(runs[s])])) as Record<
			ServerName,
			WrkFigures
		>,
		ratios: each((s) => ratio(s, (app, other) => app.rps / other.rps)),
		cpuRatios: each((s) =>
			ratio(s, (app, other) => other.serverUsPerRequest / app.serverUsPerRequest)
		)
	};
}

/** Every route on every server once per round; the servers' order turns from round to round. */
export async function compareInRounds(
	targets: RouteTarget[],
	options: RoundOptions
): Promise<RouteSummary[]> {
	const { rounds, seconds, connections } = options;
	const run = (target: RouteTarget, server: ServerName, time: number) =>
		runWrk(target.urls[server], {
			...options,
			seconds: time,
			unique: target.unique,
			serverPid: options.pids[server]
		});
	const results: RouteRuns[] = targets.map(({ route, kind }) => ({
		route,
		kind,
		runs: { app: [], sirv: [], nginx: [], node: [] }
	}));
	if (options.warmupSeconds > 0) {
		progress(`warm-up: ${options.warmupSeconds} s of each route on each server`);
		for (const target of targets) {
			for (const server of SERVERS) await run(target, server, options.warmupSeconds);
		}
	}
	for (let round = 0; round < rounds; round++) {
		const order = [
			...SERVERS.slice(round % SERVERS.length),
			...SERVERS.slice(0, round % SERVERS.length)
		];
		for (const [i, target] of targets.entries()) {
			for (const server of order) {
				const f = await run(target, server, seconds);
				results[i].runs[server].push(f);
				progress(
					`load ${round + 1}/${rounds} ${target.route} ${server} (${seconds} s, ${connections} ` +
						`connections): ${Math.round(f.rps)} req/s, wrk ${f.generatorCores.toFixed(2)} ` +
						`core, server ${f.serverCores.toFixed(2)} core, ${Math.round(f.serverUsPerRequest)} µs/request`
				);
			}
		}
	}
	return results.map(summarise);
}
