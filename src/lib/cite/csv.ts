/**
 * The corpus as four CSV tables that join on their ids: claims (`corpus.csv`), points with the
 * other side's answers (`points.csv`), findings with the points they bear on (`findings.csv`) and
 * every citation of a source with its quote (`citations.csv`). Each table is declared once, column
 * by column, with what the column holds: the writer and the /downloads page read the same list.
 *
 * Written by papaparse (RFC 4180 quoting, CRLF lines), with spreadsheet formulae neutralised. Texts
 * are plain (Markdown and inline citations removed). A list within a cell is joined by
 * `LIST_SEPARATOR`, which no id or URL contains. Addresses are absolute, on the origin given.
 */
import Papa from 'papaparse';
import {
	absoluteUrl,
	claimPath,
	pairPath,
	type ExportBearing,
	type ExportClaim,
	type ExportFinding,
	type ExportPair,
	type ExportPoint,
	type ExportSide,
	type ExportSource
} from './model';

/** The one separator of the values in a list column (a URL never contains a space). */
export const LIST_SEPARATOR = '; ';
const list = (values: readonly string[]) => values.join(LIST_SEPARATOR);

/** One column: its header, what it holds (as the /downloads page says it), and its value. */
interface Column<T> {
	name: string;
	about: string;
	value: (item: T, origin: string) => string;
}

/** One CSV file: its name, what a row is, and its columns. */
export interface CsvTable<T = unknown> {
	file: string;
	title: string;
	/** What one row is, after "one row per". */
	row: string;
	items: (pairs: readonly ExportPair[]) => T[];
	columns: Column<T>[];
}

const table = <T>(t: CsvTable<T>) => t as unknown as CsvTable;

/** The other side. */
const otherSide = (side: ExportSide): ExportSide => (side === 'critique' ? 'response' : 'critique');

/** A point's place on its pair page, point by point. */
const pointPath = (pairId: string, pointId: string) => `${pairPath(pairId)}?view=points#${pointId}`;
const findingPath = (pairId: string, findingId: string) => `${pairPath(pairId)}#${findingId}`;

type ClaimItem = { pair: ExportPair; claim: ExportClaim };
type PointItem = { pair: ExportPair; side: ExportSide; point: ExportPoint };
type FindingItem = { pair: ExportPair; finding: ExportFinding };
type CitationItem = {
	pair: ExportPair;
	by: string;
	kind: ExportSide | 'finding';
	path: string;
	source: ExportSource;
};

const pairId: Column<{ pair: ExportPair }> = {
	name: 'pair_id',
	about: 'The pair (a question and its two sides), such as EM-01.',
	value: ({ pair }) => pair.id
};
const topic: Column<{ pair: ExportPair }> = {
	name: 'topic',
	about: 'The topic’s id, such as detention.',
	value: ({ pair }) => pair.topic.id
};
/** The findings that bear on a point in one way. */
const findingsOn =
	(how: ExportBearing) =>
	({ pair, point }: PointItem) =>
		list(
			pair.findings
				.filter((f) => f.bears.some((b) => b.point === point.id && b.how === how))
				.map((f) => f.id)
		);
/** The points a finding bears on in one way. */
const pointsBorne =
	(how: ExportBearing) =>
	({ finding }: FindingItem) =>
		list(finding.bears.filter((b) => b.how === how).map((b) => b.point));

