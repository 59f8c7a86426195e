import { answerById, claimPayload } from '$lib/server/cite/api';
import { corpus } from '$lib/server/corpus/corpus';
import { claimId } from '$lib/server/corpus/schema';

// Every claim is written at build time; any other id reaches the server and gets a JSON error.
export const prerender = 'auto';

export function entries() {
	return [...corpus.claimById.keys()].map((id) => ({ id }));
}

export function GET({ params }) {
	return answerById(corpus, params.id, { noun: 'claim', pattern: claimId, payload: claimPayload });
}
