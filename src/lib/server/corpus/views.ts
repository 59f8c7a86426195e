/**
 * Views: the validated corpus arranged the ways pages ask for it, built once and never mutated.
 */
import { renderMarkdown } from '../markdown';
import type { Citation, Critique, Finding, Pair, Response, Source } from './schema';
import { countWords } from './text';
import type { CorpusData } from './validate';

export type Side = 'critique' | 'response';
export const SIDES: readonly Side[] = ['critique', 'response'];

/** A citation with its source resolved. */
export interface CitationView extends Citation {
	ref: Source;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a page needs of a claim: the corpus fields, its argument as safe HTML, its counts. */
export type ClaimView<C extends Critique | Response = Critique | Response> = DistributiveOmit<
	C,
	'sources'
> & {
	side: Side;
	pairId: string;
	topic: string;
	argumentHtml: string;
	words: number;
	sources: CitationView[];
};

export type FindingView = Omit<Finding, 'sources'> & { sources: CitationView[] };

export interface PairView extends Omit<Pair, 'critique' | 'response' | 'findings'> {
	critique: ClaimView<Critique>;
	response: ClaimView<Response>;
	findings: FindingView[];
	/** Version number a citation names: one more for every history entry. */
	revision: number;
}

/** Where a source is cited: a claim (by side) or a pair's findings. */
export interface CitingPlace {
	pairId: string;
	claimId: string | null;
	side: Side | 'finding';
	quote?: string;
}

/** Builds every view of the corpus. Pure: the same data always gives the same views. */
export function buildViews(data: CorpusData) {
	const topics = [...data.topics].sort((a, b) => a.order - b.order);
	const topicOrder = new Map(topics.map((t, i) => [t.id, i]));
	const sourceById = new Map(data.sources.map((s) => [s.id, s]));
	const resolve = (cites: Citation[]): CitationView[] =>
		cites.map((c) => ({ ...c, ref: sourceById.get(c.source)! }));
	const claimView = <C extends Critique | Response>(pair: Pair, side: Side, claim: C) =>
		({
			...claim,
			side,
			pairId: pair.id,
			topic: pair.topic,
			argumentHtml: renderMarkdown(claim.argument),
			words: countWords(claim.argument),
			sources: resolve(claim.sources)
		}) as ClaimView<C>;

	const pairs: PairView[] = [...data.pairs]
		.sort(
			(a, b) =>
				topicOrder.get(a.topic)! - topicOrder.get(b.topic)! ||
				a.id.localeCompare(b.id, 'en', { numeric: true })
		)
		.map((pair) => ({
			...pair,
			critique: claimView(pair, 'critique', pair.critique),
			response: claimView(pair, 'response', pair.response),
			findings: pair.findings.map((f) => ({ ...f, sources: resolve(f.sources) })),
			revision: pair.history.length
		}));
	const pairById = new Map(pairs.map((p) => [p.id, p]));
	const claimById = new Map(
		pairs.flatMap((p) => SIDES.map((side) => [p[side].id, p[side] as ClaimView] as const))
	);

	const citedBy = new Map<string, CitingPlace[]>();
	const cite = (sourceId: string, place: CitingPlace) =>
		citedBy.set(sourceId, [...(citedBy.get(sourceId) ?? []), place]);
	for (const pair of pairs) {
		for (const side of SIDES) {
			for (const c of pair[side].sources) {
				cite(c.source, { pairId: pair.id, claimId: pair[side].id, side, quote: c.quote });
			}
		}
		for (const f of pair.findings) {
			for (const c of f.sources)
				cite(c.source, { pairId: pair.id, claimId: null, side: 'finding' });
		}
	}

	const events = [...data.events].sort((a, b) => a.date.localeCompare(b.date));
	const pairsByEvent = new Map(
		events.map((e) => [e.id, pairs.filter((p) => p.timeline.includes(e.id)).map((p) => p.id)])
	);

	return {
		topics,
		topicById: new Map(topics.map((t) => [t.id, t])),
		pairs,
		pairById,
		pairsByTopic: new Map(topics.map((t) => [t.id, pairs.filter((p) => p.topic === t.id)])),
		claimById,
		sources: [...data.sources].sort((a, b) => a.id.localeCompare(b.id)),
		sourceById,
		citedBy,
		events,
		eventById: new Map(events.map((e) => [e.id, e])),
		pairsByEvent,
		terms: [...data.terms].sort((a, b) => a.term.localeCompare(b.term)),
		retiredById: new Map(data.retired.map((r) => [r.id, r])),
		about: {
			sections: data.about.sections.map((section) => ({
				...section,
				facts: section.facts.map((f) => ({ ...f, sources: resolve(f.sources) }))
			})),
			offices: data.about.offices.map((o) => ({ ...o, sources: resolve(o.sources) }))
		},
		counts: {
			pairs: pairs.length,
			claims: pairs.length * 2,
			sources: data.sources.length,
			topics: topics.length,
			events: events.length,
			terms: data.terms.length
		}
	};
}

export type CorpusViews = ReturnType<typeof buildViews>;

/** The part of a claim that a list shows: no argument text, no source records. */
export function summarizeClaim(claim: ClaimView) {
	return {
		id: claim.id,
		side: claim.side,
		summary: claim.summary,
		by: claim.by,
		as_of: claim.as_of,
		status: 'status' in claim ? (claim.status as Response['status']) : null,
		sourceCount: claim.sources.length
	};
}
export type ClaimSummary = ReturnType<typeof summarizeClaim>;

/** The part of a pair that a list shows. */
export function summarizePair(pair: PairView) {
	return {
		id: pair.id,
		topic: pair.topic,
		question: pair.question,
		critique: summarizeClaim(pair.critique),
		response: summarizeClaim(pair.response),
		findingCount: pair.findings.length
	};
}
export type PairSummary = ReturnType<typeof summarizePair>;
