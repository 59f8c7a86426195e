import { corpus } from '$lib/server/corpus/corpus';
import { perspectives, sourceTypes } from '$lib/server/corpus/schema';
import { listSources } from '$lib/server/sources';

export function load({ url }) {
	return {
		...listSources(url.searchParams),
		total: corpus.sources.length,
		options: {
			type: sourceTypes,
			perspective: perspectives,
			topic: corpus.topics.map(({ id, title }) => ({ id, title }))
		}
	};
}
