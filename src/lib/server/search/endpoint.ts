/**
 * GET /api/search?q=…&topic=…&limit=…: ranked pair ids, the claims that matched, scores and the
 * positions to highlight. Its parameters are declared once, with what each means, for the parser
 * and for the /api page. Bad parameters answer 400 with the API's JSON error, never a 500.
 */
import { z } from 'zod';
import { REMOTE_LIMIT } from '../../search/remote';
import { API_VERSION, type ApiResponse } from '../cite/api-schema';
import { corpus } from '../corpus/corpus';
import { searchPairs } from './searcher';

export const DEFAULT_LIMIT = 20;
// The page's search-as-you-type asks for this many: the endpoint's ceiling is the same number.
export const MAX_LIMIT = REMOTE_LIMIT;
const topicIds = corpus.topics.map((t) => t.id);

/** The parameters, in the order the /api page lists them. */
export const SEARCH_PARAMS = [
	{
		name: 'q',
		required: true,
		about:
			'The words to search for, as in the site’s search box (its syntax too: "+word" required, "-word" excluded, "field:word", "word*", "word~1"). Once.'
	},
	{
		name: 'topic',
		required: false,
		about: `Keep to these topics: topic ids, repeated or joined by commas (${topicIds.slice(0, 2).join(',')}). Default: every topic.`
	},
	{
		name: 'limit',
		required: false,
		about: `How many hits to return, 1 to ${MAX_LIMIT}. Default ${DEFAULT_LIMIT}. Once.`
	}
] as const;
const PARAMS: readonly string[] = SEARCH_PARAMS.map((p) => p.name);

const query = z.object({
	q: z.string().trim().min(1, 'Missing q: the words to search for.'),
	topic: z.array(
		z.enum(topicIds as [string, ...string[]], {
			error: (i) =>
				`Unknown topic "${String(i.input).slice(0, 40)}"; expected one of: ${topicIds.join(', ')}.`
		})
	),
	limit: z.coerce
		.number({ error: 'limit must be a number.' })
		.int('limit must be a whole number.')
		.min(1, 'limit must be at least 1.')
		.max(MAX_LIMIT, `limit must be at most ${MAX_LIMIT}.`)
		.default(DEFAULT_LIMIT)
});

export type SearchAnswer =
	{ status: 200; body: ApiResponse<'search'> } | { status: 400; message: string };

/** The answer to a search request's parameters. */
export function answerSearch(params: URLSearchParams): SearchAnswer {
	const fail = (message: string) => ({ status: 400 as const, message });
	const unknown = [...params.keys()].find((k) => !PARAMS.includes(k));
	if (unknown !== undefined) {
		return fail(`Unknown parameter "${unknown.slice(0, 40)}"; expected: ${PARAMS.join(', ')}.`);
	}
	if (params.getAll('q').length > 1 || params.getAll('limit').length > 1) {
		return fail('Give q and limit at most once each.');
	}
	const parsed = query.safeParse({
		q: params.get('q') ?? '',
		topic: params
			.getAll('topic')
			.flatMap((t: string) => t.split(','))
			.filter(Boolean),
		limit: params.get('limit') ?? undefined
	});
	if (!parsed.success) return fail(parsed.error.issues[0].message);
	const { q, topic, limit } = parsed.data;
	const { hits, marks, notices, suggest } = searchPairs(q, topic);
	return {
		status: 200,
		body: {
			apiVersion: API_VERSION,
			query: q,
			topic,
			total: hits.length,
			notices,
			suggestion: suggest(),
			hits: hits.slice(0, limit).map((h) => ({
				id: h.id,
				score: Math.round(h.score * 1e4) / 1e4,
				claims: h.sides.map((side) => corpus.pairById.get(h.id)![side].id),
				sides: h.sides,
				fields: marks(h.id)
			}))
		}
	};
}
