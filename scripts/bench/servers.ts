/**
 * The three servers a bench compares, each on its own port on 127.0.0.1: the app through its real
 * entry (`node scripts/start.js`, a black box here), and sirv and nginx serving a copy of the app's
 * HTML as a file.
 */
import { mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNginx, writeNginxConfig } from './nginx';
import { pinnedToServerCore, spawnTracked, waitForOk, type Tracked } from './processes';

export const HOST = '127.0.0.1';

export interface Server {
	tracked: Tracked;
	origin: string;
	/** Milliseconds from spawn to the first 200. */
	readyMs: number;
	/** The URL whose 200 counted as ready (/healthz, or / when there is none). */
	readyUrl: string;
}

/** Opens a server's log for writing, creating its folder (bench/tmp is not in a fresh clone). */
function openLog(file: string) {
	mkdirSync(dirname(file), { recursive: true });
	return openSync(file, 'w');
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
	const [command, args] = pinnedToServerCore(process.execPath, [...nodeArgs, 'scripts/start.js']);
	const started = performance.now();
	const tracked = spawnTracked('app server', command, args, {
		cwd: root,
		env: { ...process.env, PORT: String(port), HOST, ORIGIN: origin, ...extraEnv },
		stdio: ['ignore', log, log]
	});
	const ready = await waitForOk(tracked, `${origin}/healthz`, started, `${origin}/`).catch(
		(error: Error) => {
			const tail = readFileSync(logFile, 'utf8').trim().split('\n').slice(-20).join('\n');
			throw new Error(`${error.message}\n--- ${logFile} ---\n${tail}`);
		}
	);
	return { tracked, origin, readyMs: ready.ms, readyUrl: ready.url } satisfies Server;
}

/** Starts sirv (the same runtime as the app: Node) on `dir` in a child process. */
export async function startSirv(port: number, dir: string, logFile: string) {
	const origin = `http://${HOST}:${port}`;
	const script = fileURLToPath(new URL('./sirv-server.js', import.meta.url));
	const log = openLog(logFile);
	const [command, args] = pinnedToServerCore(process.execPath, [script, dir, String(port), HOST]);
	const started = performance.now();
	const tracked = spawnTracked('sirv', command, args, { stdio: ['ignore', log, log] });
	const ready = await waitForOk(tracked, `${origin}/`, started);
	return { tracked, origin, readyMs: ready.ms, readyUrl: ready.url } satisfies Server;
}

/** Starts Debian's nginx on `dir` with a config of its own in `tmpDir`, stopped by its master PID. */
export async function startNginx(port: number, dir: string, tmpDir: string) {
	const origin = `http://${HOST}:${port}`;
	const binary = ensureNginx();
	const config = writeNginxConfig({ port, host: HOST, root: dir, tmpDir });
	const log = openLog(join(tmpDir, 'nginx-stderr.log'));
	const [command, args] = pinnedToServerCore(binary, [
		'-e',
		join(tmpDir, 'nginx-error.log'),
		'-p',
		tmpDir,
		'-c',
		config
	]);
	const started = performance.now();
	// `daemon off;` keeps the master in the foreground: the child's PID is the master's.
	const tracked = spawnTracked('nginx', command, args, { stdio: ['ignore', log, log] });
	const ready = await waitForOk(tracked, `${origin}/`, started);
	return { tracked, origin, readyMs: ready.ms, readyUrl: ready.url } satisfies Server;
}
