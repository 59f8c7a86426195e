// sirv for the bench, in a process of its own so that it does not share an event loop with the
// load generator: `node sirv-server.js <dir> <port> <host>`. Serves precompressed .gz copies to
// clients that accept gzip, as nginx's gzip_static does.
import { createServer } from 'node:http';
import sirv from 'sirv';

const [dir, port, host = '127.0.0.1'] = process.argv.slice(2);
if (!dir || !port) {
	console.error('usage: node sirv-server.js <dir> <port> [host]');
	process.exit(2);
}

const serve = sirv(dir, { gzip: true, etag: true });
const server = createServer((req, res) =>
	serve(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('Not found');
	})
);
server.listen(Number(port), host, () => console.log(`sirv on http://${host}:${port} (${dir})`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
