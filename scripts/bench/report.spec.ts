import { describe, expect, it } from 'vitest';
import { summarise, type RouteKind } from './compare';
import { describeStatuses, renderResults, renderTable } from './report';
import type { BenchResult } from './result';
import type { WrkFigures } from './wrk';

const run = (rps: number, usPerRequest = 200): WrkFigures => ({
	requests: rps * 5,
	rps,
	p50: 10,
	p99: 40,
	max: 90,
	bytesPerResponse: 20_000,
	non2xx: 0,
	errors: 0,
	generatorCores: 0.2,
	serverCores: 0.98,
	serverUsPerRequest: usPerRequest
});
/** One route over two rounds: app, then sirv, nginx and node:http at the given req/s. */
const route = (path: string, kind: RouteKind, app: number[], sirv: number[], node = [8000, 8000]) =>
	summarise({
		route: path,
		kind,
		runs: {
			app: app.map((r) => run(r, 1e6 / r)),
			sirv: sirv.map((r) => run(r, 1e6 / r)),
			nginx: [run(40_000, 20), run(40_000, 20)],
			node: node.map((r) => run(r, 1e6 / r))
		}
	});
const weight = (raw: number, gzip: number) => ({ files: 2, raw, gzip });
const lighthouse = (performance: number, fcpMs: number, tbtMs = 0) => ({
	scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
	fcpMs,
	lcpMs: fcpMs,
	tbtMs,
	failing: performance < 100 ? ['largest-contentful-paint'] : [],
	runs: 3,
	performanceRange: [performance - 2, performance] as [number, number]
});

function result(overrides: Partial<BenchResult> = {}): BenchResult {
	return {
		machine: ['Machine: vm, 2 cores'],
		loads: [
			route('/glossary', 'prerendered', [4500, 5500], [5000, 5000], [9000, 10_000]),
			route('/', 'cached', [1000, 3000], [4000, 4000]),
			route('/pairs/EM-01?bench=<n>', 'uncached', [50, 50], [5000, 5000])
		],
		pages: [
			{
				route: '/',
				role: 'home',
				firstLoad: {
					html: weight(100_000, 20_000),
					js: { ...weight(90_000, 11_000), largest: { url: 'http://h/_app/c/big.js', gzip: 9000 } },
					css: weight(8000, 3000),
					inlineCss: 0
				},
				pairs: 4,
				claimBytes: 50_000
			},
			{
				route: '/pairs/EM-01',
				role: 'pair',
				firstLoad: {
					html: weight(9000, 3000),
					js: weight(9000, 5000),
					css: weight(0, 0),
					inlineCss: 900
				},
				pairs: 1,
				claimBytes: 3000
			}
		],
		lighthouse: [
			{ route: 'a minimal static page, sirv', floor: true, result: lighthouse(100, 700) },
			{ route: '/', result: lighthouse(100, 900) },
			{ route: '/balance', result: lighthouse(100, 1100) },
			{ route: '/pairs/EM-01', result: { error: 'Lighthouse exited 1' } }
		],
		memory: { before: 100e6, after: 110e6, peak: 130e6 },
		start: {
			ms: 650,
			url: '/healthz',
			firstRequests: [
				{ route: '/', ms: 250 },
				{ route: '/pairs/EM-01', ms: 120 }
			]
		},
		notes: ['A note.'],
		...overrides
	};
}

const row = (table: string, start: string) =>
	table.split('\n').find((line) => line.startsWith(start)) ?? '';

