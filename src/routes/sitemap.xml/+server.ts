import { formatSitemap, pagePath, type SitemapPage } from '$lib/cite/feeds';
import { pairPath } from '$lib/cite/model';
import { siteOrigin } from '$lib/server/cite/place';
import { corpus } from '$lib/server/corpus/corpus';

// Every page route without a parameter, found from the route files at build time, so a new page
// joins the sitemap by existing. Route groups are dropped. Left out, because their bare address is
// not a page to index: the board (empty until pairs are added), the claims behind one balance mark
// (it needs the mark in its query and answers 400 without it), and the editors' pages (a redirect
// to a login). tests/sitemap.e2e.ts fetches every address listed and expects 200.
const PAGE_FILES = Object.keys(import.meta.glob('/src/routes/**/+page.svelte'));
const SKIP = new Set(['/compare', '/balance/claims']);
const SKIP_UNDER = /^\/editor(\/|$)/;

const staticPages = PAGE_FILES.map(pagePath)
	.filter((p): p is string => p !== null && !SKIP.has(p) && !SKIP_UNDER.test(p))
	.sort();

export function GET({ url }) {
	const pages: SitemapPage[] = [
		...staticPages.map((path) => ({ path })),
		...corpus.pairs.map((p) => ({ path: pairPath(p.id), lastmod: p.last_reviewed }))
	];
	return new Response(formatSitemap(pages, siteOrigin(url)), {
		headers: {
			'content-type': 'application/xml; charset=utf-8',
			'cache-control': 'public, max-age=3600'
		}
	});
}
