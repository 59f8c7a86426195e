import { redirect } from '@sveltejs/kit';
import {
	MAX_COMPARE,
	compareHref,
	groupByPair,
	parseCompareIds,
	parseLayout
} from '$lib/cite/compare';
import { absoluteUrl, claimPath } from '$lib/cite/model';
import { shortCitation } from '$lib/cite/short';
import { corpus } from '$lib/server/corpus/corpus';
import { handoutOf } from '$lib/server/cite/handout';
import { siteOrigin } from '$lib/server/cite/place';

// The board is its URL: `?ids=FS-03-C,PC-01-R&layout=claims`. Unknown ids are listed, never an error.
export async function load({ url }) {
	const selection = parseCompareIds(url.searchParams.getAll('ids'));
	const { layout, notice } = parseLayout(url.searchParams.get('layout'));
	// The ids form leaves `?ids=em-01%2C+dc-03`: land on the board's canonical address instead, when
	// nothing the reader typed would be lost (a notice about a malformed or dropped id stays here).
	// (Compared as values: the URL's own encoding of the commas differs between a page load and a
	// client-side navigation, and must not cause a redirect.)
	const asked = url.searchParams.getAll('ids');
	const onlyIds = [...url.searchParams.keys()].every((k) => k === 'ids' || k === 'layout');
	if (
		onlyIds &&
		!notice &&
		selection.ids.length &&
		!selection.malformed.length &&
		!selection.dropped.length &&
		(asked.length !== 1 || asked[0] !== selection.ids.join(','))
	)
		redirect(303, compareHref(selection.ids, layout));
	const origin = siteOrigin(url);
	const columns = selection.ids.flatMap((id) => {
		const claim = corpus.claimById.get(id);
		if (!claim) return [];
		const pair = corpus.pairById.get(claim.pairId)!;
		const cite = shortCitation({
			claimId: claim.id,
			speaker: claim.by?.name ?? null,
			asOf: claim.as_of,
			revision: pair.revision,
			lastReviewed: pair.last_reviewed,
			permalink: absoluteUrl(origin, claimPath(claim.id))
		});
		return [{ claim, cite, pair: { id: pair.id, question: pair.question } }];
	});
	const ids = columns.map((c) => c.claim.id);
	// By pair: one row per pair, its critique and response in their own cells (either may be absent).
	const rows = groupByPair(ids).map(({ pairId }) => {
		const of = (side: 'critique' | 'response') => {
			const column = columns.find((c) => c.claim.pairId === pairId && c.claim.side === side);
			return column ? { claim: column.claim, cite: column.cite } : null;
		};
		const { question } = corpus.pairById.get(pairId)!;
		return { pair: { id: pairId, question }, critique: of('critique'), response: of('response') };
	});
	const notFound = selection.ids
		.filter((id) => !corpus.claimById.has(id))
		.map((id) => {
			const retired = corpus.retiredById.get(id);
			return { id, replacedBy: retired?.replaced_by ?? null, retired: Boolean(retired) };
		});
	const first = corpus.pairs[0];
	return {
		ids,
		layout,
		notices: notice ? [notice] : [],
		// Only what the chosen layout draws.
		columns: layout === 'claims' ? columns : [],
		rows: layout === 'pairs' ? rows : [],
		notFound,
		malformed: selection.malformed,
		dropped: selection.dropped,
		max: MAX_COMPARE,
		// The link to share: never from the request's Host (see http/origin.ts).
		origin,
		suggestion: first ? [first.critique.id, first.response.id] : [],
		handout: ids.length ? await handoutOf(url, compareHref(ids, layout)) : null
	};
}
