import { describe, expect, it } from 'vitest';
import type { LoadFigures } from './load';
import { describeStatuses, renderResults, renderTable } from './report';
import type { BenchResult } from './result';

const figures = (
	rps: number,
	statuses: Record<string, number> = { '200': rps * 10 }
): LoadFigures => ({
	rps,
	p50: 10,
	p99: 40,
	max: 90,
	bytesPerResponse: 20_000,
	statuses,
	errors: 0,
	timeouts: 0,
	serverCores: 0.98,
	generatorCores: 0.5
});
const weight = (raw: number, gzip: number) => ({ files: 2, raw, gzip });

function result(overrides: Partial<BenchResult> = {}): BenchResult {
	return {
		machine: ['Machine: 2 cores'],
		loads: [
			{ route: '/', kind: 'rendered', figures: figures(600) },
			{ route: '/glossary', kind: 'prerendered', figures: figures(850) },
			{ route: '/api/pairs.json', kind: 'rendered', figures: figures(3000, { '404': 30_000 }) }
		],
		sirv: figures(1000),
		nginx: figures(4000),
		pages: [
			{
				route: '/',
				firstLoad: {
					html: weight(100_000, 20_000),
					js: {
						...weight(90_000, 41_000),
						largest: { url: 'http://h/_app/c/big.js', gzip: 30_000 }
					},
					css: weight(8000, 3000),
					inlineCss: 0
				},
				pairs: 4,
				claimBytes: 25_000
			}
		],
		lighthouse: [
			{
				route: '/',
				result: {
					scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 },
					fcpMs: 900,
					lcpMs: 1200,
					tbtMs: 30,
					failing: ['largest-contentful-paint'],
					runs: 3,
					performanceRange: [97, 100]
				}
			},
			{ route: '/pairs/EM-01', result: { error: 'Lighthouse exited 1' } }
		],
		memory: { before: 100e6, after: 110e6, peak: 130e6 },
		start: { ms: 650, url: '/healthz', firstHomeMs: 6200 },
		notes: ['A note.'],
		...overrides
	};
}

const row = (table: string, start: string) =>
	table.split('\n').find((line) => line.startsWith(start)) ?? '';

describe('renderTable', () => {
	const table = renderTable(result());

	it('sets each route beside sirv and nginx with the target it is held to', () => {
		expect(row(table, '| req/s, latency | `/` rendered')).toContain(
			'| 0.60× | 0.15× | ≥ 0.5× sirv | yes |'
		);
		expect(row(table, '| req/s, latency | `/glossary` prerendered')).toContain(
			'| 0.85× | 0.21× | ≥ 0.9× sirv | **no** |'
		);
		expect(row(table, '| req/s, latency | `/` as a file, nginx')).toContain('| 4.00× | 1.00× |');
	});

	it('shows the spread of the runs behind a median', () => {
		const spread = result({ sirv: { ...figures(1000), rpsRange: [700, 1400] } });
		expect(row(renderTable(spread), '| req/s, latency | `/` as a file, sirv')).toContain(
			'1,000 req/s (runs 700–1,400)'
		);
	});

	it('reports a route that answers 404 as not there yet, without a verdict', () => {
		const line = row(table, '| req/s, latency | `/api/pairs.json`');
		expect(line).toContain('(404: not there yet)');
		expect(line).toContain('404 ×30,000');
		expect(line.endsWith('| — | — |')).toBe(true);
	});

	it('holds the first-load JavaScript of / to 40 kB gzip and sets its HTML against its claim text', () => {
		expect(row(table, '| first-load JS, CSS | `/`')).toContain(
			'41.0 kB gzip, largest big.js 30.0 kB gzip'
		);
		expect(
			row(table, '| first-load JS, CSS | `/`').endsWith('| JS ≤ 40.0 kB gzip | **no** |')
		).toBe(true);
		expect(row(table, '| HTML bytes | `/`')).toContain(
			'4 pairs with 25.0 kB of claim text: 4.0× the text'
		);
	});

	it('shows Lighthouse scores with what did not pass, and a failed run as its error', () => {
		expect(row(table, '| Lighthouse (mobile) | `/`')).toContain('performance 99');
		expect(row(table, '| Lighthouse (mobile) | `/`')).toContain(
			'not passed: largest-contentful-paint'
		);
		expect(row(table, '| Lighthouse (mobile) | `/`')).toContain(
			'median of 3 runs, performance 97–100'
		);
		expect(row(table, '| Lighthouse (mobile) | `/pairs/EM-01`')).toContain('Lighthouse exited 1');
	});

	it('shows the floor page without a target', () => {
		const floor = (result().lighthouse[0] as { result: object }).result;
		const withFloor = renderTable(
			result({
				lighthouse: [{ route: 'a minimal static page, sirv', floor: true, result: floor as never }]
			})
		);
		const line = row(withFloor, '| Lighthouse (mobile) | a minimal static page, sirv (floor)');
		expect(line).toContain('performance 99');
		expect(line.endsWith('| — | — |')).toBe(true);
	});

	it('judges memory growth and start-up time against their targets', () => {
		expect(row(table, '| server RSS')).toContain('100.0 MB → 110.0 MB (+10.0%), peak 130.0 MB');
		expect(row(table, '| server RSS').endsWith('| yes |')).toBe(true);
		const slow = renderTable(result({ start: { ms: 2500, url: '/', firstHomeMs: 30 } }));
		expect(row(slow, '| start')).toContain('2.50 s (/); the first `/` then took 0.03 s');
		expect(row(table, '| start')).toContain('0.65 s (/healthz); the first `/` then took 6.20 s');
		expect(row(slow, '| start').endsWith('| **no** |')).toBe(true);
	});

	it('keeps every row to the header’s seven cells', () => {
		for (const line of table.split('\n')) expect(line.split(' | ').length).toBe(7);
	});
});

describe('renderResults', () => {
	it('puts the machine above the table and the notes below it', () => {
		const text = renderResults(result());
		expect(text.indexOf('- Machine: 2 cores')).toBeLessThan(text.indexOf('| Measure'));
		expect(text.indexOf('- A note.')).toBeGreaterThan(text.indexOf('| start'));
	});
});

describe('describeStatuses', () => {
	it('lists statuses in order, then errors and timeouts', () => {
		const f = { ...figures(1, { '500': 2, '200': 1000 }), errors: 3, timeouts: 1 };
		expect(describeStatuses(f)).toBe('200 ×1,000, 500 ×2, errors ×3, timeouts ×1');
	});
});
