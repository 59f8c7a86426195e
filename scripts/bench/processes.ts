/**
 * The child processes a bench starts (the app's server, sirv, nginx, Lighthouse): each is tracked
 * from spawn to exit, so that `stopAll` ends every one of them by its own PID, on success, on an
 * error and on Ctrl-C alike.
 */
import {
	spawn,
	spawnSync,
	type ChildProcess,
	type SpawnOptions,
	type StdioOptions
} from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';

/** How long a server may take to answer its first 200 before the bench gives up. */
const READY_TIMEOUT_MS = 120_000;
const POLL_MS = 20;
/** How long a stopped process may take to exit before it is killed. */
const STOP_GRACE_MS = 15_000;

export interface Tracked {
	name: string;
	child: ChildProcess;
	pid: number;
	/** Set when the process was spawned in its own process group (its children stop with it). */
	group: boolean;
}

const running = new Set<Tracked>();

/** Writes one progress line to stderr (stdout stays for the results). */
export function progress(message: string): void {
	process.stderr.write(`bench: ${message}\n`);
}

const cpuCount = cpus().length;
/** BENCH_PIN=0 leaves every process to the scheduler. */
const canPin =
	process.env.BENCH_PIN !== '0' &&
	cpuCount >= 2 &&
	spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;

const generatorCores = cpuCount === 2 ? '0' : `0-${cpuCount - 2}`;
const pinTo = (cores: string, command: string, args: string[]): [string, string[]] =>
	canPin ? ['taskset', ['-c', cores, command, ...args]] : [command, args];

/**
 * With two or more cores, servers run on the last core and the load generator on the others, so
 * that neither starves the other; `command` is wrapped in `taskset`, which execs it (same PID).
 */
export const pinnedToServerCore = (command: string, args: string[]) =>
	pinTo(String(cpuCount - 1), command, args);
/** The load generator's side: every core but the servers'. */
export const pinnedToGeneratorCore = (command: string, args: string[]) =>
	pinTo(generatorCores, command, args);

/** Where servers and the load generator run, for the results. */
export const pinning = canPin
	? `servers on core ${cpuCount - 1}, the load generator on core${cpuCount > 2 ? 's' : ''} ${generatorCores} (taskset)`
	: 'not pinned (BENCH_PIN=0, one core or no taskset)';

/** Pins this process (the load test's autocannon runs in it) off the servers' core, or frees it. */
export function pinLoadGenerator(pinned: boolean): string {
	if (!canPin) return pinning;
	const list = pinned ? generatorCores : `0-${cpuCount - 1}`;
	spawnSync('taskset', ['-a', '-p', '-c', list, String(process.pid)], { stdio: 'ignore' });
	return pinning;
}

/**
 * `binary`, installing Debian's `pkg` with apt-get first when it is missing and we are root.
 * RUNLEVEL=1 keeps invoke-rc.d from starting a packaged service (nginx on port 80) after install.
 */
export function ensureInstalled(binary: string, pkg: string): string {
	if (existsSync(binary)) return binary;
	if (process.getuid?.() !== 0) throw new Error(`No ${binary}: apt-get install ${pkg}`);
	progress(`${binary} is missing: apt-get install ${pkg}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
	const stdio: StdioOptions = ['ignore', process.stderr, process.stderr];
	for (const args of [
		['update', '-qq'],
		['install', '-y', '-qq', pkg]
	]) {
		const result = spawnSync('apt-get', args, { stdio, env });
		if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed`);
	}
	if (!existsSync(binary)) throw new Error(`apt-get installed ${pkg}, but ${binary} is missing`);
	return binary;
}

/** Spawns a tracked child process. */
export function spawnTracked(
	name: string,
	command: string,
	args: string[],
	options: SpawnOptions = {}
): Tracked {
	const child = spawn(command, args, { stdio: 'ignore', ...options });
	if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
	const tracked: Tracked = { name, child, pid: child.pid, group: Boolean(options.detached) };
	running.add(tracked);
	child.once('exit', () => running.delete(tracked));
	return tracked;
}

/** Stops one tracked process: SIGTERM, then SIGKILL if it has not exited in time. */
export async function stop(tracked: Tracked): Promise<void> {
	if (!running.has(tracked)) return;
	const exited = new Promise<void>((resolve) => tracked.child.once('exit', () => resolve()));
	const target = tracked.group ? -tracked.pid : tracked.pid;
	const send = (signal: NodeJS.Signals) => {
		try {
			process.kill(target, signal);
		} catch {
			// Already gone.
		}
	};
	send('SIGTERM');
	const timer = setTimeout(() => send('SIGKILL'), STOP_GRACE_MS);
	await exited;
	clearTimeout(timer);
}

/** Stops every process still running, newest first. */
export async function stopAll(): Promise<void> {
	for (const tracked of [...running].reverse()) {
		progress(`stopping ${tracked.name} (pid ${tracked.pid})`);
		await stop(tracked);
	}
}

/** On Ctrl-C or SIGTERM: stop every child, then exit 130. */
export function stopAllOnSignals(): void {
	const onSignal = (signal: NodeJS.Signals) => {
		progress(`${signal}: stopping everything it started`);
		void stopAll().finally(() => process.exit(130));
	};
	process.once('SIGINT', onSignal);
	process.once('SIGTERM', onSignal);
}

/** Polls `url` until it answers 200; returns the milliseconds since `since` and the URL. */
export async function waitForOk(
	tracked: Tracked,
	url: string,
	since: number
): Promise<{ ms: number; url: string }> {
	while (performance.now() - since < READY_TIMEOUT_MS) {
		if (!running.has(tracked)) throw new Error(`${tracked.name} exited before answering ${url}`);
		try {
			const response = await fetch(url);
			await response.arrayBuffer();
			if (response.status === 200) return { ms: performance.now() - since, url };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
	throw new Error(`${tracked.name} did not answer 200 at ${url} within ${READY_TIMEOUT_MS} ms`);
}
