import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function load() {
	return { counts: corpus.counts };
}