const claims: CsvTable<ClaimItem> = {
	file: 'corpus.csv',
	title: 'CSV: one row per claim',
	row: 'claim: the critique, then the response, pair by pair',
	items: (pairs) =>
		pairs.flatMap((pair) => [pair.critique, pair.response].map((claim) => ({ pair, claim }))),
	columns: [
		{
			name: 'claim_id',
			about: 'The claim: the pair id and C (critique) or R (response).',
			value: ({ claim }) => claim.id
		},
		pairId,
		{ name: 'side', about: 'critique or response.', value: ({ claim }) => claim.side },
		topic,
		{ name: 'topic_title', about: 'The topic’s title.', value: ({ pair }) => pair.topic.title },
		{ name: 'question', about: 'The pair’s question.', value: ({ pair }) => pair.question },
		{ name: 'summary', about: 'The claim in one sentence.', value: ({ claim }) => claim.summary },
		{
			name: 'who',
			about: 'Who makes the claim (empty when no response was found).',
			value: ({ claim }) => claim.speaker?.name ?? ''
		},
		{
			name: 'who_kind',
			about: 'What kind of speaker: agency, advocacy-group, court, news…',
			value: ({ claim }) => claim.speaker?.kind ?? ''
		},
		{
			name: 'as_of',
			about: 'The date the claim speaks for, YYYY-MM-DD.',
			value: ({ claim }) => claim.asOf
		},
		{
			name: 'response_status',
			about: 'For a response: direct, policy, supporters or none-found; empty for a critique.',
			value: ({ claim }) => claim.status ?? ''
		},
		{
			name: 'argument',
			about: 'The full argument, as plain text on one line (Markdown marks and citations removed).',
			value: ({ claim }) => claim.argument
		},
		{
			name: 'point_ids',
			about: 'The claim’s points (rows of points.csv).',
			value: ({ claim }) => list(claim.points.map((p) => p.id))
		},
		{
			name: 'last_reviewed',
			about: 'When the pair was last reviewed, YYYY-MM-DD.',
			value: ({ pair }) => pair.lastReviewed
		},
		{
			name: 'revision',
			about: 'The pair’s revision number.',
			value: ({ pair }) => String(pair.revision)
		},
		{
			name: 'source_ids',
			about: 'The sources the claim cites (rows of citations.csv).',
			value: ({ claim }) => list(claim.sources.map((s) => s.id))
		},
		{
			name: 'source_urls',
			about: 'Their URLs, in the same order.',
			value: ({ claim }) => list(claim.sources.map((s) => s.url))
		},
		{
			name: 'url',
			about: 'The claim’s permanent address.',
			value: ({ claim }, origin) => absoluteUrl(origin, claimPath(claim.id))
		}
	]
};

const points: CsvTable<PointItem> = {
	file: 'points.csv',
	title: 'CSV: point by point',
	row: 'point of either side, with the other side’s answer to it and the findings on it',
	items: (pairs) =>
		pairs.flatMap((pair) =>
			(['critique', 'response'] as const).flatMap((side) =>
				pair[side].points.map((point) => ({ pair, side, point }))
			)
		),
	columns: [
		{
			name: 'point_id',
			about: 'The point: its claim id and a number, such as EM-01-C2.',
			value: ({ point }) => point.id
		},
		pairId,
		{
			name: 'side',
			about: 'The side that makes the point: critique or response.',
			value: ({ side }) => side
		},
		topic,
		{ name: 'point', about: 'The point, plain text.', value: ({ point }) => point.text },
		{
			name: 'answer_status',
			about: 'answered, not addressed (the other side has not answered it) or missing.',
			value: ({ pair, side, point }) => {
				const answer = answerTo(pair, side, point);
				return !answer ? 'missing' : answer.notAddressed ? 'not addressed' : 'answered';
			}
		},
		{
			name: 'answer',
			about: 'The other side’s answer, plain text; for a point not addressed, what was looked for.',
			value: ({ pair, side, point }) => answerTo(pair, side, point)?.text ?? ''
		},
		{
			name: 'answer_source_ids',
			about: 'The sources the answer cites.',
			value: ({ pair, side, point }) => list(answerTo(pair, side, point)?.citations ?? [])
		},
		{
			name: 'findings_supporting',
			about: 'The findings that support the point (rows of findings.csv).',
			value: findingsOn('supports')
		},
		{
			name: 'findings_undercutting',
			about: 'The findings that undercut it.',
			value: findingsOn('undercuts')
		},
		{
			name: 'findings_context',
			about: 'The findings that give context to it.',
			value: findingsOn('context')
		},
		{
			name: 'url',
			about: 'The point on its pair page, point by point.',
			value: ({ pair, point }, origin) => absoluteUrl(origin, pointPath(pair.id, point.id))
		}
	]
};

function answerTo(pair: ExportPair, side: ExportSide, point: ExportPoint) {
	return pair[otherSide(side)].answers.find((a) => a.point === point.id);
}

