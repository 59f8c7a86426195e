import { json } from '@sveltejs/kit';
import { oembedFor, pairIdFromUrl, sizeLimit } from '$lib/cite/oembed';
import { apiError } from '$lib/server/cite/api';
import { siteOrigin } from '$lib/server/cite/place';
import { corpus } from '$lib/server/corpus/corpus';

// oEmbed provider: `?url=<pair, claim or embed address>&format=json[&maxwidth=…&maxheight=…]`.
export function GET({ url }) {
	const format = url.searchParams.get('format') ?? 'json';
	if (format !== 'json') return apiError(501, 'Only format=json is provided.');
	const target = url.searchParams.get('url');
	if (!target)
		return apiError(400, 'The url parameter is required: the address of a pair or claim.');
	const origin = siteOrigin(url);
	const pairId = pairIdFromUrl(target, [origin, url.origin]);
	const pair = pairId ? corpus.pairById.get(pairId) : undefined;
	if (!pair) return apiError(404, `No embeddable pair at ${target.slice(0, 200)}.`);
	const body = oembedFor(pair, origin, {
		width: sizeLimit(url.searchParams.get('maxwidth')),
		height: sizeLimit(url.searchParams.get('maxheight'))
	});
	return json(body, { headers: { 'access-control-allow-origin': '*' } });
}
