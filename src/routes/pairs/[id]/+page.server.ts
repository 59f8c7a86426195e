import { error } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';

export function load({ params }) {
	const pair = corpus.pairById.get(params.id);
	if (!pair) error(404, `There is no pair with the id "${params.id}".`);
	return {
		pair,
		topic: corpus.topicById.get(pair.topic)!
	};
}
