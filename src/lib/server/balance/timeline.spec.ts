import { describe, expect, it } from 'vitest';
import { dateOf, eraBands, timeScale } from '$lib/balance/time';
import { fixtureViews } from './fixture';
import { buildTimeline, parseTimelineTopic } from './timeline';
import { dodge } from './timeline-layout';

const { views } = fixtureViews();

describe('the timeline of the fixture corpus', () => {
	it('lists every event, oldest first, each with the pairs that refer to it', () => {
		const page = buildTimeline(views, null);
		expect(page.events.map((e) => [e.id, e.kindLabel, e.pairs.map((p) => p.id)])).toEqual([
			['event-founding', 'Founding', []],
			['event-a', 'Policy', ['TT-01', 'TT-03']],
			['event-b', 'Court ruling', ['TT-03', 'OT-01']]
		]);
		expect(page.events[2].topics.map((t) => t.title)).toEqual(['Test topic', 'Other topic']);
	});

	it('draws a lane per topic and an event in every lane of its topics, linked to its entry', () => {
		const { lanes } = buildTimeline(views, null).picture;
		expect(lanes.map((l) => [l.id, l.marks.map((m) => m.href)])).toEqual([
			['test-topic', ['#event-a', '#event-b']],
			['other-topic', ['#event-founding', '#event-b']]
		]);
		expect(lanes[1].y).toBe(lanes[0].y + lanes[0].height);
		const [a, b] = lanes[0].marks;
		expect(a.x).toBeLessThan(b.x);
	});

	it('keeps only the chosen topic, in the picture and in the list', () => {
		const page = buildTimeline(views, 'other-topic');
		expect(page.events.map((e) => e.id)).toEqual(['event-founding', 'event-b']);
		expect(page.picture.lanes.map((l) => l.id)).toEqual(['other-topic']);
		expect(page.legend.map((k) => k.label)).toEqual(['Founding', 'Court ruling']);
	});

	it('reads a known topic from the query and turns an unknown one into a notice', () => {
		const read = (q: string) => parseTimelineTopic(new URLSearchParams(q), views);
		expect(read('topic=test-topic')).toEqual({ topic: 'test-topic', notice: null });
		expect(read('topic=')).toEqual({ topic: null, notice: null });
		expect(read('topic=<b>nope</b>')).toEqual({
			topic: null,
			notice: 'There is no topic "<b>nope</b>": showing every topic.'
		});
	});
});

describe('timeline layout', () => {
	it('moves a mark down a row only when it would touch the last one in a row', () => {
		expect(dodge([0, 100, 200])).toEqual([0, 0, 0]);
		expect(dodge([0, 5, 10, 20, 40])).toEqual([0, 1, 2, 0, 0]);
		expect(dodge([0, 5, 30])).toEqual([0, 1, 0]);
	});

	it('places partial dates at their first day and lays the eras end to end from 2003', () => {
		expect(dateOf('2018').toISOString()).toBe('2018-01-01T00:00:00.000Z');
		expect(dateOf('2018-06').toISOString()).toBe('2018-06-01T00:00:00.000Z');
		const x = timeScale(['2025-03-01'], [0, 1000]);
		expect(x.domain().map((d) => d.getUTCFullYear())).toEqual([2003, 2027]);
		const bands = eraBands(x);
		expect(bands[0].x0).toBe(0);
		expect(bands.at(-1)!.x1).toBe(1000);
		for (let i = 1; i < bands.length; i++) expect(bands[i].x0).toBeCloseTo(bands[i - 1].x1);
	});
});
