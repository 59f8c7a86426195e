import { corpus } from '$lib/server/corpus/corpus';

export function load() {
	return {
		topics: corpus.topics.map((t) => ({
			...t,
			pairCount: corpus.pairsByTopic.get(t.id)?.length ?? 0,
			eventCount: corpus.events.filter((e) => e.topics.includes(t.id)).length,
			termCount: corpus.terms.filter((term) => term.topics.includes(t.id)).length
		}))
	};
}
