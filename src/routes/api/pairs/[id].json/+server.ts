import { answerById, pairPayload } from '$lib/server/cite/api';
import { corpus } from '$lib/server/corpus/corpus';
import { pairId } from '$lib/server/corpus/schema';

// Every pair is written at build time; any other id reaches the server and gets a JSON error.
export const prerender = 'auto';

export function entries() {
	return corpus.pairs.map((p) => ({ id: p.id }));
}

export function GET({ params }) {
	return answerById(corpus, params.id, { noun: 'pair', pattern: pairId, payload: pairPayload });
}
