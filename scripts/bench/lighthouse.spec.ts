import { describe, expect, it } from 'vitest';
import { medianRun, readLighthouseReport, type LighthouseScores } from './lighthouse';

const report = {
	categories: {
		performance: {
			score: 0.41,
			auditRefs: [
				{ id: 'largest-contentful-paint', weight: 25 },
				{ id: 'total-blocking-time', weight: 30 },
				{ id: 'diagnostics', weight: 0 }
			]
		},
		accessibility: { score: 0.96, auditRefs: [{ id: 'target-size', weight: 7 }] },
		'best-practices': { score: 1, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
		seo: { score: 1, auditRefs: [] }
	},
	audits: {
		'first-contentful-paint': { score: 0.5, numericValue: 2100 },
		'largest-contentful-paint': { score: 0.21, numericValue: 5327.4 },
		'total-blocking-time': { score: 1, numericValue: 12 },
		diagnostics: { score: null },
		'target-size': { score: 0 },
		'errors-in-console': { score: 1 }
	}
};

describe('readLighthouseReport', () => {
	it('reads the four scores out of 100, the timings, and the weighted audits that did not pass', () => {
		expect(readLighthouseReport(JSON.stringify(report))).toEqual({
			scores: { performance: 41, accessibility: 96, 'best-practices': 100, seo: 100 },
			fcpMs: 2100,
			lcpMs: 5327.4,
			tbtMs: 12,
			failing: ['largest-contentful-paint', 'target-size']
		});
	});

	it('throws the runtime error of a run that could not load the page', () => {
		const failed = { ...report, runtimeError: { message: 'ERRORED_DOCUMENT_REQUEST' } };
		expect(() => readLighthouseReport(JSON.stringify(failed))).toThrow('ERRORED_DOCUMENT_REQUEST');
	});
});

describe('medianRun', () => {
	const run = (performance: number, tbtMs: number): LighthouseScores => ({
		scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
		fcpMs: 1000,
		lcpMs: 1500,
		tbtMs,
		failing: []
	});

	it('keeps the whole run with the median performance, and the spread of all runs', () => {
		const median = medianRun([run(80, 300), run(60, 900), run(90, 100)]);
		expect(median.scores.performance).toBe(80);
		expect(median.tbtMs).toBe(300);
		expect(median.runs).toBe(3);
		expect(median.performanceRange).toEqual([60, 90]);
	});

	it('takes the lower middle of an even count, and refuses no runs', () => {
		expect(medianRun([run(70, 1), run(50, 2)]).scores.performance).toBe(50);
		expect(() => medianRun([])).toThrow('no Lighthouse run');
	});
});
