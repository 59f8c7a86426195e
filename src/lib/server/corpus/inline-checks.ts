/**
 * The checks of corpus v2: points and answers, inline citations in every paragraph, and the points
 * findings bear on. Each problem names its file, line and field, like every other check.
 */
import { findCitations, paragraphs } from '../../citations';
import { formatPath, type FieldPath, type ParsedFile, type Problem } from './parse';
import type { Citation, Pair } from './schema';
import { quotedPassages, quoteInExcerpts } from './text';

type Excerpts = { text: string }[];
/** Looks up a source's excerpts by id; undefined for an unknown source (reported elsewhere). */
export type ExcerptsOf = (id: string) => Excerpts | undefined;

interface Ctx {
	problems: Problem[];
	file: ParsedFile;
	excerptsOf: ExcerptsOf;
}

function error(ctx: Ctx, path: FieldPath, message: string) {
	ctx.problems.push({
		file: ctx.file.file,
		line: ctx.file.lineOf(path),
		path: formatPath(path),
		message,
		level: 'error'
	});
}

/**
 * Checks one piece of cited prose: every paragraph carries a citation (when `required`), every
 * cited id is among `listed`, and each quoted passage stands in an excerpt of a source cited in
 * its own paragraph. Returns the ids it cites.
 */
export function checkCitedProse(
	ctx: Ctx,
	path: FieldPath,
	text: string,
	listed: Set<string>,
	required: boolean,
	what: string
): Set<string> {
	const cited = new Set<string>();
	paragraphs(text).forEach((para, i) => {
		const groups = findCitations(para);
		const where = paragraphs(text).length > 1 ? `paragraph ${i + 1}` : 'the text';
		if (required && !groups.some((g) => g.cites.length)) {
			error(
				ctx,
				path,
				`${where} of ${what} has no citation: end it with [@source-id] naming the source that says it`
			);
		}
		const here: string[] = [];
		for (const group of groups) {
			if (group.malformed)
				error(
					ctx,
					path,
					`citation ${group.raw} in ${where} of ${what} cannot be read at "${group.malformed}": expected [@source-id], [@a; @b] or [@a, p. 4]`
				);
			for (const cite of group.cites) {
				cited.add(cite.id);
				here.push(cite.id);
				if (!listed.has(cite.id))
					error(
						ctx,
						path,
						`${where} of ${what} cites [@${cite.id}], which is not in its sources: add it to sources or cite a listed one`
					);
			}
		}
		const excerpts = here.flatMap((id) => ctx.excerptsOf(id) ?? []);
		for (const passage of quotedPassages(para)) {
			if (passage.split(/\s+/).length >= 4 && !quoteInExcerpts(passage, excerpts)) {
				error(
					ctx,
					path,
					`quoted passage "${passage.slice(0, 60)}" in ${where} of ${what} is not verbatim in an excerpt of a source cited in that paragraph`
				);
			}
		}
	});
	return cited;
}

