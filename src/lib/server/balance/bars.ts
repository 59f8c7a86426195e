/**
 * Bar chart layouts, computed once on the server with d3 scales: horizontal bars grouped by side
 * (critics and response, same thickness) and horizontal stacks (response status, findings).
 */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3-scale';
import { stack } from 'd3-shape';
import { SIDES, type Side } from '../corpus/views';

/** One mark: a rectangle, the number it shows, where it links and what it says to a screen reader. */
export interface BarMark<K extends string = string> {
	key: K;
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
	/** null when the bar counts nothing: there is nothing to link to. */
	href: string | null;
	title: string;
}

export interface BarRow<K extends string = string> {
	key: string;
	label: string;
	/** Baseline of the row's label, written above its bars so that long titles need no margin. */
	labelY: number;
	y: number;
	height: number;
	marks: BarMark<K>[];
}

export interface AxisTick {
	value: number;
	x: number;
}

export interface BarsModel<K extends string = string> {
	/** The same bars laid out for a phone's width, so that they fit it at a readable size. */
	narrow?: BarsModel<K>;
	width: number;
	height: number;
	/** Where the bars start (x) and where the axis line runs (y). */
	x0: number;
	axisY: number;
	rows: BarRow<K>[];
	ticks: AxisTick[];
}

/** What a row of a chart shows: a value, a link and a description for each key (side, status…). */
export interface RowData<K extends string> {
	key: string;
	label: string;
	values: Record<K, number>;
	hrefs: Record<K, string>;
	titles: Record<K, string>;
}

const MARGIN = { top: 4, right: 40, bottom: 28, left: 8 };
/** Room above a row's bars for its label. */
const LABEL = 20;
export const CHART_WIDTH = 720;
/** A phone's layout: drawn at 288–576 px wide, its 13-unit text stays 10–20 px tall. */
export const NARROW_CHART_WIDTH = 360;

/** A layout at `width` with its narrow twin. */
const withNarrow = <K extends string>(
	layout: (width: number) => BarsModel<K>,
	width: number
): BarsModel<K> => ({ ...layout(width), narrow: layout(NARROW_CHART_WIDTH) });

function axis(max: number, width: number) {
	const x = scaleLinear()
		.domain([0, Math.max(1, max)])
		.nice()
		.range([MARGIN.left, width - MARGIN.right]);
	const ticks = x
		.ticks(5)
		.filter(Number.isInteger)
		.map((value) => ({ value, x: x(value) }));
	return { x, ticks };
}

function mark<K extends string>(
	row: RowData<K>,
	key: K,
	x: ScaleLinear<number, number>,
	[from, to]: [number, number],
	y: number,
	height: number
): BarMark<K> {
	const value = row.values[key];
	return {
		key,
		x: x(from),
		y,
		width: x(to) - x(from),
		height,
		value,
		href: value > 0 ? row.hrefs[key] : null,
		title: row.titles[key]
	};
}

/** What both layouts share: a band per row, the value axis up to `max`, each row's marks. */
function layoutRows<K extends string>(
	rows: RowData<K>[],
	max: number,
	{ width, rowHeight }: { width: number; rowHeight: number },
	marksOf: (
		row: RowData<K>,
		i: number,
		top: number,
		band: number,
		x: ScaleLinear<number, number>
	) => BarMark<K>[]
): BarsModel<K> {
	const height = MARGIN.top + MARGIN.bottom + rows.length * rowHeight;
	const y = scaleBand()
		.domain(rows.map((r) => r.key))
		.range([MARGIN.top, height - MARGIN.bottom])
		.paddingInner(0.15)
		.paddingOuter(0.05);
	const { x, ticks } = axis(max, width);
	return {
		width,
		height,
		x0: x(0),
		axisY: height - MARGIN.bottom,
		ticks,
		rows: rows.map((row, i) => {
			const top = y(row.key)!;
			return {
				key: row.key,
				label: row.label,
				labelY: top + LABEL - 6,
				y: top,
				height: y.bandwidth(),
				marks: marksOf(row, i, top, y.bandwidth(), x)
			};
		})
	};
}

/** One row per item, a bar per side inside it: critics' above, response below, equal thickness. */
export function layoutGroupedBars(
	rows: RowData<Side>[],
	{ width = CHART_WIDTH, rowHeight = 56 } = {}
): BarsModel<Side> {
	const max = Math.max(...rows.flatMap((r) => SIDES.map((s) => r.values[s])));
	const layout = (w: number) =>
		layoutRows(rows, max, { width: w, rowHeight }, (row, _i, top, band, x) => {
			const inner = scaleBand<Side>().domain(SIDES).range([LABEL, band]).paddingInner(0.1);
			return SIDES.map((side) =>
				mark(row, side, x, [0, row.values[side]], top + inner(side)!, inner.bandwidth())
			);
		});
	return withNarrow(layout, width);
}

/** One row per item, its values stacked left to right in the order of `keys`. */
export function layoutStackedBars<K extends string>(
	rows: RowData<K>[],
	keys: readonly K[],
	{ width = CHART_WIDTH, rowHeight = 48 } = {}
): BarsModel<K> {
	const series = stack<RowData<K>, K>()
		.keys(keys)
		.value((row, key) => row.values[key])(rows);
	const max = Math.max(0, ...series.flatMap((s) => s.map(([, top]) => top)));
	const layout = (w: number) =>
		layoutRows(rows, max, { width: w, rowHeight }, (row, i, top, band, x) =>
			series.map((s) => mark(row, s.key, x, [s[i][0], s[i][1]], top + LABEL, band - LABEL))
		);
	return withNarrow(layout, width);
}
