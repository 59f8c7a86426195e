import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
const run = promisify(execFile);
/** The checker, from the `vnu-jar` package (its own Java downloader is not used: Debian's Java is). */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

// vnu's CSS checker does not know `paint-order` (CSS Fill and Stroke 3, in every browser), which
// the charts use to halo their labels. Only that message is ignored; every other one fails.
const IGNORED = '.*“paint-order”: Property “paint-order” doesn.t exist.*';

interface VnuMessage {
	type: string;
	subType?: string;
	url: string;
	lastLine?: number;
	message: string;
	extract?: string;
}

/**
 * The main pages as the built server sends them, through the W3C Nu HTML checker in one run: the
 * JVM's start-up is the cost, so every page goes to one invocation. axe checks what a reader meets;
 * this checks the markup itself (an ARIA attribute on an element that may not carry it, a block in
 * a paragraph), which axe does not.
 */
test('the main pages are valid HTML (W3C Nu checker)', async ({ request }, testInfo) => {
	test.slow();
	const { pairs, count } = await (await request.get('/api/pairs.json')).json();
	const [pair] = pairs;
	const board = pairs
		.slice(0, 3)
		.map((p: { id: string }) => p.id)
		.join(',');
	const paths = [
		'/',
		'/?q=detention',
		`/topics/${pair.topic}`,
		`/pairs/${pair.id}`,
		`/pairs/${pair.id}?view=points`,
		`/compare?ids=${board}`,
		'/balance',
		'/timeline',
		'/sources',
		'/glossary',
		'/about',
		'/api',
		'/downloads'
	];
	expect(count).toBeGreaterThan(2);
	const dir = testInfo.outputPath('html');
	mkdirSync(dir, { recursive: true });
	const files = new Map<string, string>();
	for (const [i, path] of paths.entries()) {
		const res = await request.get(path);
		expect(res.status(), path).toBe(200);
		expect(res.headers()['content-type']).toMatch(/^text\/html/);
		const file = join(dir, `page-${i}.html`);
		writeFileSync(file, await res.body());
		files.set(file, path);
	}
	// A canary the checker must fault, so that a run that read nothing cannot pass.
	const canary = join(dir, 'canary.html');
	writeFileSync(
		canary,
		'<!doctype html><html lang="en"><title>c</title><span aria-label="6">6</span>'
	);

	const started = Date.now();
	// The run is short: the quick compiler only and the serial collector (half the CPU time of the
	// defaults: 2.5 s for 13 pages here); the schema needs a deeper stack than C1's default.
	const args = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC', '-jar', VNU_JAR];
	const vnu = [...args, '--errors-only', '--no-langdetect', '--format', 'json'];
	const output = await run('java', [...vnu, '--filterpattern', IGNORED, canary, ...files.keys()], {
		maxBuffer: 64 * 1024 * 1024
	}).then(
		(r) => r.stderr,
		(e: NodeJS.ErrnoException & { stderr?: string }) => {
			if (e.code === 'ENOENT') throw new Error('No java: install default-jre-headless (Debian).');
			return e.stderr ?? '';
		}
	);
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	const { messages } = JSON.parse(output) as { messages: VnuMessage[] };
	testInfo.annotations.push({ type: 'vnu', description: `${paths.length} pages in ${seconds} s` });
	console.log(`vnu: ${paths.length} pages checked in ${seconds} s`);
	const errors = messages
		.filter((m) => m.type === 'error' || m.subType === 'fatal' || m.type === 'non-document-error')
		.map((m) => {
			const file = m.url.replace(/^file:/, '');
			const where = file === canary ? 'canary' : (files.get(file) ?? m.url);
			return `${where}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`;
		});
	expect(errors.filter((e) => e.startsWith('canary:'))).toEqual([
		expect.stringMatching(/“aria-label” attribute must not be specified on any “span”/)
	]);
	expect(errors.filter((e) => !e.startsWith('canary:'))).toEqual([]);
});
