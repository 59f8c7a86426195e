import { expect, test } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { pairIdsOnDisk } from './helpers';

// Document pages: rendered by Svelte on the server with `csr = false`, their behaviours attached by
// one enhancement module (src/lib/enhance/pages/, bundled by src/lib/server/enhance/).
const [pair] = pairIdsOnDisk();
const FIRST_LOAD_BUDGET = 4 * 1024;

test('a pair page loads one small immutable module and no Kit client or hydration data', async ({
	request
}) => {
	const html = await (await request.get(`/pairs/${pair}`)).text();
	const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
	expect(scripts).toHaveLength(1);
	const src = /\ssrc="([^"]+)"/.exec(scripts[0][1])?.[1];
	expect(scripts[0][1]).toContain('type="module"');
	expect(src).toMatch(/^\/_app\/immutable\/enhance\/pair-[\w-]{8}\.js$/);
	expect(html).not.toContain('__sveltekit');
	expect(html).not.toContain('rel="modulepreload"');

	const module = await request.get(src!);
	expect(module.headers()['cache-control']).toContain('immutable');
	expect(module.headers()['content-type']).toMatch(/javascript/);
	const gzip = gzipSync(await module.body(), { level: 9 }).byteLength;
	test.info().annotations.push({ type: 'pair page first-load JS (gzip)', description: `${gzip}` });
	expect(gzip).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
	// Its only imports would be further files of the same folder; the pair page has none.
	expect(await module.text()).not.toMatch(/\bimport\s*[{("'*]/);
});

test('with JavaScript the page says its behaviours are attached; without, no dead buttons', async ({
	page,
	browser,
	baseURL
}) => {
	await page.goto(`/pairs/${pair}`);
	await expect(page.locator('body')).toHaveAttribute('data-enhanced', '');
	await expect(page.getByRole('button', { name: 'Print this pair' })).toBeVisible();
	await expect(
		page.getByRole('button', { name: `Copy permanent link of pair ${pair}` })
	).toBeVisible();

	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const plain = await context.newPage();
	await plain.goto(`/pairs/${pair}`);
	await expect(plain.locator('body[data-enhanced]')).toHaveCount(0);
	await expect(plain.getByRole('button')).toHaveCount(0);
	await expect(plain.getByRole('link', { name: `Add pair to compare ${pair}` })).toHaveAttribute(
		'href',
		`/compare?ids=${pair}-C,${pair}-R`
	);
	await context.close();
});
