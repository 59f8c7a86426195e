/**
 * Search on the server: the serialised index the build wrote (the same text the browser fetches),
 * loaded on the first search, and the corpus' documents for excerpts. Used by the explorer page
 * and /api/search; also decides, from the index's size measured at build time, where the browser searches.
 */
import serialised from 'virtual:search-index.json?raw';
import sizeJson from 'virtual:search-index-size.json?raw';
import { corpus } from '$lib/server/corpus/corpus';
import { loadSearcher, type SearchOutcome, type Searcher } from '$lib/search/search';
import { rowMatchOf, type RowMatch } from '$lib/search/highlight';
import { placementOf } from '$lib/search/placement';
import type { FieldName, SearchDocument } from '$lib/search/fields';
import { buildSearchDocuments } from './documents';

/** Where the browser searches while typing, decided from the index's gzip size (measured at build). */
export const searchPlacement = placementOf((JSON.parse(sizeJson) as { gzip: number }).gzip);

let searcher: Searcher | undefined;
let documents: Map<string, SearchDocument> | undefined;
/** The indexed text of each pair, for excerpts and for the written words of suggestions. */
const documentsById = () =>
	(documents ??= new Map(buildSearchDocuments(corpus).map((d) => [d.id, d])));

/** Runs a query; `topics`, when given, keeps only the pairs of those topics. */
export function searchPairs(query: string, topics: readonly string[] = []) {
	searcher ??= loadSearcher(
		serialised,
		(ref, field) => documentsById().get(ref)?.[field as FieldName]
	);
	const outcome = searcher.search(query);
	const hits = topics.length
		? outcome.hits.filter((h) => topics.includes(corpus.pairById.get(h.id)?.topic ?? ''))
		: outcome.hits;
	return { ...outcome, hits };
}

/** Search order as the explorer takes it: pair id → place in the ranking. */
export function rankOf({ hits }: SearchOutcome): Map<string, number> {
	return new Map(hits.map((h, i) => [h.id, i]));
}

/** The marks and excerpts the rows of the given hits show, by pair id. */
export function rowMatchesOf(
	outcome: SearchOutcome,
	ids: ReadonlySet<string>
): Map<string, RowMatch> {
	const documents = documentsById();
	const shown = outcome.hits.filter((h) => ids.has(h.id));
	return new Map(
		shown.map((h) => [h.id, rowMatchOf(h, outcome.marks(h.id), documents.get(h.id) ?? {})])
	);
}
