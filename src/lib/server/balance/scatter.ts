/**
 * The word-count parity chart: one dot per pair, critics' words across, the response's up, on the
 * same scale, with the band inside which neither argument is more than the limit times the other.
 */
import { scaleLinear } from 'd3-scale';
import { area, line } from 'd3-shape';
import { parityDotSymbol } from '$lib/balance/symbols';

export interface ParityPoint {
	id: string;
	critique: number;
	response: number;
	beyond: boolean;
	href: string;
	title: string;
}

const SIZE = 440;
const MARGIN = { top: 16, right: 20, bottom: 52, left: 64 };

/** Lays out the dots, the band (`limit`×) and the expected length box (`words.min`-`words.max`). */
export function layoutParity(
	points: ParityPoint[],
	limit: number,
	words: { min: number; max: number }
) {
	const plot = SIZE - MARGIN.left - MARGIN.right;
	const all = points.flatMap((p) => [p.critique, p.response]);
	// From where the band meets the shortest expected argument, so the dots are not crowded in a
	// corner; both axes share the domain, so the diagonal still means "as long as each other".
	const x = scaleLinear()
		.domain([Math.min(words.min, ...all) / limit, Math.max(words.max, ...all)])
		.nice()
		.range([MARGIN.left, MARGIN.left + plot]);
	const y = scaleLinear()
		.domain(x.domain())
		.range([MARGIN.top + plot, MARGIN.top])
		.clamp(true);
	const [lo, hi] = x.domain();
	// Clamped to the plot, each edge of the band bends where it meets a side of the plot: sample at
	// those corners too and the straight segments between samples are exact.
	const band = area<number>()
		.x((v) => x(v))
		.y0((v) => y(v / limit))
		.y1((v) => y(v * limit))([lo, lo * limit, hi / limit, hi].sort((a, b) => a - b));
	const ticks = x.ticks(5).map((value) => ({ value, x: x(value), y: y(value) }));
	return {
		width: SIZE,
		height: SIZE,
		plot: { x: x(lo), y: y(hi), size: plot },
		domain: [lo, hi] as [number, number],
		band: band ?? '',
		diagonal:
			line<number>()
				.x((v) => x(v))
				.y((v) => y(v))([lo, hi]) ?? '',
		expected: {
			x: x(words.min),
			y: y(words.max),
			width: x(words.max) - x(words.min),
			height: y(words.min) - y(words.max)
		},
		ticks,
		dots: points.map((p) => ({
			...p,
			x: x(p.critique),
			y: y(p.response),
			d: parityDotSymbol(p.beyond)
		}))
	};
}
export type ParityModel = ReturnType<typeof layoutParity>;
