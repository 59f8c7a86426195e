import { json } from '@sveltejs/kit';
import { apiError, pairPayload } from '$lib/server/cite/api';
import { goneError } from '$lib/server/cite/address';
import { corpus } from '$lib/server/corpus/corpus';
import { pairId } from '$lib/server/corpus/schema';

// Every pair is written at build time; any other id reaches the server and gets a JSON error.
export const prerender = 'auto';

export function entries() {
	return corpus.pairs.map((p) => ({ id: p.id }));
}

export function GET({ params }) {
	const id = pairId.safeParse(params.id);
	if (!id.success) return apiError(400, id.error.issues[0].message);
	const body = pairPayload(corpus, params.id);
	if (body) return json(body);
	const retired = corpus.retiredById.get(params.id);
	if (retired) return apiError(410, goneError(retired).message);
	return apiError(404, `There is no pair with the id "${params.id}".`);
}
