/**
 * GET /api/search?q=…&topic=…&limit=…: ranked pair ids, the claims that matched, scores and the
 * positions to highlight, as JSON. Bad parameters answer 400 with a JSON error, never a 500.
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { corpus } from '$lib/server/corpus/corpus';
import { REMOTE_LIMIT } from '$lib/search/remote';
import { apiError } from '$lib/server/cite/api';
import { searchPairs } from '$lib/server/search/searcher';

const DEFAULT_LIMIT = 20;
// The page's search-as-you-type asks for this many: the endpoint's ceiling is the same number.
const MAX_LIMIT = REMOTE_LIMIT;
const PARAMS = ['q', 'topic', 'limit'];
const topicIds = corpus.topics.map((t) => t.id);

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

// Errors in the API's one shape (with apiVersion), as /api/schema.json describes them.
const fail = (message: string) => apiError(400, message);

export function GET({ url }: { url: URL }) {
	const params = url.searchParams;
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
	return json({
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
	});
}
