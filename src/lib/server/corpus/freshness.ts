/**
 * Freshness: what has happened since a pair was last reviewed, and whether its two sides speak for
 * the same era. Shared by the checker's warnings and the pair page, so both say the same thing.
 */
import type { Pair, TimelineEvent } from './schema';

/** Years between the two sides' `as_of` dates past which a pair not marked historical is warned. */
export const MAX_AS_OF_GAP_YEARS = 5;

/** The first day a (possibly partial) date can mean: `2026` → `2026-01-01`. */
export function earliestDay(date: string): string {
	return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/**
 * The timeline events on the pair's topic, or linked from the pair, dated after its last review,
 * oldest first.
 */
export function eventsSinceReview(
	pair: Pick<Pair, 'topic' | 'timeline' | 'last_reviewed'>,
	events: readonly TimelineEvent[]
): TimelineEvent[] {
	return events
		.filter(
			(e) =>
				(e.topics.includes(pair.topic) || pair.timeline.includes(e.id)) &&
				earliestDay(e.date) > pair.last_reviewed
		)
		.sort((a, b) => a.date.localeCompare(b.date));
}

/** Whole years between two `YYYY-MM-DD` dates, either order. */
export function yearsApart(a: string, b: string): number {
	const [from, to] = a < b ? [a, b] : [b, a];
	const [y1, m1, d1] = from.split('-').map(Number);
	const [y2, m2, d2] = to.split('-').map(Number);
	return y2 - y1 - (m2 < m1 || (m2 === m1 && d2 < d1) ? 1 : 0);
}
