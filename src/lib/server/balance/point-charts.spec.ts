import { describe, expect, it } from 'vitest';
import { fixtureViews } from './fixture';
import {
	answersSection,
	bearingsSection,
	countAnswersByTopic,
	countBearingsByTopic,
	freshnessSection,
	listStalePairs
} from './point-charts';

const { views } = fixtureViews();

describe('point-by-point balance of the fixture corpus', () => {
	it('counts answers given and points not addressed by answering side and topic', () => {
		expect(countAnswersByTopic(views).map((r) => [r.topic, r.answered, r.notAddressed])).toEqual([
			// TT-01 both answer; TT-02 (none found) leaves TT-02-C1; TT-03's response leaves TT-03-C1.
			['test-topic', { critique: 2, response: 1 }, { critique: 0, response: 2 }],
			// OT-01's critics leave OT-01-R1 not addressed.
			['other-topic', { critique: 0, response: 1 }, { critique: 1, response: 0 }]
		]);
		const section = answersSection(views);
		expect(section.summary[0]).toBe(
			"The critics answer 2 of the response's points and leave 1 point not addressed; the response answers 2 of the critics' points and leaves 2 points not addressed."
		);
		expect(section.model.notAddressed.rows.map((r) => r.marks.map((m) => m.value))).toEqual([
			[0, 2],
			[1, 0]
		]);
	});

	it('counts findings supporting, undercutting or giving context to each side, per topic', () => {
		expect(
			countBearingsByTopic(views).map((r) => [r.topic, r.supports, r.undercuts, r.context])
		).toEqual([
			[
				'test-topic',
				{ critique: 1, response: 0 },
				{ critique: 0, response: 0 },
				{ critique: 0, response: 0 }
			],
			[
				'other-topic',
				{ critique: 0, response: 0 },
				{ critique: 0, response: 1 },
				{ critique: 1, response: 0 }
			]
		]);
		const table = bearingsSection(views).table;
		expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
			['Test topic', '1', '0', '0', '0', '0', '0'],
			['Other topic', '0', '0', '1', '0', '1', '0']
		]);
	});

	it('lists the pairs with events since their last review, and says when there are none', () => {
		expect(listStalePairs(views)).toEqual([]);
		expect(freshnessSection(views).summary[0]).toMatch(/^None of the 4 pairs/);
		const event = views.events.at(-1)!;
		const stale = {
			...views,
			pairs: views.pairs.map((p) => (p.id === 'OT-01' ? { ...p, sinceReview: [event] } : p))
		};
		expect(listStalePairs(stale)).toEqual([
			{
				id: 'OT-01',
				question: 'Is the question neutral?',
				lastReviewed: '2025-06-01',
				events: [{ id: event.id, title: event.title, date: event.date }]
			}
		]);
		expect(freshnessSection(stale).table.rows[0][0]).toEqual({
			text: 'OT-01: Is the question neutral?',
			href: '/pairs/OT-01'
		});
	});
});
