/**
 * The servers a bench compares, each on its own port on 127.0.0.1: the app through what `npm start`
 * runs (a black box here), and sirv, nginx and bare node:http serving copies of the app's answers.
 */
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeNginxConfig } from './nginx';
import {
	ensureInstalled,
	pinnedToServerCore,
	spawnTracked,
	waitForOk,
	type Tracked
} from './processes';

export const HOST = '127.0.0.1';

export interface Server {
	tracked: Tracked;
	origin: string;
	/** Milliseconds from spawn to the first 200. */
	readyMs: number;
	/** The URL whose 200 counted as ready (the app's /healthz). */
	readyUrl: string;
}

/** Opens a server's log for writing, creating its folder (bench/tmp is not in a fresh clone). */
function openLog(file: string) {
	mkdirSync(dirname(file), { recursive: true });
	return openSync(file, 'w');
}

/**
 * The node arguments of `npm start` (package.json's `scripts.start`, `node <args>`), so that the
 * bench starts what readers get wherever the entry lives; run without npm, so the PID is the server's.
 */
export function startCommand(root = process.cwd()): string[] {
	const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
		scripts?: { start?: string };
	};
	const [node, ...args] = (pkg.scripts?.start ?? '').trim().split(/\s+/);
	if (node !== 'node' || !args.length) {
		throw new Error(`npm start is not \`node <entry>\` (${pkg.scripts?.start}): cannot run it`);
	}
	return args;
}

/** Starts the production server as `npm start` does, with its output in `logFile`. */
export async function startApp(
	port: number,
	logFile: string,
	root = process.cwd(),
	extraEnv: Record<string, string> = {}
) {
	const origin = `http://${HOST}:${port}`;
	const log = openLog(logFile);
	// APP_NODE_ARGS: flags for the server's node, e.g. "--cpu-prof --cpu-prof-dir=bench/tmp".
	const nodeArgs = (process.env.APP_NODE_ARGS ?? '').split(' ').filter(Boolean);
	const [command, args] = pinnedToServerCore(process.execPath, [
		...nodeArgs,
		...startCommand(root)
	]);
	const started = performance.now();
	const tracked = spawnTracked('app server', command, args, {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST, ORIGIN: origin, ...extraEnv },
		stdio: ['ignore', log, log]
	});
	const ready = await waitForOk(tracked, `${origin}/healthz`, started).catch((error: Error) => {
		const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
		throw new Error(`${error.message}\n--- ${logFile} ---\n${tail}`);
	});
	return { tracked, origin, readyMs: ready.ms, readyUrl: ready.url } satisfies Server;
}

/** Starts sirv, or bare node:http (`kind`), on `dir` in a child process: static-server.js. */
export async function startStatic(
	kind: 'sirv' | 'node',
	port: number,
	dir: string,
	readyPath: string,
	logFile: string
) {
	const script = fileURLToPath(new URL('./static-server.js', import.meta.url));
	const args = [script, kind, dir, String(port), HOST];
	const log = openLog(logFile);
	return startTracked(kind, port, readyPath, pinnedToServerCore(process.execPath, args), log);
}

/** Starts Debian's nginx on `dir` with a config of its own in `tmpDir`, stopped by its master PID. */
export async function startNginx(port: number, dir: string, readyPath: string, tmpDir: string) {
	const binary = ensureInstalled('/usr/sbin/nginx', 'nginx');
	const config = writeNginxConfig({ port, host: HOST, root: dir, tmpDir });
	const args = ['-e', join(tmpDir, 'nginx-error.log'), '-p', tmpDir, '-c', config];
	// `daemon off;` keeps the master in the foreground: the child's PID is the master's.
	const log = openLog(join(tmpDir, 'nginx-stderr.log'));
	return startTracked('nginx', port, readyPath, pinnedToServerCore(binary, args), log);
}

/** Spawns a static server and waits for the 200 of `readyPath` (a copy it serves). */
async function startTracked(
	name: string,
	port: number,
	readyPath: string,
	[command, args]: [string, string[]],
	log: number
) {
	const origin = `http://${HOST}:${port}`;
	const started = performance.now();
	const tracked = spawnTracked(name, command, args, { stdio: ['ignore', log, log] });
	const ready = await waitForOk(tracked, `${origin}${readyPath}`, started);
	return { tracked, origin, readyMs: ready.ms, readyUrl: ready.url } satisfies Server;
}
