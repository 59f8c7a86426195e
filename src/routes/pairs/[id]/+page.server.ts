import { error } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';
import { summarizePair } from '$lib/server/corpus/views';
import { goneError } from '$lib/server/cite/address';
import { sharePair } from '$lib/server/cite/share';

export function load({ params, url }) {
	const pair = corpus.pairById.get(params.id);
	const retired = pair ? undefined : corpus.retiredById.get(params.id);
	if (retired) error(410, goneError(retired));
	if (!pair) error(404, `There is no pair with the id "${params.id}".`);
	const siblings = corpus.pairsByTopic.get(pair.topic) ?? [];
	const at = siblings.findIndex((p) => p.id === pair.id);
	const neighbour = (i: number) =>
		siblings[i] ? { id: siblings[i].id, question: siblings[i].question } : null;
	return {
		pair,
		topic: corpus.topicById.get(pair.topic)!,
		events: pair.timeline.map((id) => corpus.eventById.get(id)!),
		related: pair.related.map((id) => summarizePair(corpus.pairById.get(id)!)),
		previous: neighbour(at - 1),
		next: neighbour(at + 1),
		share: sharePair(pair, corpus, url)
	};
}
