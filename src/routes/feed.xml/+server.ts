import { formatAtomFeed } from '$lib/cite/feeds';
import { siteOrigin } from '$lib/server/cite/place';
import { toExportPairs } from '$lib/server/cite/records';
import { corpus } from '$lib/server/corpus/corpus';

// Served, not prerendered: its links are absolute, and the origin is known only at run time.
export function GET({ url }) {
	return new Response(formatAtomFeed(toExportPairs(corpus), siteOrigin(url)), {
		headers: {
			'content-type': 'application/atom+xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
}
