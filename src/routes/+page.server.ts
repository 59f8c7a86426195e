import { corpus } from '$lib/server/corpus/corpus';
import { summarizePair } from '$lib/server/corpus/views';

export function load() {
	return {
		topics: corpus.topics.map((topic) => ({
			id: topic.id,
			title: topic.title,
			description: topic.description,
			pairs: (corpus.pairsByTopic.get(topic.id) ?? []).map(summarizePair)
		})),
		counts: corpus.counts
	};
}
