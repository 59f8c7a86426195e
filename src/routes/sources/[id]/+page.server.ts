import { error } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function entries() {
	return corpus.sources.map((s) => ({ id: s.id }));
}

export function load({ params }) {
	const source = corpus.sourceById.get(params.id);
	if (!source) error(404, `There is no source "${params.id}".`);
	const places = (corpus.citedBy.get(source.id) ?? []).map((place) => {
		const pair = corpus.pairById.get(place.pairId)!;
		const claim = place.claimId ? corpus.claimById.get(place.claimId)! : null;
		return { ...place, question: pair.question, summary: claim?.summary ?? null };
	});
	return { source, places };
}
