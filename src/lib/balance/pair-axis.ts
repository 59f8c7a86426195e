/**
 * The pair page's mini timeline: the policy eras from 2003 on, the pair's events, and the two
 * claims' "as of" dates, critics' above the axis and the response's below. Shared with the client.
 */
import { eraOf } from '$lib/explorer/facets';
import { sideSymbol } from './symbols';
import { dateOf, eraBands, timeScale, yearTicks } from './time';

export const PAIR_AXIS = { width: 640, height: 132, axisY: 56 } as const;
const PAD = 12;

export interface AxisClaim {
	side: 'critique' | 'response';
	id: string;
	asOf: string;
}

export interface AxisEvent {
	id: string;
	date: string;
	title: string;
}

/** Positions of the eras, events and claims on one time axis. */
export function layoutPairAxis<E extends AxisEvent>(claims: AxisClaim[], events: E[]) {
	const { width, axisY } = PAIR_AXIS;
	const x = timeScale(
		[...claims.map((c) => c.asOf), ...events.map((e) => e.date)],
		[PAD, width - PAD]
	);
	const eras = new Set<string | null>(claims.map((c) => eraOf(c.asOf)));
	return {
		...PAIR_AXIS,
		eras: eraBands(x).map((band) => ({ ...band, current: eras.has(band.id) })),
		years: yearTicks(x, 6),
		events: events.map((e) => ({ ...e, x: x(dateOf(e.date)), href: `/timeline#${e.id}` })),
		claims: claims.map((c) => {
			const above = c.side === 'critique';
			return {
				...c,
				era: eraOf(c.asOf),
				x: x(dateOf(c.asOf)),
				y: above ? axisY - 14 : axisY + 14,
				symbol: sideSymbol(c.side, 110)
			};
		})
	};
}
/** The layout of a pair's axis, for events of type `E`. */
export type PairAxisModel<E extends AxisEvent = AxisEvent> = ReturnType<typeof layoutPairAxis<E>>;
