// The production server, and the whole of the artifact's entry: bundled into build/index.js by the
// build (scripts/bundle-server.js, run by the adapter in svelte.config.js), so `node build` and
// `npm start` (build/start.js: the same server with PORT, HOST and ORIGIN defaulted) need nothing
// but build/ and the production dependencies.
//
// This is adapter-node's documented custom server: its handler.js behind a plain http server, so
// that what the handler serves before SvelteKit's hooks (hashed assets, static files, prerendered
// pages) gets the security headers too, and so that /healthz, the timeouts and a graceful
// shutdown live here. The page cache and the readiness checks are the hooks' own (src/hooks.server.ts
// exports `cachedPage` and `readiness`): this server imports that module, the same instance
// SvelteKit runs, so one cache serves both and nothing passes through a global.
import { existsSync, readdirSync } from 'node:fs';
import { createServer, STATUS_CODES } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Admission, admissionLimit, admitResponse } from './admission.js';
import { corsFor } from './cors.js';
import { BASE_HEADERS, fallbackCsp, hstsFor } from './headers.js';

/**
 * What the server needs of the app: adapter-node's handler, and the hooks module SvelteKit loaded
 * (its page cache and its readiness checks).
 * @typedef {{
 *   handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next: () => void) => void,
 *   hooks: {
 *     cachedPage: (url: string, conditions: { acceptEncoding: string | null, ifNoneMatch: string | null }) =>
 *       { status: number, headers: [string, string][], body: Uint8Array } | undefined,
 *     readiness: () => Record<string, boolean> | null
 *   }
 * }} App
 */

/**
 * The paths the handler answers from files (static files, hashed assets, prerendered pages), which
 * accept only GET and HEAD: anything else gets 405 without its body being read.
 * @param {URL} build the build folder
 */
function filePaths(build) {
	/** @type {Set<string>} */
	const paths = new Set();
	/** @param {URL} dir @param {string} prefix */
	const walk = (dir, prefix) => {
		if (!existsSync(dir)) return;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = `${prefix}/${entry.name}`;
			if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir), path);
			else paths.add(path.replace(/(\/index)?\.html$/, '') || '/').add(path);
		}
	};
	walk(new URL('client/', build), '');
	walk(new URL('prerendered/', build), '');
	return paths;
}

/**
 * A request header as one string even when sent twice, or null.
 * @param {import('node:http').IncomingMessage} req
 * @param {string} name
 */
const header = (req, name) => [req.headers[name] ?? ''].flat().join(', ') || null;
/**
 * What a cached answer depends on in the request (see page-cache.ts).
 * @param {import('node:http').IncomingMessage} req
 */
const conditions = (req) => ({
	acceptEncoding: header(req, 'accept-encoding'),
	ifNoneMatch: header(req, 'if-none-match')
});

/** @param {number} ns */
const ms = (ns) => Math.round(ns / 1e6);

/**
 * Starts the server: it listens at once and loads the app meanwhile (/healthz says starting).
 * @param {{ build: URL, loadApp: () => Promise<App>, env?: NodeJS.ProcessEnv }} options
 */
