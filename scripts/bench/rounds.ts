/**
 * Rounds of load over several targets: every target once per round, interleaved, so that the
 * machine's noise hits all alike; the medians of the rounds are reported.
 */
import { medianFigures, runLoad, type LoadFigures } from './load';
import { cpuSecondsOf } from './proc-stats';
import { progress } from './processes';

export interface Target {
	name: string;
	url: string;
	/** The server's PID, to read the CPU it used. */
	pid: number;
}

export interface RoundOptions {
	rounds: number;
	seconds: number;
	/** A first, unreported run of each target in the first round (JIT, caches). */
	warmupSeconds: number;
	connections: number;
	headers?: Record<string, string>;
}

/** One autocannon run, with the cores the server and autocannon kept busy meanwhile. */
export async function loadOnce(
	target: Target,
	seconds: number,
	options: Pick<RoundOptions, 'connections' | 'headers'>
): Promise<LoadFigures> {
	const serverBefore = cpuSecondsOf(target.pid);
	const ownBefore = process.cpuUsage();
	const started = performance.now();
	const figures = await runLoad(target.url, { ...options, seconds });
	const wall = (performance.now() - started) / 1000;
	const own = process.cpuUsage(ownBefore);
	figures.serverCores = (cpuSecondsOf(target.pid) - serverBefore) / wall;
	figures.generatorCores = (own.user + own.system) / 1e6 / wall;
	return figures;
}

/** The median figures of each target, by target name. */
export async function loadInRounds(targets: Target[], options: RoundOptions) {
	const { rounds, seconds, connections } = options;
	const runs = new Map<string, LoadFigures[]>(targets.map((t) => [t.name, []]));
	for (let round = 1; round <= rounds; round++) {
		for (const target of targets) {
			if (round === 1 && options.warmupSeconds > 0) {
				await loadOnce(target, options.warmupSeconds, options);
			}
			progress(
				`load ${round}/${rounds}: ${target.name} (${seconds} s, ${connections} connections)`
			);
			const f = await loadOnce(target, seconds, options);
			progress(`  ${Math.round(f.rps)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms`);
			runs.get(target.name)?.push(f);
		}
	}
	return new Map([...runs].map(([name, list]) => [name, medianFigures(list)]));
}
