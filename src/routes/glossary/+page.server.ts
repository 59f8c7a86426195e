import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function load() {
	return {
		terms: corpus.terms.map((term) => ({
			...term,
			sources: term.sources.map((c) => {
				const ref = corpus.sourceById.get(c.source)!;
				return { id: ref.id, title: ref.title ?? ref.publisher, quote: c.quote };
			})
		})),
		topicTitles: Object.fromEntries(corpus.topics.map((t) => [t.id, t.title]))
	};
}
