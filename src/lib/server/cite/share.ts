/**
 * What a pair page needs to be cited and shared: its permanent address, its oEmbed address, and a
 * citation of each of its claims for the cite boxes.
 */
import { absoluteUrl, pairPath } from '$lib/cite/model';
import type { CorpusViews, PairView } from '../corpus/views';
import { citeClaim, prepareClaim, type ClaimCitation } from './cite';
import { citePlace } from './place';
import { toExportPair } from './records';

export interface PairShare {
	permalink: string;
	oembed: string;
	cite: Record<string, ClaimCitation>;
}

/** The citations and share addresses of a pair, for a request to `url`. */
export async function sharePair(
	pair: PairView,
	views: Pick<CorpusViews, 'topicById'>,
	url: URL
): Promise<PairShare> {
	const place = citePlace(url);
	const record = toExportPair(pair, views);
	// Rendered a few milliseconds at a time, so the event loop is not held (see prepareClaim).
	await prepareClaim(record, 'critique', place);
	await prepareClaim(record, 'response', place);
	const permalink = absoluteUrl(place.origin, pairPath(pair.id));
	return {
		permalink,
		oembed: absoluteUrl(place.origin, `/oembed?url=${encodeURIComponent(permalink)}&format=json`),
		cite: {
			[pair.critique.id]: citeClaim(record, 'critique', place),
			[pair.response.id]: citeClaim(record, 'response', place)
		}
	};
}