describe('renderTable', () => {
	const table = renderTable(result());

	it('sets each route beside the yardsticks with the median of the per-round ratios', () => {
		// Rounds 0.9 and 1.1 against sirv; 0.5 and 0.55 against node:http.
		const glossary = row(table, '| `/glossary` | prerendered');
		expect(glossary).toContain('| 5,000 | 5,000 | 40,000 | 9,500 |');
		expect(glossary).toContain('| **1.00×** (0.90, 1.10) | **0.53×** (0.50, 0.55) | 0.13× |');
		expect(glossary.endsWith('| ≥ 0.9× sirv, ≥ 0.5× node:http | yes |')).toBe(true);
	});

	it('fails a cached page below either target, and only reports an uncached one', () => {
		expect(row(table, '| `/` | cached')).toContain('**0.50×** (0.25, 0.75)');
		expect(row(table, '| `/` | cached').endsWith('| **no** |')).toBe(true);
		expect(row(table, '| `/pairs/EM-01?bench=<n>` | uncached').endsWith('| reported | — |')).toBe(
			true
		);
	});

	it('gives the ratio per CPU second: what a request cost each server', () => {
		// sirv spent 250 µs a request and node:http 125, the app 1,000 then 333: medians 0.5 and 0.25.
		expect(row(table, '| `/` | cached')).toContain('| 0.50× · 0.25× |');
	});

	it('shows for every route and server which side was busy and the CPU a request cost', () => {
		const section = table.slice(table.indexOf('## Which side'));
		const lines = section.split('\n').filter((l) => l.startsWith('| `/glossary` | '));
		expect(lines.map((l) => l.split(' | ')[1])).toEqual(['app', 'sirv', 'nginx', 'node:http']);
		expect(row(table, '| `/glossary` | nginx |')).toBe(
			'| `/glossary` | nginx | 40,000 | 10.0 · 40.0 | 0.20 | 0.98 | 20 µs | — |'
		);
	});

	it('counts failed answers of a run', () => {
		const failing = route('/x', 'cached', [10, 10], [10, 10]);
		failing.median.app = { ...failing.median.app, non2xx: 12, errors: 3 };
		expect(row(renderTable(result({ loads: [failing] })), '| `/x` | app |')).toContain(
			'| non-2xx ×12, errors ×3 |'
		);
	});

	it('holds first-load JavaScript and HTML per text to the targets of / and a pair page', () => {
		expect(row(table, '| first-load JS, CSS | `/`')).toContain(
			'11.0 kB gzip, largest big.js 9.0 kB gzip'
		);
		expect(row(table, '| first-load JS, CSS | `/`').endsWith('| JS ≤ 12.0 kB gzip | yes |')).toBe(
			true
		);
		expect(
			row(table, '| first-load JS, CSS | `/pairs/EM-01`').endsWith('| JS ≤ 4.0 kB gzip | **no** |')
		).toBe(true);
		expect(row(table, '| HTML bytes | `/`')).toContain(
			'4 pairs with 50.0 kB of claim text: 2.0× the text'
		);
		expect(row(table, '| HTML bytes | `/`').endsWith('| ≤ 1.8× the text | **no** |')).toBe(true);
		expect(row(table, '| HTML bytes | `/pairs/EM-01`').endsWith('| ≤ 4× the text | yes |')).toBe(
			true
		);
	});

	it('passes Lighthouse only with four 100s and an FCP within 300 ms of the floor', () => {
		expect(row(table, '| Lighthouse (mobile) | `/`').endsWith('| yes |')).toBe(true);
		expect(row(table, '| Lighthouse (mobile) | `/balance`')).toContain('FCP 1,100 ms');
		expect(row(table, '| Lighthouse (mobile) | `/balance`').endsWith('| **no** |')).toBe(true);
		expect(row(table, '| Lighthouse (mobile) | `/pairs/EM-01`')).toContain('Lighthouse exited 1');
		expect(
			row(table, '| Lighthouse (mobile) | a minimal static page, sirv (floor)').endsWith(
				'| — | — |'
			)
		).toBe(true);
	});

	it('judges memory, start-up and the slowest first request against their targets', () => {
		expect(row(table, '| server RSS')).toContain('100.0 MB → 110.0 MB (+10.0%), peak 130.0 MB');
		expect(row(table, '| start')).toContain('0.65 s (/healthz)');
		expect(row(table, '| first request')).toContain('`/` 250 ms · `/pairs/EM-01` 120 ms');
		expect(row(table, '| first request').endsWith('| yes |')).toBe(true);
		const slow = result({
			start: { ms: 2500, url: '/', firstRequests: [{ route: '/', ms: 301 }] }
		});
		expect(row(renderTable(slow), '| first request').endsWith('| **no** |')).toBe(true);
		expect(row(renderTable(slow), '| start').endsWith('| **no** |')).toBe(true);
	});

	it('keeps every row of a table to its header’s cells', () => {
		for (const part of table.split('\n## ')) {
			const lines = part.split('\n').filter((l) => l.startsWith('|'));
			const cells = (l: string) => l.replaceAll('\\|', '').split(' | ').length;
			for (const line of lines) expect([line, cells(line)]).toEqual([line, cells(lines[0])]);
		}
	});
});

describe('renderResults', () => {
	it('puts the method and the machine above the tables and the conditions below them', () => {
		const text = renderResults(result(), 'How it measures.');
		expect(text.indexOf('How it measures.')).toBeLessThan(text.indexOf('- Machine: vm'));
		expect(text.indexOf('- Machine: vm')).toBeLessThan(text.indexOf('| Route'));
		expect(text.indexOf('- A note.')).toBeGreaterThan(text.indexOf('| first request'));
	});
});

describe('describeStatuses', () => {
	it('lists statuses in order, then errors and timeouts', () => {
		const f = {
			rps: 1,
			p50: 1,
			p99: 1,
			max: 1,
			statuses: { '500': 2, '200': 1000 },
			errors: 3,
			timeouts: 1
		};
		expect(describeStatuses(f)).toBe('200 ×1,000, 500 ×2, errors ×3, timeouts ×1');
	});
});
