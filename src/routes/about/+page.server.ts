import { corpus } from '$lib/server/corpus/corpus';
import { ARGUMENT_WORDS, MAX_LENGTH_RATIO } from '$lib/server/corpus/balance';
import { POLICY_ERAS } from '$lib/explorer/filters';

export const prerender = true;

export function load() {
	const cite = (c: { source: string; quote?: string }) => {
		const ref = corpus.sourceById.get(c.source)!;
		return { id: ref.id, title: ref.title ?? ref.publisher, date: ref.date };
	};
	return {
		sections: corpus.about.sections.map((s) => ({
			...s,
			facts: s.facts.map((f) => ({ text: f.text, sources: f.sources.map(cite) }))
		})),
		offices: corpus.about.offices.map((o) => ({ ...o, sources: o.sources.map(cite) })),
		counts: corpus.counts,
		rules: { ratio: MAX_LENGTH_RATIO, words: ARGUMENT_WORDS },
		eras: POLICY_ERAS.map(({ id, label, from }) => ({ id, label, from }))
	};
}