export function serve({ build, loadApp, env = process.env }) {
	const port = Number(env.PORT ?? 3000);
	const host = env.HOST || '0.0.0.0';
	const SHUTDOWN_MS = Number(env.SHUTDOWN_TIMEOUT ?? 10) * 1000;

	/** Headers every answer carries, this one included: the base list, and HSTS when ORIGIN is https. */
	const COMMON = { ...BASE_HEADERS, ...hstsFor(env.ORIGIN) };
	const FILES = filePaths(build);

	// Lifecycle: starting (handler and readiness checks loading) → ready → stopping.
	/** @type {App | null} */
	let app = null;
	let stopping = false;
	const loading = loadApp()
		.then((loaded) => {
			const { cachedPage, readiness } = loaded.hooks;
			if (typeof cachedPage !== 'function' || typeof readiness !== 'function') {
				throw new Error('src/hooks.server.ts exports no cachedPage or readiness');
			}
			app = loaded;
		})
		.catch((error) => {
			console.error(`Not starting: ${error?.message ?? error}`);
			process.exit(1);
		});

	/**
	 * How long the event loop was held, between two health checks: the longest delay and the 99th
	 * percentile (ms). It says whether a slow answer was this server (a long task) or the machine.
	 */
	const loopDelay = monitorEventLoopDelay({ resolution: 10 });
	loopDelay.enable();

	/**
	 * /healthz: 200 only when ready (corpus, search index, citation engine, today's citations
	 * compiled), else 503 and why: starting (the app loading), warming (loaded, a check not yet
	 * true), not ready, stopping.
	 * @param {import('node:http').ServerResponse} res
	 */
	function health(res) {
		const checks = app?.hooks.readiness() ?? null;
		const status = stopping
			? 'stopping'
			: !app
				? 'starting'
				: !checks
					? 'not ready'
					: Object.values(checks).every(Boolean)
						? 'ok'
						: 'warming';
		res.writeHead(status === 'ok' ? 200 : 503, {
			'content-type': 'application/json',
			'cache-control': 'no-store'
		});
		const eventLoopDelay = { max: ms(loopDelay.max), p99: ms(loopDelay.percentile(99)) };
		loopDelay.reset();
		res.end(
			JSON.stringify({ status, checks, uptime: Math.round(process.uptime()), eventLoopDelay })
		);
	}

	/**
	 * Answers a request without reading its body, and closes the connection (the body is not read).
	 * @param {import('node:http').ServerResponse} res
	 * @param {number} status
	 * @param {Record<string, string>} [headers]
	 */
	function refuse(res, status, headers = {}) {
		res.writeHead(status, {
			'content-type': 'text/plain; charset=utf-8',
			connection: 'close',
			...headers
		});
		res.end(`${STATUS_CODES[status]}\n`);
	}

	/** Requests inside the app's handler at once (ADMISSION_LIMIT, default 8). */
	const admission = new Admission(admissionLimit(env));

	/**
	 * Answers not yet sent: told to close their connection when a shutdown begins.
	 * @type {Set<import('node:http').ServerResponse>}
	 */
	const answering = new Set();

	const server = createServer(async (req, res) => {
		answering.add(res);
		res.on('close', () => answering.delete(res));
		const path = (req.url ?? '/').split('?')[0];
		for (const [name, value] of Object.entries(COMMON)) res.setHeader(name, value);
		// SvelteKit replaces this with the page's full policy on the pages it renders.
		res.setHeader('content-security-policy', fallbackCsp(path));
		// Shutting down: this connection closes after this answer (keep-alive or not).
		if (stopping) res.setHeader('connection', 'close');
		// The open data may be read from any origin; a preflight is answered here, before SvelteKit.
		const cors = corsFor(req.method, path);
		if (cors) for (const [name, value] of Object.entries(cors.headers)) res.setHeader(name, value);
		if (cors?.preflight) {
			res.writeHead(204);
			res.end();
			return;
		}
		const read = req.method === 'GET' || req.method === 'HEAD';
		if (!read && (path === '/healthz' || FILES.has(path))) {
			return refuse(res, 405, { allow: 'GET, HEAD' });
		}
		if (path === '/healthz') return health(res);
		// Requests that arrive while the server starts wait for it (the health check says starting).
		if (!app) await loading;
		const { handler, hooks } = /** @type {App} */ (app);
		// A page the app has rendered before: answered from its cache without entering SvelteKit.
		const hit = read && hooks.cachedPage(req.url ?? '/', conditions(req));
		if (hit) {
			for (const [name, value] of hit.headers) res.setHeader(name, value);
			res.writeHead(hit.status);
			res.end(hit.body);
			return;
		}
		// Everything else enters the app a few at a time (http/admission.js).
		admitResponse(admission, res, () =>
			handler(req, res, () => {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
				res.end('Not found');
			})
		);
	});

	// Timeouts, set deliberately (ARCHITECTURE.md): a client has 10 s to send its headers and 30 s
	// for the whole request; an idle keep-alive connection is closed after 5 s (below the 60 s of
	// common proxies, so the server, not the proxy, closes first only when the proxy is idle longer).
	server.headersTimeout = 10_000;
	server.requestTimeout = 30_000;
	server.keepAliveTimeout = 5_000;

	// Node's own answers to malformed requests (400), headers too large (431) or too slow (408)
	// carry the same security headers as every other answer.
	/** @type {Record<string, number>} */
	const CLIENT_ERRORS = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 };
	server.on('clientError', (/** @type {NodeJS.ErrnoException} */ error, socket) => {
		if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
		const status = CLIENT_ERRORS[error.code ?? ''] ?? 400;
		const headers = {
			...COMMON,
			'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
			'content-type': 'text/plain; charset=utf-8',
			connection: 'close'
		};
		const body = `${STATUS_CODES[status]}\n`;
		const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
		socket.end(
			`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('\r\n')}\r\n` +
				`content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
		);
	});

	server.listen(port, host, () => {
		console.log(
			`ICE Debate Explorer on ${env.ORIGIN || `port ${port}`} (listening on ${host}:${port})`
		);
	});

	// Graceful shutdown: /healthz says stopping, the server stops accepting, every answer from now on
	// says `Connection: close` and each connection closes once its answer is sent, in-flight requests
	// finish; then the process exits. Whatever is still open after SHUTDOWN_TIMEOUT seconds is closed.
	/** @param {string} signal */
	function shutdown(signal) {
		if (stopping) return;
		stopping = true;
		console.log(`${signal}: finishing in-flight requests, then stopping`);
		server.close(() => process.exit(0));
		// Answers in flight close their connection once sent (Node ends it after `Connection: close`).
		for (const res of answering) if (!res.headersSent) res.setHeader('connection', 'close');
		// Connections idle now are closed after a moment (requests already on their way are read
		// first), then any that became idle after an answer begun before the signal, every second.
		setTimeout(() => server.closeIdleConnections(), 100).unref();
		setInterval(() => server.closeIdleConnections(), 1000).unref();
		setTimeout(() => {
			console.log(`${signal}: closing connections still open after ${SHUTDOWN_MS / 1000} s`);
			server.closeAllConnections();
			process.exit(0);
		}, SHUTDOWN_MS).unref();
	}
	process.on('SIGTERM', () => shutdown('SIGTERM'));
	process.on('SIGINT', () => shutdown('SIGINT'));
	return server;
}
