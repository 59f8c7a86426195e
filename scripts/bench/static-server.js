// The bench's yardsticks in Node, each in a process of its own (not sharing an event loop with
// anything): `node static-server.js <sirv|node> <dir> <port> <host>`.
//   sirv: sirv on <dir>, serving the precompressed .gz twin to clients that accept gzip, as
//         nginx's gzip_static does.
//   node: bare node:http answering each path of <dir>/manifest.json with its headers and bytes,
//         held in memory: the least work a Node server can do per request, the ceiling for any.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import sirv from 'sirv';

const [kind, dir, port, host = '127.0.0.1'] = process.argv.slice(2);
if (!['sirv', 'node'].includes(kind) || !dir || !port) {
	console.error('usage: node static-server.js <sirv|node> <dir> <port> [host]');
	process.exit(2);
}

const notFound = (res) => {
	res.writeHead(404, { 'content-type': 'text/plain' });
	res.end('Not found');
};

/** path → { headers, identity, gzip } from the manifest the bench wrote beside the copies. */
function inMemory() {
	const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	const read = (file) => (file ? readFileSync(join(dir, file)) : null);
	return new Map(
		manifest.map(({ path, headers, file, gzipFile }) => {
			const identity = read(file);
			const gzip = read(gzipFile);
			const length = (body) => ({ 'content-length': String(body.byteLength) });
			return [
				path,
				{
					identity: [{ ...headers, ...length(identity) }, identity],
					gzip: gzip && [{ ...headers, ...length(gzip), 'content-encoding': 'gzip' }, gzip]
				}
			];
		})
	);
}

let handle;
if (kind === 'sirv') {
	const serve = sirv(dir, { gzip: true, etag: true });
	handle = (req, res) => serve(req, res, () => notFound(res));
} else {
	const routes = inMemory();
	handle = (req, res) => {
		const route = routes.get(req.url.split('?')[0]);
		if (!route) return notFound(res);
		const gzip = route.gzip && req.headers['accept-encoding']?.includes('gzip');
		const [headers, body] = gzip ? route.gzip : route.identity;
		res.writeHead(200, headers);
		res.end(body);
	};
}

const server = createServer(handle);
server.listen(Number(port), host, () => console.log(`${kind} on http://${host}:${port} (${dir})`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
