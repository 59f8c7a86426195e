import { describe, expect, it } from 'vitest';
import { layoutPairAxis, PAIR_AXIS } from './pair-axis';
import { formatRatio, lengthRatio } from './parity';

const claims = [
	{ side: 'critique' as const, id: 'TT-01-C', asOf: '2018-06-18' },
	{ side: 'response' as const, id: 'TT-01-R', asOf: '2021-10-01' }
];
const events = [
	{ id: 'zero-tolerance-2018', date: '2018-04', title: 'Zero tolerance', kind: 'policy' }
];

describe("the pair page's mini timeline", () => {
	const model = layoutPairAxis(claims, events);

	it('puts the critics above the axis and the response below, in date order', () => {
		const [c, r] = model.claims;
		expect(c.y).toBeLessThan(PAIR_AXIS.axisY);
		expect(r.y).toBeGreaterThan(PAIR_AXIS.axisY);
		expect(c.x).toBeLessThan(r.x);
		expect([c.symbol.rotate, r.symbol.rotate]).toEqual([0, 180]);
	});

	it('names the era in force on each "as of" date and outlines exactly those eras', () => {
		expect(model.claims.map((c) => c.era)).toEqual(['2017-2020', '2021-2023']);
		expect(model.eras.filter((e) => e.current).map((e) => e.id)).toEqual([
			'2017-2020',
			'2021-2023'
		]);
	});

	it('places each event on the same axis, linked to its entry on the timeline', () => {
		const [event] = model.events;
		expect(event.href).toBe('/timeline#zero-tolerance-2018');
		expect(event.x).toBeLessThan(model.claims[0].x);
		expect(event.x).toBeGreaterThan(model.eras.find((e) => e.id === '2017-2020')!.x0);
	});
});

describe('length ratio', () => {
	it('divides the longer argument by the shorter, whichever side is longer', () => {
		expect(lengthRatio(100, 150)).toBe(1.5);
		expect(lengthRatio(150, 100)).toBe(1.5);
		expect(lengthRatio(120, 0)).toBe(120);
		expect(formatRatio(120 / 110)).toBe('1.09×');
	});
});
