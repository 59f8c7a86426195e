/**
 * Results while typing: the browser's searcher (or the endpoint) answers at once, and the rows
 * already on the page are narrowed to its hits and marked, until the server's page for the new
 * query arrives and replaces them. JavaScript makes the list follow the typing; the list the
 * server sends is the same one a reader without JavaScript gets.
 */
import { bylineOf } from './fields';
import { rowMatchOf, type RowMatch } from './highlight';
import type { FieldMarks, SearchHit } from './search';

/** What a live search answers: ranked hits, and the marks of each. */
export interface LiveOutcome {
	hits: SearchHit[];
	marks(id: string): FieldMarks;
}

/** Answers a query, in the browser or through the endpoint. */
export type LiveSearch = (query: string, signal?: AbortSignal) => Promise<LiveOutcome>;

type Speaker = Parameters<typeof bylineOf>[0];
/** What narrowing needs of a row: its id and the texts it shows. */
export interface LiveRow {
	id: string;
	question: string;
	critique: { summary: string; by?: Speaker | null };
	response: { summary: string; by?: Speaker | null };
	match: RowMatch | null;
}

/**
 * The rows that are hits, marked afresh. In relevance order when `byRank`, else in their own
 * order (a sort the reader chose). Rows that are not hits drop out; hits not on the page wait for
 * the server.
 */
export function narrowRows<R extends LiveRow>(
	rows: readonly R[],
	{ hits, marks }: LiveOutcome,
	byRank: boolean
): R[] {
	const place = new Map(hits.map((h, i) => [h.id, i]));
	const kept = rows.filter((r) => place.has(r.id));
	if (byRank) kept.sort((a, b) => place.get(a.id)! - place.get(b.id)!);
	return kept.map((row) => ({
		...row,
		match: rowMatchOf(hits[place.get(row.id)!], marks(row.id), {
			question: row.question,
			critique_summary: row.critique.summary,
			response_summary: row.response.summary,
			critique_by: bylineOf(row.critique.by ?? undefined),
			response_by: bylineOf(row.response.by ?? undefined)
		})
	}));
}
