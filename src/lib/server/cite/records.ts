/**
 * The corpus views as the export model of `$lib/cite/model`: the one place that knows both shapes.
 */
import type { ExportClaim, ExportFinding, ExportPair, ExportSource } from '$lib/cite/model';
import { citedIds } from '$lib/citations';
import type { Citation, Source } from '../corpus/schema';
import type { CorpusViews, ClaimView, FindingView, PairView } from '../corpus/views';
import { markdownToText } from '../search/documents';

/** The ids a text cites, in order of first citation. */
const citationsOf = (text: string) => [...new Set(citedIds(text))];

/** A source of the corpus, as a citation of it (quote, pinpoint) presents it, if one does. */
export function toExportSource(ref: Source, cite?: Citation): ExportSource {
	return {
		id: ref.id,
		title: ref.title,
		publisher: ref.publisher,
		date: ref.date,
		url: ref.url,
		type: ref.type,
		...(cite?.quote ? { quote: cite.quote } : {}),
		...(cite?.pinpoint ? { pinpoint: cite.pinpoint } : {})
	};
}

function toExportClaim(claim: ClaimView): ExportClaim {
	return {
		id: claim.id,
		side: claim.side,
		summary: claim.summary,
		speaker: claim.by ? { name: claim.by.name, kind: claim.by.kind } : null,
		asOf: claim.as_of,
		status: 'status' in claim ? claim.status : null,
		argument: markdownToText(claim.argument),
		points: claim.points.map((p) => ({ id: p.id, text: markdownToText(p.text) })),
		answers: claim.answers.map((a) => ({
			point: a.point,
			notAddressed: a.not_addressed,
			text: markdownToText(a.text),
			citations: citationsOf(a.text)
		})),
		sources: claim.sources.map((c) => toExportSource(c.ref, c))
	};
}

function toExportFinding(f: FindingView): ExportFinding {
	return {
		id: f.id,
		text: markdownToText(f.text),
		by: { name: f.by.name, kind: f.by.kind },
		date: f.date,
		bears: f.bears.map((b) => ({ point: b.point, how: b.how })),
		sources: f.sources.map((c) => toExportSource(c.ref, c))
	};
}

/** One pair of the corpus as an export record. */
export function toExportPair(pair: PairView, views: Pick<CorpusViews, 'topicById'>): ExportPair {
	const topic = views.topicById.get(pair.topic);
	return {
		id: pair.id,
		topic: { id: pair.topic, title: topic?.title ?? pair.topic },
		question: pair.question,
		lastReviewed: pair.last_reviewed,
		revision: pair.revision,
		latestChange: pair.history.at(-1)?.change ?? '',
		critique: toExportClaim(pair.critique),
		response: toExportClaim(pair.response),
		findings: pair.findings.map(toExportFinding)
	};
}

/** Every pair, in the corpus' order (topic order, then id). */
export function toExportPairs(views: Pick<CorpusViews, 'pairs' | 'topicById'>): ExportPair[] {
	return views.pairs.map((p) => toExportPair(p, views));
}
