import { redirect } from '@sveltejs/kit';
import { MAX_COMPARE, compareHref, parseCompareIds } from '$lib/cite/compare';
import { corpus } from '$lib/server/corpus/corpus';
import { siteOrigin } from '$lib/server/cite/place';

// The board is its URL: `?ids=FS-03-C,PC-01-R`. Unknown ids are listed, never an error.
export function load({ url }) {
	const selection = parseCompareIds(url.searchParams.getAll('ids'));
	// The ids form leaves `?ids=em-01%2C+dc-03`: land on the board's canonical address instead, when
	// nothing the reader typed would be lost (a notice about a malformed or dropped id stays here).
	// (Compared as values: the URL's own encoding of the commas differs between a page load and a
	// client-side navigation, and must not cause a redirect.)
	const asked = url.searchParams.getAll('ids');
	const onlyIds = [...url.searchParams.keys()].every((k) => k === 'ids');
	if (
		onlyIds &&
		selection.ids.length &&
		!selection.malformed.length &&
		!selection.dropped.length &&
		(asked.length !== 1 || asked[0] !== selection.ids.join(','))
	)
		redirect(303, compareHref(selection.ids));
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
		// The link to share: never from the request's Host (see http/origin.ts).
		origin: siteOrigin(url),
		suggestion: first ? [first.critique.id, first.response.id] : []
	};
}
