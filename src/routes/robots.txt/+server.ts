import { siteOrigin } from '$lib/server/cite/place';

// A route rather than static/robots.txt: the Sitemap line needs the absolute origin.
export function GET({ url }) {
	const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${siteOrigin(url)}/sitemap.xml`, ''];
	return new Response(body.join('\n'), {
		headers: {
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
}
