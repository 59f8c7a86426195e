/**
 * The claims behind one mark of a balance chart (`/balance/claims?side=…&type=…`): the exact claims
 * a bar counts, where the explorer's per-pair facets could only give a superset.
 */
import { z } from 'zod';
import { sourceFacetOf } from '$lib/explorer/facets';
import { DEFAULT_STATE, filtersHref } from '$lib/explorer/filters';
import { PERSPECTIVE_LABEL, SOURCE_TYPE_LABEL } from '$lib/labels';
import { perspectives, sourceTypes } from '../corpus/schema';
import { SIDES, type ClaimView } from '../corpus/views';
import { isAnswered, type Views } from './stats';

const markQuery = z
	.strictObject({
		side: z.enum(SIDES as ['critique', 'response']),
		type: z.enum(sourceTypes).optional(),
		perspective: z.enum(perspectives).optional(),
		year: z.coerce.number().int().min(1900).max(2100).optional()
	})
	.refine(
		(q) => [q.type, q.perspective, q.year].filter((v) => v !== undefined).length === 1,
		'expected exactly one of type, perspective or year'
	);
export type MarkQuery = z.infer<typeof markQuery>;

/** Reads a mark from a query string; the error names every problem in words. */
export function parseMarkQuery(
	params: URLSearchParams
): { query: MarkQuery; error: null } | { query: null; error: string } {
	const parsed = markQuery.safeParse(Object.fromEntries(params));
	if (parsed.success) return { query: parsed.data, error: null };
	const messages = parsed.error.issues.map((i) =>
		i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message
	);
	return { query: null, error: `This chart link is not valid (${messages.join('; ')}).` };
}

const CLAIMS_OF = { critique: "Critics' claims", response: 'Responses' } as const;

/** The heading for a mark: "Critics' claims citing News sources". */
export function describeMark(q: MarkQuery): string {
	const claims = CLAIMS_OF[q.side];
	if (q.type) return `${claims} citing ${SOURCE_TYPE_LABEL[q.type]} sources`;
	if (q.perspective)
		return `${claims} citing sources of ${PERSPECTIVE_LABEL[q.perspective].toLowerCase()} perspective`;
	return `${claims} as of ${q.year}`;
}

/** Every claim the mark counts, with the citations it counts (none for a year). */
export function claimsBehind(views: Views, q: MarkQuery) {
	const counted = (claim: ClaimView) =>
		claim.sources.filter((c) =>
			q.type ? c.ref.type === q.type : c.ref.perspective === q.perspective
		);
	const claims = views.pairs
		.filter((pair) => q.side === 'critique' || isAnswered(pair))
		.map((pair) => ({ pair, claim: pair[q.side] as ClaimView }))
		.map(({ pair, claim }) => ({
			pairId: pair.id,
			claimId: claim.id,
			question: pair.question,
			summary: claim.summary,
			asOf: claim.as_of,
			citations: q.year === undefined ? counted(claim).map((c) => c.ref) : []
		}))
		.filter((c) =>
			q.year === undefined ? c.citations.length > 0 : Number(c.asOf.slice(0, 4)) === q.year
		);
	const facet = q.type ? sourceFacetOf(q.type) : null;
	const explorer = facet
		? filtersHref({ ...DEFAULT_STATE, source: [facet] })
		: q.year !== undefined
			? filtersHref({ ...DEFAULT_STATE, from: q.year, to: q.year })
			: null;
	return {
		heading: describeMark(q),
		claims,
		citationCount: claims.reduce((n, c) => n + c.citations.length, 0),
		/** The explorer's nearest filter: pairs where either side matches. */
		explorerHref: explorer === null ? null : `/${explorer}`
	};
}
