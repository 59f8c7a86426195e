import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capture, copyPath, writeCopies, type Capture } from './copies';

const PAGE = '<!doctype html><title>Pair</title>' + '<p>claim text</p>'.repeat(200);
const JSON_BODY = JSON.stringify({ pairs: ['EM-01'] });

/** A stand-in for the app: gzip for the page, identity for the JSON. */
function fakeApp(): Promise<{ server: Server; origin: string }> {
	const server = createServer((req, res) => {
		if (req.url?.startsWith('/pairs/')) {
			res.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'content-encoding': 'gzip'
			});
			res.end(gzipSync(PAGE));
		} else if (req.url === '/api/pairs.json') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON_BODY);
		} else {
			res.writeHead(404);
			res.end();
		}
	});
	return new Promise((resolve) =>
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			resolve({ server, origin: `http://127.0.0.1:${port}` });
		})
	);
}

describe('copyPath', () => {
	it('names a copy by its number and an extension that gives the same content type', () => {
		expect(copyPath(3, 'text/html; charset=utf-8')).toBe('/copies/3.html');
		expect(copyPath(0, 'application/json')).toBe('/copies/0.json');
		expect(() => copyPath(1, 'image/png')).toThrow('no copy for content type image/png');
	});
});

describe('captures served again by sirv and bare node:http', () => {
	const dir = mkdtempSync(join(tmpdir(), 'bench-copies-'));
	const script = fileURLToPath(new URL('./static-server.js', import.meta.url));
	const children: ReturnType<typeof spawn>[] = [];
	let app: Awaited<ReturnType<typeof fakeApp>>;
	let captures: Capture[];
	let paths: string[];

	const start = async (kind: string, port: number) => {
		const child = spawn(process.execPath, [script, kind, dir, String(port)], { stdio: 'pipe' });
		children.push(child);
		await new Promise((resolve) => child.stdout.once('data', resolve));
		return `http://127.0.0.1:${port}`;
	};

	beforeAll(async () => {
		app = await fakeApp();
		const gzip = { 'accept-encoding': 'gzip' };
		captures = [
			await capture(app.origin, '/pairs/EM-01', gzip),
			await capture(app.origin, '/api/pairs.json', gzip)
		];
		paths = writeCopies(dir, captures);
	});
	afterAll(() => {
		for (const child of children) child.kill();
		app.server.close();
		rmSync(dir, { recursive: true, force: true });
	});

	it('keeps the bytes as sent, and their decoding', () => {
		expect(captures[0].gzip).toBe(true);
		expect(captures[0].identity.toString()).toBe(PAGE);
		expect(captures[0].body.byteLength).toBeLessThan(PAGE.length / 10);
		expect(captures[1].gzip).toBe(false);
		expect(paths).toEqual(['/copies/0.html', '/copies/1.json']);
		expect(readFileSync(join(dir, 'copies/0.html.gz'))).toEqual(captures[0].body);
	});

	it('refuses to copy an answer that was not a 200', async () => {
		const missing = await capture(app.origin, '/nowhere', {});
		expect(() => writeCopies(join(dir, 'refused'), [missing])).toThrow('/nowhere answered 404');
	});

	for (const [kind, port] of [
		['node', 4596],
		['sirv', 4597]
	] as const) {
		it(`${kind} answers each copy with the app's bytes, content type and encoding`, async () => {
			const origin = await start(kind, port);
			for (const [i, original] of captures.entries()) {
				const copy = await capture(origin, `${paths[i]}?bench=1`, { 'accept-encoding': 'gzip' });
				expect(copy.status).toBe(200);
				expect(copy.contentType.replace(/;\s*/, '; ')).toBe(original.contentType);
				expect(copy.gzip).toBe(original.gzip);
				expect(copy.body).toEqual(original.body);
			}
			const plain = await capture(origin, paths[0], {});
			expect(plain.gzip).toBe(false);
			expect(plain.body.toString()).toBe(PAGE);
		});
	}
});
