/**
 * Time axes shared by the balance charts, the timeline and the pair page: partial corpus dates as
 * instants, a UTC time scale from ICE's founding, and the policy eras laid on it.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { POLICY_ERAS } from '$lib/explorer/state';

/** ICE was founded in March 2003: every axis starts with that year. */
export const FIRST_YEAR = 2003;

/** A corpus date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as the first instant it can mean, in UTC. */
export function dateOf(partial: string): Date {
	const [y, m = 1, d = 1] = partial.split('-').map(Number);
	return new Date(Date.UTC(y, m - 1, d));
}

/** A UTC scale from 1 January 2003 to the end of the latest year in `dates` (2026 at least). */
export function timeScale(
	dates: readonly string[],
	range: [number, number],
	{ from = FIRST_YEAR, minLast = 2026 } = {}
): ScaleTime<number, number> {
	const last = Math.max(minLast, ...dates.map((d) => Number(d.slice(0, 4))));
	return scaleUtc()
		.domain([new Date(Date.UTC(from, 0, 1)), new Date(Date.UTC(last + 1, 0, 1))])
		.range(range);
}

export interface EraBand {
	id: string;
	label: string;
	from: string;
	to: string;
	x0: number;
	x1: number;
}

/** The policy eras as bands on `x`, cut to its domain. */
export function eraBands(x: ScaleTime<number, number>): EraBand[] {
	const [start, end] = x.domain();
	return POLICY_ERAS.map((era) => {
		const from = Math.max(dateOf(era.from).getTime(), start.getTime());
		// An era's `to` is its last day: the band runs to the start of the next day.
		const to = Math.min(dateOf(era.to).getTime() + 86_400_000, end.getTime());
		return { id: era.id, label: era.label, from: era.from, to: era.to, x0: x(from), x1: x(to) };
	}).filter((band) => band.x1 > band.x0);
}

/**
 * What to write on each era band: its label where it fits, else its short id, else nothing. Labels
 * alternate between two rows, so one may run over the next band but not past it.
 */
export function eraLabels(bands: EraBand[], charWidth = 6.5) {
	return bands.map((band, i) => {
		const next = bands[i + 1];
		const room = band.x1 - band.x0 + (next ? next.x1 - next.x0 : 0) - 8;
		const text = [band.label, band.id].find((t) => t.length * charWidth < room) ?? '';
		return { ...band, text, row: i % 2 };
	});
}

export interface YearTick {
	year: number;
	x: number;
}

/** Year ticks on a time axis, about `count` of them, at whole years. */
export function yearTicks(x: ScaleTime<number, number>, count = 8): YearTick[] {
	return x
		.ticks(count)
		.filter((d) => d.getUTCMonth() === 0 && d.getUTCDate() === 1)
		.map((d) => ({ year: d.getUTCFullYear(), x: x(d) }));
}
