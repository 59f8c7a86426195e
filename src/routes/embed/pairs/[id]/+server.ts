import { render } from 'svelte/server';
import { absoluteUrl, claimPath } from '$lib/cite/model';
import EmbedCard from '$lib/components/embed/EmbedCard.svelte';
import { goneError } from '$lib/server/cite/address';
import { citePair } from '$lib/server/cite/cite';
import { citePlace } from '$lib/server/cite/place';
import { toExportPair } from '$lib/server/cite/records';
import { escapeXml } from '$lib/cite/feeds';
import { corpus } from '$lib/server/corpus/corpus';

// A standalone document, not a page in the site layout: no navigation, no JavaScript. This route
// alone may be framed by other sites, so its policy deliberately has no `frame-ancestors` (even
// `frame-ancestors *` would refuse about:, data: and file: pages); production hardening that sets
// `frame-ancestors 'none'` must leave /embed/ out.
const HEADERS = {
	'content-type': 'text/html; charset=utf-8',
	'content-security-policy':
		"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
	'cache-control': 'public, max-age=3600'
};

function page(title: string, description: string, head: string, body: string): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="robots" content="noindex" />
<title>${escapeXml(title)}</title>
<meta name="description" content="${escapeXml(description)}" />
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

export function GET({ params, url }) {
	const view = corpus.pairById.get(params.id);
	if (!view) {
		const retired = corpus.retiredById.get(params.id);
		const message = retired
			? goneError(retired).message
			: `There is no pair with the id "${params.id}".`;
		const body = `<main><h1>${escapeXml(message)}</h1></main>`;
		return new Response(page('Not found · ICE Debate Explorer', message, '', body), {
			status: retired ? 410 : 404,
			headers: HEADERS
		});
	}
	const place = citePlace(url);
	const pair = toExportPair(view, corpus);
	const { permalink, styles } = citePair(pair, place);
	const claimLinks = Object.fromEntries(
		[pair.critique.id, pair.response.id].map((id) => [id, absoluteUrl(place.origin, claimPath(id))])
	);
	const card = render(EmbedCard, {
		props: { pair, citation: styles.find((s) => s.style === 'apa')!.text, permalink, claimLinks }
	});
	const title = `${pair.id}: ${pair.question} · ICE Debate Explorer`;
	const description = `${pair.critique.summary} ${pair.response.summary}`;
	return new Response(page(title, description, card.head, card.body), { headers: HEADERS });
}
