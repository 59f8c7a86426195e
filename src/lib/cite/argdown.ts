/**
 * The corpus as Argdown text: a heading per topic and per pair question, the critics' claim as a
 * statement, the response below it attacking it (`- [id]: …`), and each claim's metadata in braces
 * (a YAML flow map, written as JSON, which YAML reads).
 *
 * Point by point, so that the export is an argument map a tool can draw: each point supports its
 * claim (`+ [EM-01-C1]: …`), the other side's answer attacks the point (`- [EM-01-R-answers-C1]: …`;
 * an unanswered point has none), and each finding, stated once per pair, supports (`+>`) or attacks
 * (`->`) the points it bears on; a "context" bearing is kept in its metadata, not drawn.
 */
import { SITE_NAME, claimPath, type ExportClaim, type ExportPair } from './model';

// Characters that start Argdown syntax inside text (mentions, tags, data, formatting).
const SPECIAL = /[[\]<>{}#@*_\\]/g;

/** Text made safe to stand as an Argdown statement's content. */
export function escapeArgdown(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(SPECIAL, (c) => `\\${c}`);
}

/** The metadata of one claim, as the braces after its statement hold it. */
export function claimData(pair: ExportPair, claim: ExportClaim) {
	return {
		pair: pair.id,
		side: claim.side,
		by: claim.speaker?.name ?? null,
		kind: claim.speaker?.kind ?? null,
		as_of: claim.asOf,
		...(claim.status ? { status: claim.status } : {}),
		sources: claim.sources.map((s) => s.url),
		path: claimPath(claim.id)
	};
}

function statement(pair: ExportPair, claim: ExportClaim): string {
	return `[${claim.id}]: ${escapeArgdown(claim.summary)} ${JSON.stringify(claimData(pair, claim))}`;
}

/** A claim's points, each with the other side's answer below it, indented under the claim. */
function pointLines(claim: ExportClaim, other: ExportClaim, indent: string): string[] {
	return claim.points.flatMap((point) => {
		const answer = other.answers.find((a) => a.point === point.id);
		const lines = [`${indent}+ [${point.id}]: ${escapeArgdown(point.text)}`];
		if (answer && !answer.notAddressed)
			lines.push(
				`${indent}  - [${other.id}-answers-${point.id}]: ${escapeArgdown(answer.text)} ${JSON.stringify({ by: other.speaker?.name ?? null, sources: answer.citations })}`
			);
		else lines.push(`${indent}  // ${point.id}: not answered by the other side.`);
		return lines;
	});
}

/** A finding and its drawn relations to the points it bears on. */
function findingLines(pair: ExportPair, finding: ExportPair['findings'][number]): string[] {
	const data = {
		pair: pair.id,
		by: finding.by.name,
		kind: finding.by.kind,
		date: finding.date,
		bears: Object.fromEntries(finding.bears.map((b) => [b.point, b.how])),
		sources: finding.sources.map((s) => s.url)
	};
	return [
		`[${finding.id}]: ${escapeArgdown(finding.text)} ${JSON.stringify(data)}`,
		...finding.bears
			.filter((b) => b.how !== 'context')
			.map((b) => `  ${b.how === 'supports' ? '+>' : '->'} [${b.point}]`)
	];
}

/** The Argdown document of the corpus, topics in corpus order. */
export function corpusToArgdown(pairs: readonly ExportPair[]): string {
	const lines = ['===', `title: ${SITE_NAME}`, '===', ''];
	let topic = '';
	for (const pair of pairs) {
		if (pair.topic.id !== topic) {
			topic = pair.topic.id;
			lines.push(`# ${escapeArgdown(pair.topic.title)}`, '');
		}
		lines.push(`## ${pair.id}: ${escapeArgdown(pair.question)}`, '');
		lines.push(statement(pair, pair.critique));
		if (pair.response.status === 'none-found') {
			lines.push(`  // ${pair.response.id}: no response was found.`);
		} else {
			lines.push(`  - ${statement(pair, pair.response)}`);
			lines.push(...pointLines(pair.response, pair.critique, '    '));
		}
		lines.push(...pointLines(pair.critique, pair.response, '  '));
		lines.push('');
		for (const finding of pair.findings) lines.push(...findingLines(pair, finding), '');
	}
	return lines.join('\n');
}
