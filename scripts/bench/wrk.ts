/**
 * Load with Debian's wrk (C, one thread on a core of its own: far faster than any server here, so
 * it is not the limit; the CPU it used is measured to show it), reduced to the figures the bench
 * reports. wrk's figures come out of scripts/bench/wrk.lua as one JSON line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { childrenCpuSeconds, cpuSecondsOf } from './proc-stats';
import { ensureInstalled, pinnedToGeneratorCore } from './processes';

const WRK = '/usr/bin/wrk';
const SCRIPT = fileURLToPath(new URL('./wrk.lua', import.meta.url));

export interface WrkOptions {
	connections: number;
	seconds: number;
	headers: Record<string, string>;
	/** A query parameter given a new value on every request (a URL no cache has seen). */
	unique?: string;
	/** The server's PID, to read the CPU it used during the run. */
	serverPid: number;
}

export interface WrkFigures {
	requests: number;
	rps: number;
	/** Latency percentiles and maximum, ms. */
	p50: number;
	p99: number;
	max: number;
	/** Mean bytes per response, headers included, as sent (compressed when compressed). */
	bytesPerResponse: number;
	/** Responses that were not 2xx or 3xx. */
	non2xx: number;
	/** Connect, read and write errors, and timeouts. */
	errors: number;
	/** Cores kept busy during the run (CPU seconds / wall seconds): wrk's and the server's. */
	generatorCores: number;
	serverCores: number;
	/** Server CPU time per response, µs. */
	serverUsPerRequest: number;
}

/** The figures from wrk.lua's JSON line (the last line of wrk's output) and the CPU measured. */
export function readWrkOutput(
	stdout: string,
	cpu: { wallSeconds: number; generatorSeconds: number; serverSeconds: number }
): WrkFigures {
	const line = stdout.trim().split('\n').pop() ?? '';
	if (!line.startsWith('{')) throw new Error(`wrk printed no figures: ${stdout.slice(-300)}`);
	const w = JSON.parse(line) as Record<string, number>; // the names wrk.lua writes
	const responses = w.requests || 1;
	return {
		requests: w.requests,
		rps: w.requests / (w.durationUs / 1e6),
		p50: w.p50Us / 1000,
		p99: w.p99Us / 1000,
		max: w.maxUs / 1000,
		bytesPerResponse: w.bytes / responses,
		non2xx: w.non2xx,
		errors: w.connect + w.read + w.write + w.timeouts,
		generatorCores: cpu.generatorSeconds / cpu.wallSeconds,
		serverCores: cpu.serverSeconds / cpu.wallSeconds,
		serverUsPerRequest: (cpu.serverSeconds / responses) * 1e6
	};
}

/** One wrk run (one thread, on the generator's core) against `url`. */
export async function runWrk(url: string, options: WrkOptions): Promise<WrkFigures> {
	const args = ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--timeout', '10s'];
	for (const [name, value] of Object.entries(options.headers)) args.push('-H', `${name}: ${value}`);
	const [command, pinned] = pinnedToGeneratorCore(WRK, [...args, '-s', SCRIPT, url]);
	const env = { ...process.env, ...(options.unique ? { WRK_UNIQUE: options.unique } : {}) };
	const serverBefore = cpuSecondsOf(options.serverPid);
	// wrk is this process's child: once reaped, its CPU time is in our children's total.
	const generatorBefore = childrenCpuSeconds();
	const started = performance.now();
	const child = spawn(command, pinned, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
	const wallSeconds = (performance.now() - started) / 1000;
	const serverSeconds = cpuSecondsOf(options.serverPid) - serverBefore;
	if (code !== 0) throw new Error(`wrk exited ${code}: ${stderr.trim().slice(-300)}`);
	const generatorSeconds = childrenCpuSeconds() - generatorBefore;
	return readWrkOutput(stdout, { wallSeconds, generatorSeconds, serverSeconds });
}

/** wrk's version (installing Debian's package first when it is missing and we are root). */
export function wrkVersion(): string {
	const version = spawnSync(ensureInstalled(WRK, 'wrk'), ['-v'], { encoding: 'utf8' });
	return /wrk (?:debian\/)?(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? '?';
}
