import { json } from '@sveltejs/kit';
import { apiError } from '$lib/server/cite/api';
import { answerSearch } from '$lib/server/search/endpoint';

// GET /api/search: the parameters, the answer and its errors are in $lib/server/search/endpoint.
export function GET({ url }: { url: URL }) {
	const answer = answerSearch(url.searchParams);
	return answer.status === 200 ? json(answer.body) : apiError(answer.status, answer.message);
}