/** Points, answers and inline citations of both sides, and the bearings of the findings. */
export function checkPoints(
	problems: Problem[],
	file: ParsedFile,
	pair: Pair,
	excerptsOf: ExcerptsOf
) {
	const ctx: Ctx = { problems, file, excerptsOf };
	const pointsOf = {
		critique: pair.critique.points.map((p) => p.id),
		response: pair.response.points.map((p) => p.id)
	};
	const allPoints = new Set([...pointsOf.critique, ...pointsOf.response]);
	const answered = pair.response.status !== 'none-found';

	for (const [side, other] of [
		['critique', 'response'],
		['response', 'critique']
	] as const) {
		const claim = pair[side];
		// Points belong to the claim id the pair implies (a wrong claim id is reported on its own).
		const expected = `${pair.id}-${side === 'critique' ? 'C' : 'R'}`;
		const seen = new Set<string>();
		claim.points.forEach((point, i) => {
			if (!new RegExp(`^${expected}[1-9]$`).test(point.id))
				error(
					ctx,
					[side, 'points', i, 'id'],
					`point id "${point.id}" does not belong to claim ${expected}: expected ${expected}${i + 1}`
				);
			if (seen.has(point.id))
				error(ctx, [side, 'points', i, 'id'], `duplicate point id "${point.id}"`);
			seen.add(point.id);
			const excerpts = claim.sources.flatMap((c: Citation) => excerptsOf(c.source) ?? []);
			for (const passage of quotedPassages(point.text)) {
				if (passage.split(/\s+/).length >= 4 && !quoteInExcerpts(passage, excerpts))
					error(
						ctx,
						[side, 'points', i, 'text'],
						`quoted passage "${passage.slice(0, 60)}" is not verbatim in an excerpt of a source this claim cites`
					);
			}
		});

		const listed = new Set(claim.sources.map((c) => c.source));
		const cited = new Set<string>();
		if (claim.argument.trim())
			for (const id of checkCitedProse(
				ctx,
				[side, 'argument'],
				claim.argument,
				listed,
				true,
				'the argument'
			))
				cited.add(id);

		const answeredPoints = new Map<string, number>();
		claim.answers.forEach((answer, i) => {
			const at: FieldPath = [side, 'answers', i];
			if (!pointsOf[other].includes(answer.point)) {
				const known = pointsOf[other].join(', ') || 'none';
				error(
					ctx,
					[...at, 'point'],
					allPoints.has(answer.point)
						? `answer to "${answer.point}", a point of this same side: answers go to the other side's points (${known})`
						: `answer to unknown point "${answer.point}": expected one of the ${other}'s points (${known})`
				);
			}
			const first = answeredPoints.get(answer.point);
			if (first !== undefined)
				error(
					ctx,
					[...at, 'point'],
					`point "${answer.point}" is answered twice (first in answers[${first}])`
				);
			else answeredPoints.set(answer.point, i);
			for (const id of checkCitedProse(
				ctx,
				[...at, 'text'],
				answer.text,
				listed,
				!answer.not_addressed,
				`the answer to ${answer.point}`
			))
				cited.add(id);
		});
		pair[other].points.forEach((point, i) => {
			if (answeredPoints.has(point.id)) return;
			const who = side === 'critique' ? 'the critics' : 'the response';
			error(
				ctx,
				[other, 'points', i, 'id'],
				`point "${point.id}" has no answer from ${who}: add it to ${side}.answers, with a cited answer or with not_addressed: true and a sentence on what was looked for`
			);
		});
		if (side === 'response' && !answered) continue;
		claim.sources.forEach((c, i) => {
			if (!cited.has(c.source))
				error(
					ctx,
					[side, 'sources', i, 'source'],
					`source "${c.source}" is listed but cited nowhere in the argument or answers: cite it as [@${c.source}] where it is used, or remove it`
				);
		});
	}

	pair.findings.forEach((finding, i) => {
		const listed = new Set(finding.sources.map((c) => c.source));
		const cited = checkCitedProse(
			ctx,
			['findings', i, 'text'],
			finding.text,
			listed,
			true,
			'the finding'
		);
		finding.sources.forEach((c, j) => {
			if (!cited.has(c.source))
				error(
					ctx,
					['findings', i, 'sources', j, 'source'],
					`source "${c.source}" is listed but cited nowhere in the finding's text: cite it as [@${c.source}] or remove it`
				);
		});
		const seen = new Set<string>();
		finding.bears.forEach((b, j) => {
			if (!allPoints.has(b.point))
				error(
					ctx,
					['findings', i, 'bears', j, 'point'],
					`finding bears on unknown point "${b.point}": expected one of ${[...allPoints].join(', ')}`
				);
			if (seen.has(b.point))
				error(
					ctx,
					['findings', i, 'bears', j, 'point'],
					`the finding names point "${b.point}" twice`
				);
			seen.add(b.point);
		});
	});
}
