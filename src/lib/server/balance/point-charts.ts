/**
 * The point-by-point charts: how often each side answers the other's points, how the neutral
 * record bears on each side's points, and which pairs have events since their last review. The
 * record's lean is shown per topic, never turned into a verdict.
 */
import { plural } from '$lib/balance/labels';
import { formatDate } from '$lib/labels';
import { SIDES, type Side } from '../corpus/views';
import { layoutGroupedBars, type BarsModel } from './bars';
import { countCell, explorerHref, type ChartSection } from './section';
import type { Views } from './stats';

const both = <T>(critique: T, response: T) => ({ critique, response });
const NAME = { critique: "critics'", response: "the response's" } as const;

/** Per topic and answering side: answers given and points left not addressed. */
export function countAnswersByTopic(views: Views) {
	return views.topics.map((t) => {
		const pairs = views.pairs.filter((p) => p.topic === t.id);
		const count = (side: Side, notAddressed: boolean) =>
			pairs.reduce(
				(n, p) => n + p[side].answers.filter((a) => a.not_addressed === notAddressed).length,
				0
			);
		return {
			topic: t.id,
			title: t.title,
			answered: both(count('critique', false), count('response', false)),
			notAddressed: both(count('critique', true), count('response', true))
		};
	});
}

/** Per topic and side: the findings that support, undercut or give context to that side's points. */
export function countBearingsByTopic(views: Views) {
	return views.topics.map((t) => {
		const pairs = views.pairs.filter((p) => p.topic === t.id);
		// A finding counts once per side and kind, however many of that side's points it names.
		const count = (side: Side, how: 'supports' | 'undercuts' | 'context') =>
			pairs.reduce(
				(n, p) =>
					n +
					p.findings.filter((f) =>
						f.bears.some((b) => b.how === how && p[side].points.some((pt) => pt.id === b.point))
					).length,
				0
			);
		return {
			topic: t.id,
			title: t.title,
			supports: both(count('critique', 'supports'), count('response', 'supports')),
			undercuts: both(count('critique', 'undercuts'), count('response', 'undercuts')),
			context: both(count('critique', 'context'), count('response', 'context'))
		};
	});
}

/** Pairs with timeline events dated after their last review, oldest review first. */
export function listStalePairs(views: Views) {
	return views.pairs
		.filter((p) => p.sinceReview.length)
		.map((p) => ({
			id: p.id,
			question: p.question,
			lastReviewed: p.last_reviewed,
			events: p.sinceReview.map((e) => ({ id: e.id, title: e.title, date: e.date }))
		}))
		.sort((a, b) => a.lastReviewed.localeCompare(b.lastReviewed) || a.id.localeCompare(b.id));
}

function grouped<R extends { topic: string; title: string }>(
	rows: R[],
	values: (r: R) => { critique: number; response: number },
	what: (side: Side, n: number) => string
): BarsModel {
	return layoutGroupedBars(
		rows.map((r) => {
			const href = explorerHref({ topic: [r.topic] });
			const v = values(r);
			return {
				key: r.topic,
				label: r.title,
				values: v,
				hrefs: both(href, href),
				titles: both(
					`${r.title}: ${what('critique', v.critique)}`,
					`${r.title}: ${what('response', v.response)}`
				)
			};
		})
	);
}

