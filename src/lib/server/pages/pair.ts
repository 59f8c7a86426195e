/**
 * The pair page's model: from the corpus views and the request's URL, exactly what `/pairs/[id]`
 * renders (src/lib/pages/pair.ts), nothing more: no source excerpts or notes, no argument
 * markdown beside its HTML. Deterministic for a corpus, a URL and a day (citations and the printed
 * address name today); redirects and errors are thrown as Kit's, as a loader would.
 */
import { error, redirect } from '@sveltejs/kit';
import { layoutPairAxis } from '$lib/balance/pair-axis';
import { pairPath } from '$lib/cite/model';
import { sidesOf, sidesParam } from '$lib/explorer/state';
import type { PairPage, PointRowView } from '$lib/pages/pair';
import type {
	CiteBoxView,
	ClaimFullView,
	SourceEntryView,
	StyledCitationView
} from '$lib/pages/views';
import { canonicalId, goneError } from '../cite/address';
import type { ClaimCitation, StyledCitation } from '../cite/cite';
import { handoutOf } from '../cite/handout';
import { sharePair } from '../cite/share';
import {
	SIDES,
	type CitationView,
	type ClaimView,
	type CorpusViews,
	type PairView
} from '../corpus/views';

/** The views the page reads. */
export type PairPageViews = Pick<
	CorpusViews,
	'pairById' | 'retiredById' | 'pairsByTopic' | 'topicById' | 'eventById'
>;

/**
 * The two ways to read a pair: both full arguments side by side, or point by point. Without
 * `?view=` the page is `auto`: the same HTML for every screen, points first on a phone and the two
 * full arguments side by side on a wide screen (CSS decides which part shows; see ARCHITECTURE.md).
 */
const VIEWS = ['sides', 'points'] as const;

const sourceEntry = ({ anchor, quote, pinpoint, ref }: CitationView): SourceEntryView => ({
	anchor,
	quote,
	pinpoint,
	ref: {
		url: ref.url,
		title: ref.title,
		publisher: ref.publisher,
		via: ref.via,
		date: ref.date,
		type: ref.type,
		perspective: ref.perspective
	}
});

function claimFull(claim: ClaimView): ClaimFullView {
	return {
		id: claim.id,
		side: claim.side,
		pairId: claim.pairId,
		summary: claim.summary,
		by: claim.by,
		as_of: claim.as_of,
		status: 'status' in claim ? claim.status : undefined,
		points: claim.points.map(({ id, html }) => ({ id, html })),
		argumentHtml: claim.argumentHtml,
		sources: claim.sources.map(sourceEntry)
	};
}

// The copy buttons copy what the page shows, so a citation's plain text is not sent beside it.
const styled = ({ style, label, html }: StyledCitation): StyledCitationView => ({
	style,
	label,
	html
});
const citeBox = (cite: ClaimCitation): CiteBoxView => ({
	...cite,
	styles: cite.styles.map(styled),
	sources: cite.sources.map((s) => ({ id: s.id, label: s.label, styles: s.styles.map(styled) }))
});

function pointRows(pair: PairView, order: readonly string[]): PointRowView[] {
	const number = new Map(pair.findings.map((f, i) => [f.id, i + 1]));
	return [...pair.rows]
		.sort((a, b) => order.indexOf(a.side) - order.indexOf(b.side))
		.map((row) => ({
			side: row.side,
			point: { id: row.point.id, html: row.point.html },
			answer: !row.answer
				? null
				: row.answer.not_addressed
					? { notAddressed: true, text: row.answer.text }
					: { notAddressed: false, html: row.answer.html },
			findings: row.findings.map((f) => ({ ...f, number: number.get(f.id)! }))
		}));
}

/** The view a `view` parameter asks for, and a notice when it names none. */
function viewOf(asked: string | null): Pick<PairPage, 'view' | 'notices'> {
	if (asked === null) return { view: 'auto', notices: [] };
	const view = VIEWS.find((v) => v === asked);
	if (view) return { view, notices: [] };
	const notice = `There is no view "${asked.slice(0, 40)}": showing both sides in full. Try view=points.`;
	return { view: 'sides', notices: [notice] };
}

/** The pair page for `id`, as requested at `url`: 308 to the canonical id, 410 retired, 404. */
export async function buildPairPage(views: PairPageViews, id: string, url: URL): Promise<PairPage> {
	const canonical = canonicalId(id);
	if (canonical) redirect(308, `/pairs/${canonical}${url.search}`);
	const pair = views.pairById.get(id);
	const retired = pair ? undefined : views.retiredById.get(id);
	if (retired) error(410, goneError(retired));
	if (!pair) error(404, `There is no pair with the id "${id}".`);

	const sides = sidesOf(url.searchParams);
	const keep = sidesParam(sides);
	const responseFirst = sides === 'response-first';
	const order = responseFirst ? (['response', 'critique'] as const) : SIDES;
	const siblings = views.pairsByTopic.get(pair.topic) ?? [];
	const at = siblings.findIndex((p) => p.id === pair.id);
	const link = (p: { id: string; question: string } | undefined) =>
		p ? { id: p.id, question: p.question } : null;
	const events = pair.timeline.map((eventId) => views.eventById.get(eventId)!);
	const share = await sharePair(pair, views, url);
	const topic = views.topicById.get(pair.topic)!;
	return {
		id: pair.id,
		question: pair.question,
		tags: pair.tags,
		lastReviewed: pair.last_reviewed,
		revision: pair.revision,
		topic: { id: topic.id, title: topic.title },
		summaries: { critique: pair.critique.summary, response: pair.response.summary },
		...viewOf(url.searchParams.get('view')),
		keep,
		responseFirst,
		claims: order.map((side) => ({
			claim: claimFull(pair[side]),
			cite: citeBox(share.cite[pair[side].id])
		})),
		viewHref: {
			sides: keep || url.pathname,
			points: `${keep || '?'}${keep ? '&' : ''}view=points`
		},
		rows: pointRows(pair, order),
		findings: pair.findings.map((f) => ({
			id: f.id,
			html: f.html,
			by: f.by,
			date: f.date,
			bears: f.bears,
			sources: f.sources.map(sourceEntry)
		})),
		sinceReview: pair.sinceReview.map(({ id, date, title }) => ({ id, date, title })),
		parity: {
			critique: { words: pair.critique.words, sources: pair.critique.sources.length },
			response: {
				words: pair.response.words,
				sources: pair.response.sources.length,
				status: pair.response.status
			}
		},
		// Laid out here, so that d3 stays on the server: the page only draws the positions.
		axis: layoutPairAxis(
			SIDES.map((side) => ({ side, id: pair[side].id, asOf: pair[side].as_of })),
			events.map(({ id, date, title, kind }) => ({ id, date, title, kind }))
		),
		events: events.map(({ id, date, title }) => ({ id, date, title })),
		related: pair.related.map((relatedId) => link(views.pairById.get(relatedId))!),
		previous: link(siblings[at - 1]),
		next: link(siblings[at + 1]),
		history: pair.history.map(({ date, change, resolves }) => ({ date, change, resolves })),
		share: { permalink: share.permalink, oembed: share.oembed },
		// Printed under the question: the pair's permanent address, the date and a QR code.
		handout: await handoutOf(url, pairPath(pair.id))
	};
}
