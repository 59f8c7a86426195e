import { error } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';
import { explorerRow } from '$lib/server/explorer';
import { sendOnce } from '$lib/page-html';

export function load(event) {
	const { params } = event;
	const topic = corpus.topicById.get(params.id);
	if (!topic) error(404, `There is no topic "${params.id}".`);
	const send = sendOnce(event);
	return {
		topic,
		pairs: (corpus.pairsByTopic.get(topic.id) ?? []).map((pair) => explorerRow(pair, send)),
		events: corpus.events.filter((e) => e.topics.includes(topic.id)),
		terms: corpus.terms
			.filter((t) => t.topics.includes(topic.id))
			.map(({ id, term, html }) => ({ id, term, neutral: html.neutral }))
	};
}