/** Answers given and points not addressed, per answering side and topic. */
export function answersSection(
	views: Views
): ChartSection<{ answered: BarsModel; notAddressed: BarsModel }> {
	const rows = countAnswersByTopic(views);
	const sum = (key: 'answered' | 'notAddressed', side: Side) =>
		rows.reduce((n, r) => n + r[key][side], 0);
	return {
		id: 'answers',
		title: 'Do the sides meet? Points answered and not addressed',
		summary: [
			`The critics answer ${plural(sum('answered', 'critique'), "of the response's points", "of the response's points")} and leave ${plural(sum('notAddressed', 'critique'), 'point')} not addressed; the response answers ${plural(sum('answered', 'response'), "of the critics' points", "of the critics' points")} and leaves ${plural(sum('notAddressed', 'response'), 'point')} not addressed.`,
			'A point "not addressed" means no answer of that side was found in the sources; the pair says what was looked for.'
		],
		model: {
			answered: grouped(
				rows,
				(r) => r.answered,
				(side, n) => `${NAME[side]} answers given, ${n}`
			),
			notAddressed: grouped(
				rows,
				(r) => r.notAddressed,
				(side, n) => `${NAME[side]} points left not addressed, ${n}`
			)
		},
		table: {
			caption: 'Answers to the other side’s points, by answering side and topic',
			columns: [
				'Topic',
				'Critics answer',
				'Critics: not addressed',
				'Response answers',
				'Response: not addressed'
			],
			rows: rows.map((r) => {
				const href = explorerHref({ topic: [r.topic] });
				return [
					{ text: r.title, href },
					countCell(r.answered.critique, href),
					countCell(r.notAddressed.critique, href),
					countCell(r.answered.response, href),
					countCell(r.notAddressed.response, href)
				];
			})
		}
	};
}

/** Findings that support or undercut each side's points, per topic. */
export function bearingsSection(
	views: Views
): ChartSection<{ supports: BarsModel; undercuts: BarsModel }> {
	const rows = countBearingsByTopic(views);
	const sum = (key: 'supports' | 'undercuts' | 'context', side: Side) =>
		rows.reduce((n, r) => n + r[key][side], 0);
	const line = (side: Side) =>
		`${SIDES.indexOf(side) ? 'For the response' : "For the critics' points"}: ${plural(sum('supports', side), 'finding')} ${sum('supports', side) === 1 ? 'supports' : 'support'} them, ${plural(sum('undercuts', side), 'finding')} ${sum('undercuts', side) === 1 ? 'undercuts' : 'undercut'} them, ${plural(sum('context', side), 'finding')} ${sum('context', side) === 1 ? 'gives' : 'give'} context.`;
	return {
		id: 'bearings',
		title: 'What the neutral record bears on: findings per side’s points',
		summary: [
			line('critique'),
			line('response'),
			'A finding counts once for each side and kind of bearing it has. This shows where the record leans on each topic; it is not a verdict on any pair.'
		],
		model: {
			supports: grouped(
				rows,
				(r) => r.supports,
				(side, n) => `findings supporting ${NAME[side]} points, ${n}`
			),
			undercuts: grouped(
				rows,
				(r) => r.undercuts,
				(side, n) => `findings undercutting ${NAME[side]} points, ${n}`
			)
		},
		table: {
			caption: 'Findings bearing on each side’s points, by topic',
			columns: [
				'Topic',
				"Critics' points: supported",
				'undercut',
				'context',
				"Response's points: supported",
				'undercut',
				'context'
			],
			rows: rows.map((r) => {
				const href = explorerHref({ topic: [r.topic], findings: 'yes' });
				return [
					{ text: r.title, href: explorerHref({ topic: [r.topic] }) },
					...SIDES.flatMap((side) =>
						(['supports', 'undercuts', 'context'] as const).map((how) =>
							countCell(r[how][side], href)
						)
					)
				];
			})
		}
	};
}

/** The pairs whose topic has events since their last review: a table, no chart. */
export function freshnessSection(views: Views): ChartSection<null> {
	const rows = listStalePairs(views);
	return {
		id: 'freshness',
		title: 'Pairs with events since their last review',
		summary: [
			rows.length
				? `${plural(rows.length, 'pair')} of ${views.pairs.length} ${rows.length === 1 ? 'has' : 'have'} timeline events on their topic, or linked to them, dated after their last review.`
				: `None of the ${plural(views.pairs.length, 'pair')} has a timeline event on its topic dated after its last review.`,
			'A review date means the events up to that day were checked; this list is what a reviewer reads next.'
		],
		model: null,
		table: {
			caption: 'Pairs with events since their last review',
			columns: ['Pair', 'Last reviewed', 'Events since'],
			rows: rows.map((r) => [
				{ text: `${r.id}: ${r.question}`, href: `/pairs/${r.id}` },
				{ text: formatDate(r.lastReviewed) },
				{ text: r.events.map((e) => `${e.title} (${formatDate(e.date)})`).join('; ') }
			])
		}
	};
}
