import { corpus } from '$lib/server/corpus/corpus';
import { NO_STORE, submitReport } from '$lib/server/corrections/submit';
import { resolveTarget } from '$lib/server/corrections/targets';

export function load({ url, setHeaders }) {
	setHeaders(NO_STORE);
	const id = (url.searchParams.get('target') ?? 'site').slice(0, 80);
	return { targetId: id, target: resolveTarget(corpus, id) };
}

export const actions = { default: submitReport };
