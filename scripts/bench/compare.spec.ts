import { describe, expect, it } from 'vitest';
import { median, medianOfRuns, summarise } from './compare';
import type { WrkFigures } from './wrk';

const run = (rps: number, extra: Partial<WrkFigures> = {}): WrkFigures => ({
	requests: rps,
	rps,
	p50: rps / 100,
	p99: 1,
	max: 2,
	bytesPerResponse: 1000,
	non2xx: 0,
	errors: 0,
	generatorCores: 0.1,
	serverCores: 1,
	serverUsPerRequest: 1e6 / rps,
	...extra
});

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});

describe('medianOfRuns', () => {
	it('takes each figure’s median and sums the failures', () => {
		const m = medianOfRuns([
			run(100, { non2xx: 1 }),
			run(300, { errors: 2 }),
			run(200, { non2xx: 4, p99: 9 })
		]);
		expect(m.rps).toBe(200);
		expect(m.p50).toBe(2);
		expect(m.p99).toBe(1);
		expect(m.non2xx).toBe(5);
		expect(m.errors).toBe(2);
	});
});

describe('summarise', () => {
	it('divides the app by each yardstick within each round, then takes the median of the ratios', () => {
		// A slow second round hits both sides: per-round ratios stay 0.5, the medians' ratio would not.
		const s = summarise({
			route: '/',
			kind: 'cached',
			runs: {
				app: [run(500), run(100), run(450)],
				sirv: [run(1000), run(200), run(900)],
				nginx: [run(5000), run(5000), run(5000)],
				node: [run(2000), run(400), run(1800)]
			}
		});
		expect(s.ratios.sirv.rounds).toEqual([0.5, 0.5, 0.5]);
		expect(s.ratios.sirv.median).toBe(0.5);
		expect(s.ratios.node.median).toBe(0.25);
		expect(s.median.app.rps / s.median.sirv.rps).toBeCloseTo(0.5);
		expect(s.ratios.nginx.rounds).toEqual([0.1, 0.02, 0.09]);
		expect(s.ratios.nginx.median).toBe(0.09);
		// CPU per request: the app 2,000 µs, sirv 1,000 µs in the first round.
		expect(s.cpuRatios.sirv.rounds[0]).toBe(0.5);
	});
});
