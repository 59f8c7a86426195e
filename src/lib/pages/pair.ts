/**
 * The pair page's model: exactly what `/pairs/[id]` renders, built by
 * `src/lib/server/pages/pair.ts`. Types only, so the browser may import them.
 */
import type { PairAxisModel } from '$lib/balance/pair-axis';
import type { EVENT_KIND_LABEL } from '$lib/balance/labels';
import type { BEARING_LABEL } from '$lib/labels';
import type {
	CiteBoxView,
	ClaimFullView,
	EventLinkView,
	HandoutView,
	ResponseStatus,
	Side,
	SourceEntryView,
	SpeakerView
} from './views';

export type Bearing = keyof typeof BEARING_LABEL;

/** A pair linked by its question. */
export interface PairLinkView {
	id: string;
	question: string;
}

/** One row of the point-by-point view: a point, the other side's answer, the findings on it. */
export interface PointRowView {
	side: Side;
	point: { id: string; html: string };
	/** null: no answer recorded; `notAddressed`: the other side says what it looked for. */
	answer: { notAddressed: true; text: string } | { notAddressed: false; html: string } | null;
	findings: readonly { id: string; number: number; how: Bearing }[];
}

/** A neutral finding: what it says, who found it, the points it bears on, its sources. */
export interface FindingView {
	id: string;
	html: string;
	by: SpeakerView;
	date: string;
	bears: readonly { point: string; how: Bearing }[];
	sources: readonly SourceEntryView[];
}

/** Words and sources per side, for the balance strip. */
export interface ParityView {
	critique: { words: number; sources: number };
	response: { words: number; sources: number; status: ResponseStatus };
}

export interface PairPage {
	id: string;
	question: string;
	tags: readonly string[];
	lastReviewed: string;
	revision: number;
	topic: { id: string; title: string };
	/** The two summaries, for the page's description and previews. */
	summaries: Record<Side, string>;
	/** `auto`: points first on a phone, both sides on a wide screen (CSS picks). */
	view: 'auto' | 'sides' | 'points';
	notices: readonly string[];
	/** The side order as a query string for links (`""` or `?sides=response-first`). */
	keep: string;
	responseFirst: boolean;
	/** Both claims in the reader's side order, each with its cite box. */
	claims: readonly { claim: ClaimFullView; cite: CiteBoxView }[];
	/** The addresses of the two views, keeping the side order. */
	viewHref: Record<'sides' | 'points', string>;
	rows: readonly PointRowView[];
	findings: readonly FindingView[];
	/** Timeline events dated after the last review. */
	sinceReview: readonly EventLinkView[];
	parity: ParityView;
	axis: PairAxisModel<EventLinkView & { kind: keyof typeof EVENT_KIND_LABEL }>;
	events: readonly EventLinkView[];
	related: readonly PairLinkView[];
	previous: PairLinkView | null;
	next: PairLinkView | null;
	history: readonly { date: string; change: string; resolves?: string }[];
	share: { permalink: string; oembed: string };
	handout: HandoutView;
}
