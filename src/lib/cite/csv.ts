/**
 * The corpus as CSV: one row per claim (`corpus.csv`), and point by point, one row per point with
 * the other side's answer and the findings on it (`points.csv`). Written by papaparse (RFC 4180 quoting, CRLF lines), with
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
	'argument',
	'point_ids',
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
		argument: claim.argument,
		point_ids: claim.points.map((p) => p.id).join('; '),
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

export const POINT_CSV_COLUMNS = [
	'point_id',
	'pair_id',
	'side',
	'topic',
	'point',
	'answer_status',
	'answer',
	'answer_source_ids',
	'findings_supporting',
	'findings_undercutting',
	'findings_context',
	'path'
] as const;
export type PointCsvRow = Record<(typeof POINT_CSV_COLUMNS)[number], string>;

/** One row per point of either side: the point, the other side's answer, the findings on it. */
export function pointCsvRows(pairs: readonly ExportPair[]): PointCsvRow[] {
	return pairs.flatMap((pair) =>
		(['critique', 'response'] as const).flatMap((side) => {
			const other = pair[side === 'critique' ? 'response' : 'critique'];
			return pair[side].points.map((point) => {
				const answer = other.answers.find((a) => a.point === point.id);
				const findings = (how: string) =>
					pair.findings
						.filter((f) => f.bears.some((b) => b.point === point.id && b.how === how))
						.map((f) => f.id)
						.join('; ');
				return {
					point_id: point.id,
					pair_id: pair.id,
					side,
					topic: pair.topic.id,
					point: point.text,
					answer_status: !answer ? 'missing' : answer.notAddressed ? 'not addressed' : 'answered',
					answer: answer?.text ?? '',
					answer_source_ids: answer?.citations.join('; ') ?? '',
					findings_supporting: findings('supports'),
					findings_undercutting: findings('undercuts'),
					findings_context: findings('context'),
					path: `${claimPath(pair[side].id)}`
				};
			});
		})
	);
}

/** The point-by-point CSV text, with a header row. */
export function formatPointsCsv(pairs: readonly ExportPair[]): string {
	return Papa.unparse(
		{
			fields: [...POINT_CSV_COLUMNS],
			data: pointCsvRows(pairs).map((r) => POINT_CSV_COLUMNS.map((c) => r[c]))
		},
		{ newline: '\r\n', escapeFormulae: true }
	);
}
