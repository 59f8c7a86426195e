/**
 * Views: the validated corpus arranged the ways pages ask for it, built once and never mutated.
 */
import type { MarkdownRenderer, ResolveCite } from '../markdown/render';
import type {
	Answer,
	BearingKind,
	Citation,
	Critique,
	Finding,
	Pair,
	Point,
	Response,
	Source,
	TimelineEvent
} from './schema';
import { eventsSinceReview } from './freshness';
import { countWords } from './text';
import type { CorpusData } from './validate';

export type Side = 'critique' | 'response';
export const SIDES: readonly Side[] = ['critique', 'response'];

/** A citation with its source resolved, and the anchor of its entry in the list of sources. */
export interface CitationView extends Citation {
	ref: Source;
	/** The entry's element id on the pair page: `EM-01-C-s2`, `EM-01-F1-s1`. */
	anchor: string;
}

/** A point with its text as safe inline HTML (no paragraph). */
export type PointView = Point & { html: string };
/** An answer with its text as safe HTML, its citations numbered like the claim's sources. */
export type AnswerView = Answer & { html: string };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** What a page needs of a claim: the corpus fields, its argument as safe HTML, its counts. */
export type ClaimView<C extends Critique | Response = Critique | Response> = DistributiveOmit<
	C,
	'sources' | 'points' | 'answers'
> & {
	side: Side;
	pairId: string;
	topic: string;
	argumentHtml: string;
	words: number;
	points: PointView[];
	answers: AnswerView[];
	sources: CitationView[];
};

export type FindingView = Omit<Finding, 'sources'> & {
	/** `<pair id>-F<n>`, by position: the element id of the finding on the pair page. */
	id: string;
	html: string;
	sources: CitationView[];
};

/** One row of the point-by-point view: a point, the other side's answer, the findings on it. */
export interface PointRow {
	point: PointView;
	side: Side;
	answer: AnswerView | null;
	findings: { id: string; how: BearingKind }[];
}

export interface PairView extends Omit<Pair, 'critique' | 'response' | 'findings'> {
	critique: ClaimView<Critique>;
	response: ClaimView<Response>;
	findings: FindingView[];
	/** Every point of both sides, critics' first, with its answer and findings. */
	rows: PointRow[];
	/** Timeline events on the topic, or linked, dated after the last review. */
	sinceReview: TimelineEvent[];
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

/**
 * Builds every view of the corpus. Pure: the same data always gives the same views. Prose goes
 * through `markdown`: the build's table in the server, the sanitiser itself at build time and in
 * tests (`liveMarkdown`).
 */
export function buildViews(data: CorpusData, markdown: MarkdownRenderer) {
	const topics = [...data.topics].sort((a, b) => a.order - b.order);
	const topicOrder = new Map(topics.map((t, i) => [t.id, i]));
	const sourceById = new Map(data.sources.map((s) => [s.id, s]));
	const resolve = (cites: Citation[], owner = ''): CitationView[] =>
		cites.map((c, i) => ({ ...c, ref: sourceById.get(c.source)!, anchor: `${owner}-s${i + 1}` }));
	// Inline citations link to the numbered entry on the pair page, from whichever page shows them.
	const resolver =
		(pairId: string, list: CitationView[]): ResolveCite =>
		(cite) => {
			const at = list.findIndex((c) => c.source === cite.id);
			if (at < 0) return undefined;
			return {
				n: at + 1,
				href: `/pairs/${pairId}#${list[at].anchor}`,
				title: list[at].ref.publisher
			};
		};
	const claimView = <C extends Critique | Response>(pair: Pair, side: Side, claim: C) => {
		const sources = resolve(claim.sources, claim.id);
		const cite = resolver(pair.id, sources);
		return {
			...claim,
			side,
			pairId: pair.id,
			topic: pair.topic,
			argumentHtml: markdown.block(claim.argument, cite),
			words: countWords(claim.argument),
			points: claim.points.map((p) => ({ ...p, html: markdown.inline(p.text) })),
			answers: claim.answers.map((a) => ({ ...a, html: markdown.block(a.text, cite) })),
			sources
		} as ClaimView<C>;
	};
	const findingView = (pair: Pair, f: Finding, i: number): FindingView => {
		const id = `${pair.id}-F${i + 1}`;
		const sources = resolve(f.sources, id);
		return { ...f, id, html: markdown.block(f.text, resolver(pair.id, sources)), sources };
	};
	const rowsOf = (pair: Omit<PairView, 'rows'>): PointRow[] =>
		SIDES.flatMap((side) => {
			const other = pair[side === 'critique' ? 'response' : 'critique'];
			return pair[side].points.map((point) => ({
				point,
				side,
				answer: other.answers.find((a) => a.point === point.id) ?? null,
				findings: pair.findings.flatMap((f) =>
					f.bears.filter((b) => b.point === point.id).map((b) => ({ id: f.id, how: b.how }))
				)
			}));
		});

	const pairs: PairView[] = [...data.pairs]
		.sort(
			(a, b) =>
				topicOrder.get(a.topic)! - topicOrder.get(b.topic)! ||
				a.id.localeCompare(b.id, 'en', { numeric: true })
		)
		.map((pair) => {
			const view = {
				...pair,
				critique: claimView(pair, 'critique', pair.critique),
				response: claimView(pair, 'response', pair.response),
				findings: pair.findings.map((f, i) => findingView(pair, f, i)),
				sinceReview: eventsSinceReview(pair, data.events),
				revision: pair.history.length
			};
			return { ...view, rows: rowsOf(view) };
		});
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
		// Every prose field a page shows is markdown, rendered once (a term's uses are one line each).
		terms: [...data.terms]
			.sort((a, b) => a.term.localeCompare(b.term))
			.map((t) => ({
				...t,
				html: {
					critics: markdown.inline(t.critics),
					agency: markdown.inline(t.agency),
					neutral: markdown.inline(t.neutral)
				}
			})),
		retiredById: new Map(data.retired.map((r) => [r.id, r])),
		about: {
			sections: data.about.sections.map((section) => ({
				...section,
				facts: section.facts.map((f, i) => ({
					...f,
					sources: resolve(f.sources, `${section.id}-${i + 1}`)
				}))
			})),
			offices: data.about.offices.map((o) => ({ ...o, sources: resolve(o.sources, o.id) }))
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
