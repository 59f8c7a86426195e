import { json } from '@sveltejs/kit';
import { corpusToAif } from '$lib/cite/aif';
import { toExportPairs } from '$lib/server/cite/records';
import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function GET() {
	return json(corpusToAif(toExportPairs(corpus)));
}
