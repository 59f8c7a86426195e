import { formatCorpusCsv } from '$lib/cite/csv';
import { toExportPairs } from '$lib/server/cite/records';
import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function GET() {
	// A byte-order mark, so that a spreadsheet opens the accents as UTF-8.
	return new Response(`\uFEFF${formatCorpusCsv(toExportPairs(corpus))}`, {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
}