const findings: CsvTable<FindingItem> = {
	file: 'findings.csv',
	title: 'CSV: what the record shows',
	row: 'finding of a neutral body (an inspector general, GAO, a court, official statistics…), with the points it bears on',
	items: (pairs) => pairs.flatMap((pair) => pair.findings.map((finding) => ({ pair, finding }))),
	columns: [
		{
			name: 'finding_id',
			about: 'The finding: its pair id, F and a number, such as EM-01-F2.',
			value: ({ finding }) => finding.id
		},
		pairId,
		topic,
		{
			name: 'finding',
			about: 'The finding, plain text (citations removed).',
			value: ({ finding }) => finding.text
		},
		{ name: 'by', about: 'Who found it.', value: ({ finding }) => finding.by.name },
		{
			name: 'by_kind',
			about: 'What kind of body: inspector-general, gao-crs, court, academic…',
			value: ({ finding }) => finding.by.kind
		},
		{
			name: 'date',
			about: 'When: YYYY, YYYY-MM or YYYY-MM-DD.',
			value: ({ finding }) => finding.date
		},
		{
			name: 'supports_points',
			about: 'The points it supports (rows of points.csv).',
			value: pointsBorne('supports')
		},
		{
			name: 'undercuts_points',
			about: 'The points it undercuts.',
			value: pointsBorne('undercuts')
		},
		{
			name: 'context_points',
			about: 'The points it gives context to.',
			value: pointsBorne('context')
		},
		{
			name: 'source_ids',
			about: 'The sources it cites (rows of citations.csv).',
			value: ({ finding }) => list(finding.sources.map((s) => s.id))
		},
		{
			name: 'url',
			about: 'The finding on its pair page.',
			value: ({ pair, finding }, origin) => absoluteUrl(origin, findingPath(pair.id, finding.id))
		}
	]
};

const citations: CsvTable<CitationItem> = {
	file: 'citations.csv',
	title: 'CSV: sources and quotes',
	row: 'citation of a source by a claim or a finding, with the words quoted from it, if any',
	items: (pairs) =>
		pairs.flatMap((pair) => [
			...[pair.critique, pair.response].flatMap((claim) =>
				claim.sources.map((source) => ({
					pair,
					by: claim.id,
					kind: claim.side,
					path: claimPath(claim.id),
					source
				}))
			),
			...pair.findings.flatMap((f) =>
				f.sources.map((source) => ({
					pair,
					by: f.id,
					kind: 'finding' as const,
					path: findingPath(pair.id, f.id),
					source
				}))
			)
		]),
	columns: [
		{
			name: 'cited_by',
			about: 'The claim or finding that cites the source (a row of corpus.csv or findings.csv).',
			value: ({ by }) => by
		},
		{ name: 'cited_by_kind', about: 'critique, response or finding.', value: ({ kind }) => kind },
		pairId,
		{ name: 'source_id', about: 'The source’s id.', value: ({ source }) => source.id },
		{
			name: 'source_title',
			about: 'Its title; empty when the source has none.',
			value: ({ source }) => source.title ?? ''
		},
		{
			name: 'source_publisher',
			about: 'Who published it.',
			value: ({ source }) => source.publisher
		},
		{
			name: 'source_date',
			about: 'Its date: YYYY, YYYY-MM or YYYY-MM-DD; empty when it gives none.',
			value: ({ source }) => source.date ?? ''
		},
		{
			name: 'source_type',
			about:
				'government, court, inspector-general, gao-crs, ngo-advocacy, think-tank, academic, news, opinion or reference.',
			value: ({ source }) => source.type
		},
		{ name: 'source_url', about: 'The source’s address.', value: ({ source }) => source.url },
		{
			name: 'quote',
			about: 'The words quoted from it, verbatim; empty when none is.',
			value: ({ source }) => source.quote ?? ''
		},
		{
			name: 'pinpoint',
			about: 'Where in the source: page, section, paragraph; empty when not given.',
			value: ({ source }) => source.pinpoint ?? ''
		},
		{
			name: 'url',
			about: 'The citing claim or finding on this site.',
			value: ({ path }, origin) => absoluteUrl(origin, path)
		}
	]
};

/** The CSV files, in the order /downloads lists them. */
export const CSV_TABLES: readonly CsvTable[] = [
	table(claims),
	table(points),
	table(findings),
	table(citations)
];

/** The table a file name names, or undefined. */
export const csvTable = (file: string) => CSV_TABLES.find((t) => t.file === file);

/** The header of a table. */
export const csvColumns = (t: CsvTable) => t.columns.map((c) => c.name);

/** A table's rows, as records by column name. */
export function csvRows(
	t: CsvTable,
	pairs: readonly ExportPair[],
	origin: string
): Record<string, string>[] {
	return t
		.items(pairs)
		.map((item) => Object.fromEntries(t.columns.map((c) => [c.name, c.value(item, origin)])));
}

/** The CSV text of a table, with a header row (no byte-order mark: the response adds it). */
export function formatCsv(t: CsvTable, pairs: readonly ExportPair[], origin: string): string {
	return Papa.unparse(
		{
			fields: csvColumns(t),
			data: t.items(pairs).map((item) => t.columns.map((c) => c.value(item, origin)))
		},
		{ newline: '\r\n', escapeFormulae: true }
	);
}
