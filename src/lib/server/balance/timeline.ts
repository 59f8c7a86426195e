/**
 * The `/timeline` page: events from 2003 on, as a picture grouped by topic and as a list, each
 * event with the pairs that refer to it. Filterable by topic; an unknown topic is a notice.
 */
import { EVENT_KIND_LABEL } from '$lib/balance/labels';
import { kindSymbol } from '$lib/balance/symbols';
import { formatDate } from '$lib/labels';
import type { CorpusViews } from '../corpus/views';
import { layoutTimeline } from './timeline-layout';

type Views = Pick<
	CorpusViews,
	'events' | 'topics' | 'topicById' | 'pairsByEvent' | 'pairById' | 'sourceById'
>;

/** Reads `?topic=`: a known topic id, nothing, or a notice saying what was ignored. */
export function parseTimelineTopic(params: URLSearchParams, views: Pick<Views, 'topicById'>) {
	const raw = params.get('topic')?.trim() ?? '';
	if (!raw) return { topic: null, notice: null };
	if (views.topicById.has(raw)) return { topic: raw, notice: null };
	const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
	return { topic: null, notice: `There is no topic "${shown}": showing every topic.` };
}

/** The picture and the list for one topic, or for all of them. */
export function buildTimeline(views: Views, topic: string | null) {
	const events = topic ? views.events.filter((e) => e.topics.includes(topic)) : views.events;
	const lanes = views.topics
		.filter((t) => (topic ? t.id === topic : events.some((e) => e.topics.includes(t.id))))
		.map((t) => ({ id: t.id, title: t.title }));
	const kinds = [...new Set(events.map((e) => e.kind))];
	return {
		topic,
		topics: views.topics.map((t) => ({ id: t.id, title: t.title })),
		picture: layoutTimeline(
			events,
			lanes,
			(e) => `${formatDate(e.date)}, ${EVENT_KIND_LABEL[e.kind].toLowerCase()}: ${e.title}`
		),
		legend: Object.entries(EVENT_KIND_LABEL)
			.filter(([kind]) => kinds.includes(kind as (typeof kinds)[number]))
			.map(([kind, label]) => ({ kind, label, d: kindSymbol(kind as (typeof kinds)[number]) })),
		events: events.map((e) => ({
			id: e.id,
			date: e.date,
			kind: e.kind,
			kindLabel: EVENT_KIND_LABEL[e.kind],
			title: e.title,
			description: e.description,
			topics: e.topics.map((id) => ({ id, title: views.topicById.get(id)!.title })),
			pairs: (views.pairsByEvent.get(e.id) ?? []).map((id) => ({
				id,
				question: views.pairById.get(id)!.question
			})),
			sources: e.sources.map((c, i) => ({
				...c,
				ref: views.sourceById.get(c.source)!,
				anchor: `${e.id}-s${i + 1}`
			}))
		}))
	};
}
export type TimelinePage = ReturnType<typeof buildTimeline>;
