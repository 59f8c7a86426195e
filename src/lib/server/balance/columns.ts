/**
 * "As of" dates over time: one column per year and side, critics' above the axis and the response's
 * below it at the same scale, over the policy eras, so a reader sees when each side's claims speak.
 */
import { scaleLinear } from 'd3-scale';
import { eraBands, eraLabels, timeScale, yearTicks } from '$lib/balance/time';
import type { Side } from '../corpus/views';

export interface YearRow {
	year: number;
	values: Record<Side, number>;
	hrefs: Record<Side, string>;
	titles: Record<Side, string>;
}

const WIDTH = 720;
const HALF = 90;
const MARGIN = { top: 44, right: 16, bottom: 28, left: 40 };

/** Columns for each year's count per side, on a time axis from 2003 with the eras behind. */
export function layoutAsOfColumns(rows: YearRow[]) {
	const x = timeScale(
		rows.map((r) => String(r.year)),
		[MARGIN.left, WIDTH - MARGIN.right]
	);
	const max = Math.max(1, ...rows.flatMap((r) => [r.values.critique, r.values.response]));
	const h = scaleLinear().domain([0, max]).nice().range([0, HALF]);
	const axisY = MARGIN.top + HALF;
	const yearX = (year: number) => x(new Date(Date.UTC(year, 0, 1)));
	const marks = rows.flatMap((row) =>
		(['critique', 'response'] as const).map((side) => {
			const value = row.values[side];
			const height = h(value);
			return {
				key: `${side}-${row.year}`,
				side,
				year: row.year,
				value,
				x: yearX(row.year) + 1,
				width: Math.max(1, yearX(row.year + 1) - yearX(row.year) - 2),
				y: side === 'critique' ? axisY - height : axisY,
				height,
				href: value > 0 ? row.hrefs[side] : null,
				title: row.titles[side]
			};
		})
	);
	return {
		width: WIDTH,
		height: axisY + HALF + MARGIN.bottom,
		axisY,
		top: MARGIN.top,
		left: MARGIN.left,
		eras: eraLabels(eraBands(x)),
		years: yearTicks(x, 8),
		levels: h
			.ticks(3)
			.filter((v) => v > 0 && Number.isInteger(v))
			.map((value) => ({ value, up: axisY - h(value), down: axisY + h(value) })),
		marks
	};
}
export type AsOfModel = ReturnType<typeof layoutAsOfColumns>;
