/**
 * The explorer on the server: facet records built once from the corpus, and one function that turns
 * a URL's query into the page's results, counts and notices. The client never needs the corpus.
 */
import { corpus } from './corpus/corpus';
import { summarizePair, SIDES, type PairView } from './corpus/views';
import {
	countFacets,
	applyFilters,
	eraOf,
	sourceFacetOf,
	type FacetRecord
} from '$lib/explorer/facets';
import {
	POLICY_ERAS,
	SOURCE_FACETS,
	parseFilters,
	type FilterState,
	type Vocabulary
} from '$lib/explorer/filters';
import { responseStatuses, speakerKinds } from './corpus/schema';
import { argumentId, sendPlain, type SendHtml } from '$lib/page-html';

function toRecord(pair: PairView, order: number): FacetRecord {
	const claims = SIDES.map((side) => pair[side]);
	const dates = claims.map((c) => c.as_of).sort();
	const types = claims.flatMap((c) => c.sources.map((s) => s.ref.type));
	return {
		id: pair.id,
		topic: pair.topic,
		who: claims.flatMap((c) => (c.by ? [c.by.kind] : [])),
		source: [...new Set(types.map(sourceFacetOf).filter((f) => f !== null))],
		status: pair.response.status,
		findings: pair.findings.length > 0,
		years: dates.map((d) => Number(d.slice(0, 4))),
		era: [...new Set(dates.map(eraOf).filter((e) => e !== null))],
		tag: pair.tags,
		latest: dates.at(-1)!,
		earliest: dates[0],
		sourceCount: claims.reduce((n, c) => n + c.sources.length, 0),
		order
	};
}

const records = corpus.pairs.map(toRecord);

/** Every value each facet offers, in display order. */
export const facetValues = {
	topic: corpus.topics.map((t) => t.id),
	who: speakerKinds.filter((k) => records.some((r) => r.who.includes(k))),
	source: Object.keys(SOURCE_FACETS).filter((f) =>
		records.some((r) => r.source.includes(f as keyof typeof SOURCE_FACETS))
	),
	status: [...responseStatuses],
	era: POLICY_ERAS.map((e) => e.id),
	tag: [...new Set(corpus.pairs.flatMap((p) => p.tags))].sort()
};

export const vocabulary: Vocabulary = {
	topics: facetValues.topic,
	whoKinds: speakerKinds,
	statuses: responseStatuses,
	tags: facetValues.tag
};

/** The years the "as of" dates span, for the range inputs. */
export const yearSpan = {
	min: Math.min(...records.flatMap((r) => r.years)),
	max: Math.max(...records.flatMap((r) => r.years))
};

/** What an explorer row shows of a pair: its summary and both arguments, to expand in place. */
export function explorerRow(pair: PairView, send: SendHtml = sendPlain) {
	const html = (side: (typeof SIDES)[number]) =>
		send(argumentId(pair[side].id), pair[side].argumentHtml);
	return {
		...summarizePair(pair),
		argumentHtml: { critique: html('critique'), response: html('response') }
	};
}

/**
 * Results, facet counts and notices for an explorer query. `rank` comes from search, when used;
 * `send` is how the rows' argument HTML reaches the page (see $lib/page-html.ts).
 */
export function explore(state: FilterState, rank?: Map<string, number>, send?: SendHtml) {
	const results = applyFilters(records, state, rank);
	const summaries = results.map((r) => explorerRow(corpus.pairById.get(r.id)!, send));
	const searched = rank ? records.filter((r) => rank.has(r.id)) : records;
	return {
		results: summaries,
		counts: countFacets(searched, state, facetValues),
		total: records.length
	};
}

export { parseFilters };
