import { formatCorrectionsFeed } from '$lib/corrections/feed';
import { siteOrigin } from '$lib/server/cite/place';
import { correctionsLog } from '$lib/server/corrections/public';
import { NO_STORE } from '$lib/server/corrections/submit';

export async function GET({ url }) {
	return new Response(formatCorrectionsFeed(await correctionsLog(), siteOrigin(url)), {
		headers: { 'content-type': 'application/atom+xml; charset=utf-8', ...NO_STORE }
	});
}
