import { describe, expect, it } from 'vitest';
import { earliestDay, eventsSinceReview, yearsApart } from './freshness';
import type { TimelineEvent } from './schema';

const event = (id: string, date: string, topics: string[]): TimelineEvent => ({
	id,
	date,
	kind: 'court',
	title: id,
	description: 'x',
	topics,
	sources: [{ source: 's' }]
});

describe('freshness', () => {
	const pair = { topic: 'detention', timeline: ['linked'], last_reviewed: '2026-03-01' };
	const events = [
		event('old', '2026-02-28', ['detention']),
		event('same-day', '2026-03-01', ['detention']),
		event('later', '2026-04', ['detention']),
		event('other-topic', '2026-05-01', ['due-process']),
		event('linked', '2026-06-01', ['due-process']),
		event('this-year', '2026', ['detention'])
	];

	it('lists the events on the topic or linked, dated after the review, oldest first', () => {
		expect(eventsSinceReview(pair, events).map((e) => e.id)).toEqual(['later', 'linked']);
	});

	it('reads a partial date as its first day', () => {
		expect([earliestDay('2026'), earliestDay('2026-04'), earliestDay('2026-04-09')]).toEqual([
			'2026-01-01',
			'2026-04-01',
			'2026-04-09'
		]);
	});

	it('counts whole years between two dates, in either order', () => {
		expect(yearsApart('2020-05-01', '2025-05-01')).toBe(5);
		expect(yearsApart('2025-04-30', '2020-05-01')).toBe(4);
		expect(yearsApart('2014-05-01', '2020-05-02')).toBe(6);
	});
});
