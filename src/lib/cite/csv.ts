/**
 * The corpus as CSV: one row per claim. Written by papaparse (RFC 4180 quoting, CRLF lines), with
 * spreadsheet formulae neutralised. Lists within a cell: source ids joined by "; ", source URLs by
 * a space (a URL never contains one).
 */
import Papa from 'papaparse';
import { claimPath, type ExportClaim, type ExportPair } from './model';

export const CSV_COLUMNS = [
	'claim_id',
	'pair_id',
	'side',
	'topic',
	'topic_title',
	'question',
	'summary',
	'who',
	'who_kind',
	'as_of',
	'response_status',
	'last_reviewed',
	'revision',
	'source_ids',
	'source_urls',
	'path'
] as const;
export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

function claimRow(pair: ExportPair, claim: ExportClaim): CsvRow {
	return {
		claim_id: claim.id,
		pair_id: pair.id,
		side: claim.side,
		topic: pair.topic.id,
		topic_title: pair.topic.title,
		question: pair.question,
		summary: claim.summary,
		who: claim.speaker?.name ?? '',
		who_kind: claim.speaker?.kind ?? '',
		as_of: claim.asOf,
		response_status: claim.status ?? '',
		last_reviewed: pair.lastReviewed,
		revision: String(pair.revision),
		source_ids: claim.sources.map((s) => s.id).join('; '),
		source_urls: claim.sources.map((s) => s.url).join(' '),
		path: claimPath(claim.id)
	};
}

/** The rows of the CSV, critique then response for each pair. */
export function corpusCsvRows(pairs: readonly ExportPair[]): CsvRow[] {
	return pairs.flatMap((p) => [claimRow(p, p.critique), claimRow(p, p.response)]);
}

/** The CSV text, with a header row. */
export function formatCorpusCsv(pairs: readonly ExportPair[]): string {
	return Papa.unparse(
		{
			fields: [...CSV_COLUMNS],
			data: corpusCsvRows(pairs).map((r) => CSV_COLUMNS.map((c) => r[c]))
		},
		{ newline: '\r\n', escapeFormulae: true }
	);
}
