// `npm start`: serves the production build on http://localhost:3000 with no environment set.
// PORT, HOST and ORIGIN are honoured when given; adapter-node needs ORIGIN for its origin checks,
// so it defaults to the address the server listens on.
//
// This is adapter-node's documented custom server: its handler.js behind a plain http server, so
// that what the handler serves before SvelteKit's hooks (hashed assets, static files, prerendered
// pages) gets the security headers too, and so that /healthz, the timeouts and a graceful
// shutdown live here.
import { existsSync, readdirSync } from 'node:fs';
import { createServer, STATUS_CODES } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Admission, admissionLimit, admitResponse } from '../src/lib/server/http/admission.js';
import { corsFor } from '../src/lib/server/http/cors.js';
import {
	BASE_HEADERS,
	CACHED_PAGE,
	READINESS,
	fallbackCsp,
	hstsFor
} from '../src/lib/server/http/headers.js';

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
const SHUTDOWN_MS = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;

const BUILD = new URL('../build/', import.meta.url);
if (!existsSync(new URL('handler.js', BUILD))) {
	console.error('No production build in build/: run `npm run build` first.');
	process.exit(1);
}

/** Headers every answer carries, this one included: the base list, and HSTS when ORIGIN is https. */
const COMMON = { ...BASE_HEADERS, ...hstsFor(process.env.ORIGIN) };

/**
 * The paths the handler answers from files (static files, hashed assets, prerendered pages), which
 * accept only GET and HEAD: anything else gets 405 without its body being read.
 */
function filePaths() {
	const paths = new Set();
	const walk = (dir, prefix) => {
		if (!existsSync(dir)) return;
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = `${prefix}/${entry.name}`;
			if (entry.isDirectory()) walk(new URL(`${entry.name}/`, dir), path);
			else paths.add(path.replace(/(\/index)?\.html$/, '') || '/').add(path);
		}
	};
	walk(new URL('client/', BUILD), '');
	walk(new URL('prerendered/', BUILD), '');
	return paths;
}
const FILES = filePaths();

/** A request header as one string even when sent twice, or null. */
const header = (req, name) => [req.headers[name] ?? ''].flat().join(', ') || null;
/** What a cached answer depends on in the request (see page-cache.ts). */
const conditions = (req) => ({
	acceptEncoding: header(req, 'accept-encoding'),
	ifNoneMatch: header(req, 'if-none-match')
});

// Lifecycle: starting (handler and readiness checks loading) → ready → stopping.
let handler = null;
let stopping = false;
const loading = import('../build/handler.js').then(
	(module) => (handler = module.handler),
	(error) => {
		console.error(`Not starting: ${error?.message ?? error}`);
		process.exit(1);
	}
);

/**
 * How long the event loop was held, between two health checks: the longest delay and the 99th
 * percentile (ms). It says whether a slow answer was this server (a long task) or the machine.
 */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
const ms = (ns) => Math.round(ns / 1e6);

/** /healthz: 200 only when ready (corpus, search index, citation engine), else 503 and why. */
function health(res) {
	const checks = globalThis[READINESS] ?? null;
	const status = stopping ? 'stopping' : !handler ? 'starting' : checks ? 'ok' : 'not ready';
	res.writeHead(status === 'ok' ? 200 : 503, {
		'content-type': 'application/json',
		'cache-control': 'no-store'
	});
	const eventLoopDelay = { max: ms(loopDelay.max), p99: ms(loopDelay.percentile(99)) };
	loopDelay.reset();
	res.end(JSON.stringify({ status, checks, uptime: Math.round(process.uptime()), eventLoopDelay }));
}

/** Answers a request without reading its body, and closes the connection (the body is not read). */
function refuse(res, status, headers = {}) {
	res.writeHead(status, {
		'content-type': 'text/plain; charset=utf-8',
		connection: 'close',
		...headers
	});
	res.end(`${STATUS_CODES[status]}\n`);
}

/** Requests inside the app's handler at once (ADMISSION_LIMIT, default 8). */
const admission = new Admission(admissionLimit(process.env));

/** Answers not yet sent: told to close their connection when a shutdown begins. */
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
	if (!handler) await loading;
	// A page the app has rendered before: answered from its cache without entering SvelteKit.
	const hit = read && globalThis[CACHED_PAGE]?.(req.url, conditions(req));
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
const CLIENT_ERRORS = { HPE_HEADER_OVERFLOW: 431, ERR_HTTP_REQUEST_TIMEOUT: 408 };
server.on('clientError', (error, socket) => {
	if (error.code === 'ECONNRESET' || !socket.writable) return socket.destroy();
	const status = CLIENT_ERRORS[error.code] ?? 400;
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

server.listen(Number(process.env.PORT), process.env.HOST, () => {
	console.log(
		`ICE Debate Explorer on ${process.env.ORIGIN} (listening on ${process.env.HOST}:${process.env.PORT})`
	);
});

// Graceful shutdown: /healthz says stopping, the server stops accepting, every answer from now on
// says `Connection: close` and each connection closes once its answer is sent, in-flight requests
// finish; then the process exits. Whatever is still open after SHUTDOWN_TIMEOUT seconds is closed.
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
