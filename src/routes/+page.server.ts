import { corpus } from '$lib/server/corpus/corpus';
import { explore, facetValues, parseFilters, vocabulary, yearSpan } from '$lib/server/explorer';

export function load({ url }) {
	const { state, notices } = parseFilters(url.searchParams, vocabulary);
	const { results, counts, total } = explore(state);
	return {
		state,
		notices,
		results,
		counts,
		total,
		facetValues,
		yearSpan,
		topics: corpus.topics.map(({ id, title }) => ({ id, title }))
	};
}
