import { corpus } from '$lib/server/corpus/corpus';
import { explore, facetValues, parseFilters, vocabulary, yearSpan } from '$lib/server/explorer';
import { sendOnce } from '$lib/page-html';
import { rankOf, rowMatchesOf, searchPairs, searchPlacement } from '$lib/server/search/searcher';

export function load(event) {
	const { url } = event;
	const { state, notices } = parseFilters(url.searchParams, vocabulary);
	// A query ranks the results by relevance and narrows the facet counts to its hits.
	const search = state.q.trim() ? searchPairs(state.q) : null;
	const { results, counts, total } = explore(
		state,
		search ? rankOf(search) : undefined,
		sendOnce(event)
	);
	const matches = search ? rowMatchesOf(search, new Set(results.map((r) => r.id))) : null;
	return {
		state,
		notices: [...notices, ...(search?.notices ?? [])],
		results: results.map((r) => ({ ...r, match: matches?.get(r.id) ?? null })),
		search: search && { hits: search.hits.length, suggestion: search.suggest() },
		searchPlacement,
		counts,
		total,
		facetValues,
		yearSpan,
		topics: corpus.topics.map(({ id, title }) => ({ id, title }))
	};
}
