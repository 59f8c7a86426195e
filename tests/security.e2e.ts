import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
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

test('SIGTERM lets an in-flight request finish, then the server exits', async () => {
	const port = 4399;
	const server = spawn('node', ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${port}`
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	await new Promise<void>((resolve) =>
		server.stdout.on('data', (d) => String(d).includes('listening') && resolve())
	);
	const exited = new Promise<number | null>((resolve) => server.on('exit', resolve));
	// A request whose response is still being received when the signal arrives.
	const inFlight = new Promise<{ status: number; bytes: number }>((resolve, reject) => {
		const req = httpRequest({ port, path: '/', agent: false }, (res) => {
			server.kill('SIGTERM');
			let bytes = 0;
			res.on('data', (chunk: Buffer) => (bytes += chunk.length));
			res.on('end', () => resolve({ status: res.statusCode!, bytes }));
		});
		req.on('error', reject);
		req.end();
	});
	const done = await inFlight;
	expect(done.status).toBe(200);
	expect(done.bytes).toBeGreaterThan(1000);
	expect(await exited).toBe(0);
});
