/**
 * The timeline picture: one lane per topic on a time axis from 2003, a mark per event shaped by its
 * kind, over the policy eras. Marks that would touch in a lane move down a row ("dodge").
 */
import { kindSymbol } from '$lib/balance/symbols';
import { dateOf, eraBands, eraLabels, timeScale, yearTicks } from '$lib/balance/time';
import type { TimelineEvent } from '../corpus/schema';

const WIDTH = 960;
const MARGIN = { top: 40, right: 20, bottom: 32, left: 20 };
/** Vertical step between rows of a lane, and the least horizontal distance between two marks. */
const ROW = 20;
const GAP = 16;
const LANE_PADDING = 8;
/** Room at the top of a lane for its title, written above its marks. */
const LABEL = 18;

export interface Lane {
	id: string;
	title: string;
}

/** Rows for marks at `xs` (sorted): each mark takes the first row where it keeps GAP to the last. */
export function dodge(xs: number[]): number[] {
	const lastInRow: number[] = [];
	return xs.map((x) => {
		let row = lastInRow.findIndex((last) => x - last >= GAP);
		if (row < 0) row = lastInRow.push(x) - 1;
		else lastInRow[row] = x;
		return row;
	});
}

/** Lanes, marks, eras and year ticks for `events`, one lane per entry of `lanes`. */
export function layoutTimeline(
	events: readonly TimelineEvent[],
	lanes: readonly Lane[],
	describe: (event: TimelineEvent) => string
) {
	const x = timeScale(
		events.map((e) => e.date),
		[MARGIN.left, WIDTH - MARGIN.right]
	);
	let top = MARGIN.top;
	const laid = lanes.map((lane) => {
		const own = events
			.filter((e) => e.topics.includes(lane.id))
			.sort((a, b) => a.date.localeCompare(b.date));
		const xs = own.map((e) => x(dateOf(e.date)));
		const rows = dodge(xs);
		const height = LABEL + Math.max(1, ...rows.map((r) => r + 1)) * ROW + 2 * LANE_PADDING;
		const y = top;
		top += height;
		return {
			...lane,
			y,
			labelY: y + LABEL,
			height,
			marks: own.map((event, i) => ({
				id: event.id,
				kind: event.kind,
				x: xs[i],
				y: y + LABEL + LANE_PADDING + ROW / 2 + rows[i] * ROW,
				d: kindSymbol(event.kind),
				href: `#${event.id}`,
				title: describe(event)
			}))
		};
	});
	return {
		width: WIDTH,
		height: top + MARGIN.bottom,
		left: MARGIN.left,
		top: MARGIN.top,
		bottom: top,
		eras: eraLabels(eraBands(x)),
		years: yearTicks(x, 12),
		lanes: laid
	};
}
export type TimelineModel = ReturnType<typeof layoutTimeline>;
