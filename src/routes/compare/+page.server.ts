import { MAX_COMPARE, parseCompareIds } from '$lib/cite/compare';
import { corpus } from '$lib/server/corpus/corpus';

// The board is its URL: `?ids=FS-03-C,PC-01-R`. Unknown ids are listed, never an error.
export function load({ url }) {
	const selection = parseCompareIds(url.searchParams.getAll('ids'));
	const columns = selection.ids.flatMap((id) => {
		const claim = corpus.claimById.get(id);
		if (!claim) return [];
		const pair = corpus.pairById.get(claim.pairId)!;
		return [{ claim, pair: { id: pair.id, question: pair.question } }];
	});
	const notFound = selection.ids
		.filter((id) => !corpus.claimById.has(id))
		.map((id) => {
			const retired = corpus.retiredById.get(id);
			return { id, replacedBy: retired?.replaced_by ?? null, retired: Boolean(retired) };
		});
	const first = corpus.pairs[0];
	return {
		ids: columns.map((c) => c.claim.id),
		columns,
		notFound,
		malformed: selection.malformed,
		dropped: selection.dropped,
		max: MAX_COMPARE,
		suggestion: first ? [first.critique.id, first.response.id] : []
	};
}
