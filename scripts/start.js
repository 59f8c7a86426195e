// `npm start`: serves the production build on http://localhost:3000 with no environment set.
// PORT, HOST and ORIGIN are honoured when given; adapter-node needs ORIGIN for its origin checks,
// so it defaults to the address the server listens on.
//
// This is adapter-node's documented custom server: its handler.js behind a plain http server, so
// that what the handler serves before SvelteKit's hooks (hashed assets, static files, prerendered
// pages) gets the security headers too, and so that /healthz and a graceful shutdown live here.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { BASE_HEADERS, CACHED_PAGE, fallbackCsp } from '../src/lib/server/http/headers.js';

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
const SHUTDOWN_MS = Number(process.env.SHUTDOWN_TIMEOUT ?? 10) * 1000;

if (!existsSync(new URL('../build/handler.js', import.meta.url))) {
	console.error('No production build in build/: run `npm run build` first.');
	process.exit(1);
}
const { handler } = await import('../build/handler.js');

/** A request header as one string even when sent twice, or null. */
const header = (req, name) => [req.headers[name] ?? ''].flat().join(', ') || null;
/** What a cached answer depends on in the request (see page-cache.ts). */
const conditions = (req) => ({
	acceptEncoding: header(req, 'accept-encoding'),
	ifNoneMatch: header(req, 'if-none-match')
});

const server = createServer((req, res) => {
	const path = (req.url ?? '/').split('?')[0];
	for (const [name, value] of Object.entries(BASE_HEADERS)) res.setHeader(name, value);
	// SvelteKit replaces this with the page's full policy on the pages it renders.
	res.setHeader('content-security-policy', fallbackCsp(path));
	if (path === '/healthz') {
		res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
		res.end(JSON.stringify({ status: 'ok', uptime: Math.round(process.uptime()) }));
		return;
	}
	// A page the app has rendered before: answered from its cache without entering SvelteKit.
	const read = req.method === 'GET' || req.method === 'HEAD';
	const hit = read && globalThis[CACHED_PAGE]?.(req.url, conditions(req));
	if (hit) {
		for (const [name, value] of hit.headers) res.setHeader(name, value);
		res.writeHead(hit.status);
		res.end(hit.body);
		return;
	}
	handler(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
		res.end('Not found');
	});
});

server.listen(Number(process.env.PORT), process.env.HOST, () => {
	console.log(
		`ICE Debate Explorer on ${process.env.ORIGIN} (listening on ${process.env.HOST}:${process.env.PORT})`
	);
});

// Graceful shutdown: stop accepting, let in-flight requests finish, then exit.
let stopping = false;
function shutdown(signal) {
	if (stopping) return;
	stopping = true;
	console.log(`${signal}: finishing in-flight requests, then stopping`);
	server.close(() => process.exit(0));
	server.closeIdleConnections();
	setTimeout(() => {
		server.closeAllConnections();
		process.exit(0);
	}, SHUTDOWN_MS).unref();
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
