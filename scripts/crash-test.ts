// `npm run test:crash` (after `npm run build`): 100 connections submit reports, the server is
// killed with SIGKILL mid-stream, restarted on the same data folder, and every report that had
// received its confirmation (a 303 to its tracking address) must be there; the SQLite file must
// pass its integrity check. Exit 1 otherwise.
import Sqlite from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.CRASH_PORT ?? 4390);
const ORIGIN = `http://localhost:${PORT}`;
const CONNECTIONS = 100;
const KILL_AFTER_MS = Number(process.env.CRASH_AFTER_MS ?? 2000);
const dataDir = mkdtempSync(join(tmpdir(), 'ice-crash-'));

function start(): Promise<ChildProcess> {
	const child = spawn(process.execPath, ['build/start.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN,
			DATA_DIR: dataDir,
			REPORT_RATE_LIMIT: '1000000/3600'
		},
		stdio: ['ignore', 'pipe', 'inherit']
	});
	return new Promise((resolve, reject) => {
		child.stdout!.on('data', (d: Buffer) => {
			if (d.toString().includes('listening')) resolve(child);
		});
		child.on('exit', (code) => reject(new Error(`server exited (${code}) before listening`)));
	});
}

/** One POST; resolves with the tracking id on a confirmation, null on anything else. */
function submit(n: number): Promise<string | null> {
	const body = new URLSearchParams({
		target: 'site',
		kind: 'other',
		description: `Crash test report number ${n}, with enough words.`
	}).toString();
	return new Promise((resolve) => {
		const req = request(
			`${ORIGIN}/corrections/new`,
			{
				method: 'POST',
				headers: {
					origin: ORIGIN,
					accept: 'text/html',
					'content-type': 'application/x-www-form-urlencoded',
					'content-length': Buffer.byteLength(body)
				}
			},
			(res) => {
				res.resume();
				const m = /^\/corrections\/([A-Za-z0-9_-]{22})\?sent$/.exec(res.headers.location ?? '');
				resolve(res.statusCode === 303 && m ? m[1] : null);
			}
		);
		req.on('error', () => resolve(null));
		req.end(body);
	});
}

const confirmed: string[] = [];
let server = await start();
// The first report opens and migrates the database: the kill must land on a warm server.
const first = await submit(-1);
if (!first) throw new Error('the warm-up report was not confirmed');
confirmed.push(first);
let killed = false;
setTimeout(() => {
	killed = true;
	server.kill('SIGKILL');
}, KILL_AFTER_MS);
let sent = 0;
await Promise.all(
	Array.from({ length: CONNECTIONS }, async () => {
		while (!killed) {
			const id = await submit(sent++);
			if (id) confirmed.push(id);
		}
	})
);
await new Promise((r) =>
	server.exitCode !== null || server.signalCode ? r(null) : server.on('exit', r)
);

const file = join(dataDir, 'corrections.sqlite');
server = await start();
const missing: string[] = [];
for (const id of confirmed) {
	const status = await new Promise<number>((resolve) =>
		request(`${ORIGIN}/corrections/${id}`, (res) => {
			res.resume();
			resolve(res.statusCode ?? 0);
		})
			.on('error', () => resolve(0))
			.end()
	);
	if (status !== 200) missing.push(id);
}
server.kill('SIGTERM');
const integrity = new Sqlite(file, { readonly: true }).pragma('integrity_check', { simple: true });
rmSync(dataDir, { recursive: true, force: true });

console.log(
	`crash test: ${sent} submissions, ${confirmed.length} confirmed before SIGKILL, ` +
		`${missing.length} missing after restart; integrity_check: ${integrity}`
);
if (confirmed.length === 0 || missing.length > 0 || integrity !== 'ok') process.exit(1);
