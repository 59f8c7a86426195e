import { error } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';
import { summarizePair } from '$lib/server/corpus/views';

export function load({ params }) {
	const topic = corpus.topicById.get(params.id);
	if (!topic) error(404, `There is no topic "${params.id}".`);
	return {
		topic,
		pairs: (corpus.pairsByTopic.get(topic.id) ?? []).map((pair) => ({
			...summarizePair(pair),
			argumentHtml: { critique: pair.critique.argumentHtml, response: pair.response.argumentHtml }
		})),
		events: corpus.events.filter((e) => e.topics.includes(topic.id)),
		terms: corpus.terms
			.filter((t) => t.topics.includes(topic.id))
			.map(({ id, term, neutral }) => ({ id, term, neutral }))
	};
}
