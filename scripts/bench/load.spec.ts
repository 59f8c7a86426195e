import { describe, expect, it } from 'vitest';
import { median, medianFigures, type LoadFigures } from './load';

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});

describe('medianFigures', () => {
	const run = (rps: number, p99: number, statuses: Record<string, number>): LoadFigures => ({
		rps,
		p50: rps / 100,
		p99,
		max: p99 * 2,
		bytesPerResponse: 1000,
		statuses,
		errors: 1,
		timeouts: 0
	});

	it('takes medians of rates and latencies, the worst maximum, and sums counts', () => {
		const merged = medianFigures([
			run(100, 50, { '200': 10 }),
			run(300, 10, { '200': 30, '404': 1 }),
			run(200, 30, { '200': 20 })
		]);
		expect(merged.rps).toBe(200);
		expect(merged.rpsRange).toEqual([100, 300]);
		expect(merged.p99).toBe(30);
		expect(merged.max).toBe(100);
		expect(merged.statuses).toEqual({ '200': 60, '404': 1 });
		expect(merged.errors).toBe(3);
	});
});
