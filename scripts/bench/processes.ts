/**
 * The child processes a bench starts (the app's server, sirv, nginx, Lighthouse): each is tracked
 * from spawn to exit, so that `stopAll` ends every one of them by its own PID, on success, on an
 * error and on Ctrl-C alike.
 */
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { cpus } from 'node:os';

/** How long a server may take to answer its first 200 before the bench gives up. */
const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 20;
/** How long a stopped process may take to exit before it is killed. */
const STOP_GRACE_MS = 15_000;

export interface Tracked {
	name: string;
	child: ChildProcess;
	pid: number;
	/** The signal that asks this process to stop cleanly. */
	stopSignal: NodeJS.Signals;
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

/**
 * With two or more cores, servers run on the last core and the load generator on the others, so
 * that neither starves the other; `command` is wrapped in `taskset`, which execs it (same PID).
 */
export function pinnedToServerCore(command: string, args: string[]): [string, string[]] {
	if (!canPin) return [command, args];
	return ['taskset', ['-c', String(cpuCount - 1), command, ...args]];
}

/** Pins this process (autocannon runs in it) to every core but the servers', or frees it again. */
export function pinLoadGenerator(pinned: boolean): string {
	if (!canPin) return 'not pinned (BENCH_PIN=0, one core or no taskset)';
	const last = pinned ? cpuCount - 2 : cpuCount - 1;
	const list = last === 0 ? '0' : `0-${last}`;
	spawnSync('taskset', ['-a', '-p', '-c', list, String(process.pid)], { stdio: 'ignore' });
	return `servers on core ${cpuCount - 1}, autocannon on core${last ? 's' : ''} ${list}`;
}

/** Spawns a tracked child process. */
export function spawnTracked(
	name: string,
	command: string,
	args: string[],
	options: SpawnOptions & { stopSignal?: NodeJS.Signals } = {}
): Tracked {
	const { stopSignal = 'SIGTERM', ...spawnOptions } = options;
	const child = spawn(command, args, { stdio: 'ignore', ...spawnOptions });
	if (child.pid === undefined) throw new Error(`${name}: could not start ${command}`);
	const tracked: Tracked = {
		name,
		child,
		pid: child.pid,
		stopSignal,
		group: Boolean(spawnOptions.detached)
	};
	running.add(tracked);
	child.once('exit', () => running.delete(tracked));
	return tracked;
}

/** Stops one tracked process: its stop signal, then SIGKILL if it has not exited in time. */
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
	send(tracked.stopSignal);
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

/**
 * Polls `url` until it answers 200 (switching to `fallbackUrl` if `url` answers 404); returns the
 * milliseconds since `since` and the URL that answered.
 */
export async function waitForOk(
	tracked: Tracked,
	url: string,
	since: number,
	fallbackUrl?: string
): Promise<{ ms: number; url: string }> {
	let target = url;
	while (performance.now() - since < READY_TIMEOUT_MS) {
		if (!running.has(tracked)) throw new Error(`${tracked.name} exited before answering ${url}`);
		try {
			const response = await fetch(target);
			await response.arrayBuffer();
			if (response.status === 200) return { ms: performance.now() - since, url: target };
			// No health endpoint yet: the first 200 of the home page is the next best signal.
			if (response.status === 404 && fallbackUrl && target !== fallbackUrl) target = fallbackUrl;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, POLL_MS));
	}
	throw new Error(`${tracked.name} did not answer 200 at ${target} within ${READY_TIMEOUT_MS} ms`);
}
