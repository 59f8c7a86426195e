import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { Agent, request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { pairIdsOnDisk } from './helpers';

const [pair] = pairIdsOnDisk();

/** One path of each kind of response the server gives. */
const KINDS: Record<string, string> = {
	'server-rendered page': '/',
	'server-rendered page with a query': '/?topic=detention',
	'prerendered page': '/about',
	'static file': '/favicon.svg',
	'hashed asset': '', // filled from the page
	'error page': '/pairs/XX-99',
	'health check': '/healthz'
};

test('every kind of response carries the security headers', async ({ request, page }) => {
	await page.goto('/');
	const asset = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
	KINDS['hashed asset'] = new URL(asset!, page.url()).pathname;
	for (const [kind, path] of Object.entries(KINDS)) {
		const response = await request.get(path);
		const headers = response.headers();
		expect(headers['x-content-type-options'], kind).toBe('nosniff');
		expect(headers['referrer-policy'], kind).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy'], kind).toContain('camera=()');
		expect(headers['content-security-policy'], kind).toContain("frame-ancestors 'none'");
	}
	// HTML names its charset; the API's JSON may load nothing; the embed may not be re-based.
	for (const path of ['/', '/about']) {
		expect((await request.get(path)).headers()['content-type'], path).toMatch(
			/^text\/html; ?charset=utf-8$/i
		);
	}
	for (const path of ['/api/pairs.json', `/api/pairs/${pair}.json`, '/api/search?q=ice']) {
		const csp = (await request.get(path)).headers()['content-security-policy'];
		expect(csp, path).toMatch(/^default-src 'none'/);
	}
	const embed = (await request.get(`/embed/pairs/${pair}`)).headers()['content-security-policy'];
	expect(embed).toContain("base-uri 'none'");
	expect(embed).toContain("form-action 'none'");
});

test('a page served again from the cache has the same status, bytes and headers', async ({
	request
}) => {
	// A query no other test asks for, so the first request is rendered and the second is a hit.
	const stamp = Date.now();
	const path = `/?q=cachecheck${stamp}&topic=detention`;
	const SAME = [
		'content-type',
		'content-encoding',
		'content-length',
		'content-security-policy',
		'etag',
		'vary',
		'x-content-type-options',
		'referrer-policy',
		'permissions-policy',
		'cross-origin-opener-policy'
	];
	for (const encoding of ['gzip', 'br', 'identity']) {
		// A parameter no page reads would make the URL uncacheable: vary one that pages read.
		const url = `/?q=cachecheck${encoding}${stamp}&topic=detention`;
		const headers = { 'accept-encoding': encoding };
		const first = await request.get(url, { headers });
		const again = await request.get(url, { headers });
		expect(first.status()).toBe(200);
		expect(again.status()).toBe(200);
		// The encoding asked for, on the hit as on the render (text() decodes either way).
		expect(again.headers()['content-encoding']).toBe(
			encoding === 'identity' ? undefined : encoding
		);
		expect(await again.text()).toBe(await first.text());
		for (const name of SAME)
			expect(again.headers()[name], `${encoding}: ${name}`).toBe(first.headers()[name]);
		// HEAD from the same entry; the parameters in another order are the same entry.
		const head = await request.head(`/?topic=detention&q=cachecheck${encoding}${stamp}`, {
			headers
		});
		expect(head.headers()['etag'], encoding).toBe(first.headers()['etag']);
		expect(head.headers()['content-length']).toBe(first.headers()['content-length']);
		const notModified = await request.get(url, {
			headers: { ...headers, 'if-none-match': first.headers()['etag'] }
		});
		expect(notModified.status()).toBe(304);
		expect((await notModified.body()).byteLength).toBe(0);
	}
	// q=0 refuses an encoding.
	const refused = await request.get(path, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
	expect(refused.headers()['content-encoding']).toBe('gzip');
});

test('pages rendered by the server have a CSP without unsafe-inline or unsafe-eval for scripts', async ({
	request
}) => {
	const csp = (await request.get('/')).headers()['content-security-policy'];
	const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
	expect(scriptSrc).toMatch(/'self'/);
	expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
});

test('prerendered pages carry their script policy in a meta tag', async ({ page }) => {
	await page.goto('/about');
	const meta = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	expect(meta).toMatch(/script-src 'self' 'sha256-/);
});

test('the CSP is enforced: an injected inline script does not run', async ({ page }) => {
	for (const path of ['/', '/about', `/pairs/${pair}`]) {
		await page.goto(path);
		await page.evaluate(() => {
			const s = document.createElement('script');
			s.textContent = 'window.__injected = true';
			document.body.append(s);
		});
		expect(
			await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
			path
		).toBeUndefined();
	}
});

test('hashed assets are cached as immutable; pages and JSON are compressed', async ({
	request,
	page
}) => {
	await page.goto('/');
	const asset = await page.locator('link[rel="modulepreload"]').first().getAttribute('href');
	const assetResponse = await request.get(new URL(asset!, page.url()).pathname);
	expect(assetResponse.headers()['cache-control']).toContain('immutable');
	for (const path of ['/', `/pairs/${pair}`, '/about']) {
		const response = await request.get(path, { headers: { 'accept-encoding': 'gzip, br' } });
		expect(response.headers()['content-encoding'], path).toMatch(/br|gzip/);
	}
});

test('/healthz answers ok', async ({ request }) => {
	const response = await request.get('/healthz');
	expect(response.status()).toBe(200);
	expect(await response.json()).toMatchObject({ status: 'ok' });
});

const HOSTILE = [
	'/pairs/%E0%A4%A',
	'/pairs/%00',
	'/..%2f..%2fetc/passwd',
	'/pairs/../../etc/passwd',
	'/sources/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
	`/?topic=${'x'.repeat(6000)}`,
	`/?${'topic=detention&'.repeat(400)}`,
	'/?q=%3Cscript%3Ealert(1)%3C/script%3E&sort=%22%3E%3Csvg%20onload=alert(1)%3E',
	'/?from=%F0%9F%92%A9&to=99999999999999999999',
	'/?findings=%ZZ',
	'/pairs/FS-01?sides=%3Cb%3E',
	'/sources?type=%3Cimg%20src=x%20onerror=alert(1)%3E',
	'/topics/%3Cscript%3E',
	'/ｐａｉｒｓ/FS-01'
];

test('bad input never gets a 5xx, never a stack trace, never echoes unescaped', async ({
	request
}) => {
	for (const path of HOSTILE) {
		const response = await request.get(path);
		expect(response.status(), path).toBeLessThan(500);
		const body = await response.text();
		expect(body, path).not.toMatch(/<script>alert|<svg onload|<img src=x onerror/i);
		expect(body, path).not.toMatch(/at \S+ \(\/|node:internal|\.js:\d+:\d+/);
	}
});

/**
 * Tests that start a server of their own wait for its readiness checks (corpus, index, citation
 * engine: seconds, and much longer on a busy machine), so they get more time.
 */
const STARTS_A_SERVER = 180_000;

/** Ports for servers a test starts itself: beside the suite's, one per test that needs one. */
const SPARE_PORT = Number(process.env.E2E_PORT ?? 4173) + 200;

/** Starts `node build/start.js` (`npm start`) with extra environment; resolves once it listens. */
async function startServer(port: number, env: Record<string, string> = {}) {
	const server = spawn('node', ['build/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${port}`,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	// A test that times out must not leave its server behind, holding the port.
	const orphan = () => server.kill('SIGKILL');
	process.once('exit', orphan);
	let output = '';
	const exited = new Promise<number | null>((resolve) =>
		server.on('exit', (code) => {
			process.off('exit', orphan);
			resolve(code);
		})
	);
	await new Promise<void>((resolve, reject) => {
		const read = (d: Buffer) => {
			output += String(d);
			if (output.includes('listening')) resolve();
		};
		server.stdout.on('data', read);
		server.stderr.on('data', read);
		exited.then(() => reject(new Error(`server exited: ${output}`)));
	});
	return { server, exited, output: () => output };
}

/** One raw HTTP/1.1 exchange on a socket of its own: what Node itself answers, byte for byte. */
function rawExchange(port: number, bytes: string): Promise<string> {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1', () => socket.write(bytes));
		let answer = '';
		socket.on('data', (d) => (answer += String(d)));
		socket.on('end', () => resolve(answer));
		socket.on('close', () => resolve(answer));
		socket.on('error', reject);
	});
}

test('/healthz says starting, then ok with its checks; methods other than GET and HEAD get 405', async () => {
	test.setTimeout(STARTS_A_SERVER);
	const port = SPARE_PORT;
	const { server, exited } = await startServer(port);
	try {
		const url = `http://127.0.0.1:${port}`;
		// Right after listening, the corpus, index and citation engine are still loading.
		const early = await fetch(`${url}/healthz`);
		expect(early.status).toBe(503);
		expect(await early.json()).toMatchObject({ status: 'starting' });
		// A page asked for meanwhile waits for the server rather than failing.
		expect((await fetch(`${url}/`)).status).toBe(200);
		// Loaded, the server warms (today's citations compiled in the background), then is ready.
		const seen = new Set<string>();
		await expect
			.poll(
				async () => {
					const answer = await fetch(`${url}/healthz`);
					const body = await answer.json();
					seen.add(body.status);
					expect(answer.status).toBe(body.status === 'ok' ? 200 : 503);
					return body;
				},
				{ timeout: STARTS_A_SERVER / 2, intervals: [100] }
			)
			.toMatchObject({
				status: 'ok',
				checks: { corpus: true, search: true, citations: true, citationsCompiled: true }
			});
		expect([...seen].filter((s) => s !== 'ok' && s !== 'warming')).toEqual([]);
		// 405 without reading the body: a 100 MB upload is refused at once, the connection closed.
		for (const path of ['/healthz', '/about', '/favicon.svg']) {
			const answer = await rawExchange(
				port,
				`POST ${path} HTTP/1.1\r\nhost: localhost\r\ncontent-length: 104857600\r\n\r\n`
			);
			expect(answer, path).toMatch(/^HTTP\/1\.1 405/);
			expect(answer.toLowerCase(), path).toContain('allow: get, head');
			expect(answer.toLowerCase(), path).toContain('x-content-type-options: nosniff');
		}
		// Node's own answer to a malformed request carries the security headers too.
		const malformed = await rawExchange(port, 'GET / HTTP/1.1\r\nbad header\r\n\r\n');
		expect(malformed).toMatch(/^HTTP\/1\.1 400/);
		expect(malformed.toLowerCase()).toContain('x-content-type-options: nosniff');
		const tooLarge = await rawExchange(
			port,
			`GET / HTTP/1.1\r\nhost: localhost\r\nx-big: ${'x'.repeat(20000)}\r\n\r\n`
		);
		expect(tooLarge).toMatch(/^HTTP\/1\.1 431/);
		expect(tooLarge.toLowerCase()).toContain("content-security-policy: default-src 'none'");
	} finally {
		server.kill('SIGTERM');
		await exited;
	}
});

test('a client past its render budget gets 429 with Retry-After; cached pages still answer', async () => {
	test.setTimeout(STARTS_A_SERVER);
	const port = SPARE_PORT + 1;
	const { server, exited } = await startServer(port, {
		RENDER_BUDGET_LOOPBACK: '1',
		RENDER_BURST: '3',
		RENDER_PER_SECOND: '0.1',
		// Each render costs one, however long it takes here (the charge by time is unit-tested).
		RENDER_UNIT_MS: '600000'
	});
	try {
		const url = `http://127.0.0.1:${port}`;
		const statuses = [];
		for (let i = 0; i < 4; i++) statuses.push((await fetch(`${url}/?q=budget${i}`)).status);
		expect(statuses).toEqual([200, 200, 200, 429]);
		const refused = await fetch(`${url}/?q=budget9`);
		expect(refused.status).toBe(429);
		expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
		expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
		// A page already rendered is a cache hit, which costs no render.
		expect((await fetch(`${url}/?q=budget0`)).status).toBe(200);
	} finally {
		server.kill('SIGTERM');
		await exited;
	}
});

test('absolute URLs never come from a forged Host; without ORIGIN the server refuses to start', async () => {
	test.setTimeout(STARTS_A_SERVER);
	// The suite's server has ORIGIN set: a forged Host changes nothing it writes.
	for (const path of ['/robots.txt', '/sitemap.xml', '/feed.xml']) {
		const answer = await rawExchange(
			Number(process.env.E2E_PORT ?? 4173),
			`GET ${path} HTTP/1.1\r\nhost: evil.example\r\nconnection: close\r\n\r\n`
		);
		expect(answer, path).toMatch(/^HTTP\/1\.1 200/);
		expect(answer, path).not.toContain('evil.example');
	}
	// `node build` (the same server without `npm start`'s defaults) with neither ORIGIN nor
	// ALLOWED_HOSTS: a clear refusal, not a server.
	const env: NodeJS.ProcessEnv = {
		...process.env,
		PORT: String(SPARE_PORT + 2),
		HOST: '127.0.0.1'
	};
	delete env.ORIGIN;
	delete env.ALLOWED_HOSTS;
	const bare = spawn('node', ['build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	bare.stderr.on('data', (d) => (output += String(d)));
	bare.stdout.on('data', (d) => (output += String(d)));
	const code = await new Promise<number | null>((resolve) => bare.on('exit', resolve));
	expect(code).not.toBe(0);
	expect(output).toContain('Neither ORIGIN nor ALLOWED_HOSTS is set');
	// With an allow-list, a listed Host is used and an unlisted one is not.
	const port = SPARE_PORT + 2;
	const listed = await startServer(port, { ORIGIN: '', ALLOWED_HOSTS: `localhost:${port}` });
	try {
		const robots = await rawExchange(
			port,
			`GET /robots.txt HTTP/1.1\r\nhost: evil.example\r\nconnection: close\r\n\r\n`
		);
		expect(robots).toContain(`http://localhost:${port}/sitemap.xml`);
		expect(robots).not.toContain('evil.example');
	} finally {
		listed.server.kill('SIGTERM');
		await listed.exited;
	}
});

test('SIGTERM: health says stopping, keep-alive answers say close, in-flight requests finish', async () => {
	test.setTimeout(STARTS_A_SERVER);
	const port = SPARE_PORT + 3;
	const { server, exited } = await startServer(port);
	const url = `http://127.0.0.1:${port}`;
	// Wait until ready, so that the requests below are in flight when the signal arrives.
	await expect
		.poll(async () => (await fetch(`${url}/healthz`).catch(() => null))?.status, {
			timeout: STARTS_A_SERVER / 2
		})
		.toBe(200);
	const agent = new Agent({ keepAlive: true, maxSockets: 30 });
	const get = (path: string) =>
		new Promise<{ status: number; bytes: number; connection?: string }>((resolve, reject) => {
			const req = httpRequest({ port, path, agent }, (res) => {
				let bytes = 0;
				res.on('data', (chunk: Buffer) => (bytes += chunk.length));
				res.on('end', () =>
					resolve({ status: res.statusCode!, bytes, connection: res.headers.connection })
				);
			});
			req.on('error', reject);
			req.end();
		});
	// Warm keep-alive connections, then many uncached renders in flight on them.
	await Promise.all(Array.from({ length: 30 }, () => get('/healthz')));
	const inFlight = Array.from({ length: 30 }, (_, i) => get(`/?q=drain${i}`));
	await new Promise((resolve) => setTimeout(resolve, 50));
	server.kill('SIGTERM');
	const health = await new Promise<number>((resolve) => {
		const req = httpRequest({ port, path: '/healthz', agent }, (res) => {
			res.resume();
			resolve(res.statusCode!);
		});
		req.on('error', () => resolve(-1));
		req.end();
	});
	const done = await Promise.all(inFlight);
	expect(done.every((d) => d.status === 200 && d.bytes > 1000)).toBe(true);
	// Answers sent after the signal close their connection; the health check said not ready
	// (or the connection was already closed for it: never ok).
	expect(done.some((d) => d.connection === 'close')).toBe(true);
	expect(health).not.toBe(200);
	expect(await exited).toBe(0);
	agent.destroy();
});
