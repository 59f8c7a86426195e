import { json } from '@sveltejs/kit';
import { apiError, claimPayload } from '$lib/server/cite/api';
import { goneError } from '$lib/server/cite/address';
import { corpus } from '$lib/server/corpus/corpus';
import { claimId } from '$lib/server/corpus/schema';

// Every claim is written at build time; any other id reaches the server and gets a JSON error.
export const prerender = 'auto';

export function entries() {
	return [...corpus.claimById.keys()].map((id) => ({ id }));
}

export function GET({ params }) {
	const id = claimId.safeParse(params.id);
	if (!id.success) return apiError(400, id.error.issues[0].message);
	const body = claimPayload(corpus, params.id);
	if (body) return json(body);
	const retired = corpus.retiredById.get(params.id);
	if (retired) return apiError(410, goneError(retired).message);
	return apiError(404, `There is no claim with the id "${params.id}".`);
}
