import { corpusToArgdown } from '$lib/cite/argdown';
import { toExportPairs } from '$lib/server/cite/records';
import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function GET() {
	return new Response(corpusToArgdown(toExportPairs(corpus)), {
		headers: { 'content-type': 'text/plain; charset=utf-8' }
	});
}
