/**
 * What one page costs a reader, on running servers measured side by side (for example the same
 * page before and after a change): first-load JavaScript (scripts/bench/assets.ts), the HTML's
 * bytes against its text, and with `--lighthouse` Lighthouse mobile (median of 3, rounds
 * interleaved). Text is measured in Chromium without JavaScript: all the text of the body (what a
 * reader can see by opening every disclosure), the text shown as the page loads at 1280 px, and,
 * for a pair page, the claim text `npm run bench` sets pages against.
 *
 *   tsx scripts/page-weight.ts /pairs/EM-01 before=http://localhost:4403 after=http://localhost:4401
 */
import { chromium } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { measureFirstLoad } from './bench/assets';
import { readCorpusFacts } from './bench/corpus';
import { medianRun, runLighthouse, type LighthouseScores } from './bench/lighthouse';

const LIGHTHOUSE_RUNS = 3;
const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const [path, ...rest] = process.argv.slice(2);
const lighthouse = rest.includes('--lighthouse');
const servers = rest.filter((a) => a.includes('=')).map((a) => a.split(/=(.*)/s, 2));
if (!path?.startsWith('/') || !servers.length) {
	console.error('usage: tsx scripts/page-weight.ts <path> <label>=<origin> … [--lighthouse]');
	process.exit(2);
}

const pairId = /^\/pairs\/([A-Z]{2}-\d+)/.exec(path)?.[1];
const claimBytes = pairId ? readCorpusFacts().claimBytes.get(pairId) : undefined;
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu']
});
const context = await browser.newContext({
	javaScriptEnabled: false,
	viewport: { width: 1280, height: 900 }
});
const lines: string[] = [`page ${path}${claimBytes ? `, claim text ${kB(claimBytes)}` : ''}`];
const runs = new Map<string, LighthouseScores[]>(servers.map(([label]) => [label, []]));
try {
	for (const [label, origin] of servers) {
		const load = await measureFirstLoad(origin + path);
		const page = await context.newPage();
		await page.goto(origin + path);
		const { all, shown } = await page.evaluate(() => {
			const body = document.body.cloneNode(true) as HTMLElement;
			for (const el of body.querySelectorAll('script, style, template')) el.remove();
			// No named functions in here: tsx would wrap them in a helper the page does not have.
			return {
				all: (body.textContent ?? '').replace(/\s+/g, ' ').trim(),
				shown: document.body.innerText.replace(/\s+/g, ' ').trim()
			};
		});
		await page.close();
		const html = load.html.raw;
		const ratios = [`${(html / bytes(all)).toFixed(1)}× all text (${kB(bytes(all))})`];
		ratios.push(`${(html / bytes(shown)).toFixed(1)}× the text shown (${kB(bytes(shown))})`);
		if (claimBytes) ratios.push(`${(html / claimBytes).toFixed(1)}× the claim text`);
		lines.push(
			`${label}: first-load JS ${load.js.files} files, ${kB(load.js.raw)} (${kB(load.js.gzip)} gzip)` +
				` · HTML ${kB(html)} (${kB(gzipSync(load.body, { level: 9 }).byteLength)} gzip): ` +
				ratios.join(', ')
		);
	}
	if (lighthouse) {
		const dir = mkdtempSync(join(tmpdir(), 'page-weight-'));
		for (let round = 0; round < LIGHTHOUSE_RUNS; round++)
			for (const [label, origin] of servers)
				runs
					.get(label)!
					.push(await runLighthouse(origin + path, join(dir, `${label}-${round}.json`)));
		for (const [label, scores] of runs) {
			const m = medianRun(scores);
			const { performance, accessibility, seo } = m.scores;
			lines.push(
				`${label}: Lighthouse mobile (median of ${m.runs}) ` +
					`${performance}/${accessibility}/${m.scores['best-practices']}/${seo}, ` +
					`FCP ${Math.round(m.fcpMs)} ms, LCP ${Math.round(m.lcpMs)} ms, TBT ${Math.round(m.tbtMs)} ms` +
					` (performance ${m.performanceRange.join('–')})`
			);
		}
	}
} finally {
	await browser.close();
}
console.log(lines.join('\n'));
