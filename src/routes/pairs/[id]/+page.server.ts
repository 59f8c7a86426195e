import { error, redirect } from '@sveltejs/kit';
import { corpus } from '$lib/server/corpus/corpus';
import { SIDES, summarizePair } from '$lib/server/corpus/views';
import { layoutPairAxis } from '$lib/balance/pair-axis';
import { canonicalId, goneError } from '$lib/server/cite/address';
import { sharePair } from '$lib/server/cite/share';
import { handoutOf } from '$lib/server/cite/handout';
import { pairPath } from '$lib/cite/model';

/**
 * The two ways to read a pair: both full arguments side by side, or point by point. Without
 * `?view=` the page is `auto`: the same HTML for every screen, points first on a phone and the two
 * full arguments side by side on a wide screen (CSS decides which part shows; see ARCHITECTURE.md).
 */
const VIEWS = ['sides', 'points'] as const;

export async function load({ params, url }) {
	const canonical = canonicalId(params.id);
	if (canonical) redirect(308, `/pairs/${canonical}${url.search}`);
	const pair = corpus.pairById.get(params.id);
	const retired = pair ? undefined : corpus.retiredById.get(params.id);
	if (retired) error(410, goneError(retired));
	if (!pair) error(404, `There is no pair with the id "${params.id}".`);
	const siblings = corpus.pairsByTopic.get(pair.topic) ?? [];
	const at = siblings.findIndex((p) => p.id === pair.id);
	const neighbour = (i: number) =>
		siblings[i] ? { id: siblings[i].id, question: siblings[i].question } : null;
	const events = pair.timeline.map((id) => corpus.eventById.get(id)!);
	const asked = url.searchParams.get('view');
	const view: 'auto' | (typeof VIEWS)[number] =
		asked === null ? 'auto' : (VIEWS.find((v) => v === asked) ?? 'sides');
	const notices =
		asked !== null && asked !== view
			? [`There is no view "${asked.slice(0, 40)}": showing both sides in full. Try view=points.`]
			: [];
	return {
		pair,
		view,
		notices,
		topic: corpus.topicById.get(pair.topic)!,
		events,
		// Laid out here, so that d3 stays on the server: the page only draws the positions.
		axis: layoutPairAxis(
			SIDES.map((side) => ({ side, id: pair[side].id, asOf: pair[side].as_of })),
			events.map(({ id, date, title, kind }) => ({ id, date, title, kind }))
		),
		related: pair.related.map((id) => summarizePair(corpus.pairById.get(id)!)),
		previous: neighbour(at - 1),
		next: neighbour(at + 1),
		share: await sharePair(pair, corpus, url),
		// Printed under the question: the pair's permanent address, the date and a QR code.
		handout: await handoutOf(url, pairPath(pair.id))
	};
}
