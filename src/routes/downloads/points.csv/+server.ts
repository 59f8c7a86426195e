import { formatPointsCsv } from '$lib/cite/csv';
import { toExportPairs } from '$lib/server/cite/records';
import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function GET() {
	return new Response(formatPointsCsv(toExportPairs(corpus)), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
