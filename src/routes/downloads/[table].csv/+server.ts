import { error } from '@sveltejs/kit';
import { csvTable, formatCsv } from '$lib/cite/csv';
import { siteOrigin } from '$lib/server/cite/place';
import { toExportPairs } from '$lib/server/cite/records';
import { corpus } from '$lib/server/corpus/corpus';

// Served, not prerendered: the addresses in the files are absolute, and the origin is known only
// at run time. The page cache keeps each file rendered and compressed after its first request.
export function GET({ params, url }) {
	const table = csvTable(`${params.table}.csv`);
	if (!table) error(404, `There is no file "${params.table}.csv".`);
	// A byte-order mark, so that a spreadsheet opens the accents as UTF-8.
	return new Response(`\uFEFF${formatCsv(table, toExportPairs(corpus), siteOrigin(url))}`, {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
}
