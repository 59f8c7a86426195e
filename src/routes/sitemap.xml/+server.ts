import { formatSitemap, pagePath, type SitemapPage } from '$lib/cite/feeds';
import { pairPath } from '$lib/cite/model';
import { siteOrigin } from '$lib/server/cite/place';
import { corpus } from '$lib/server/corpus/corpus';

// Every page route without a parameter, found from the route files at build time, so a new page
// joins the sitemap by existing. Route groups are dropped; the board and redirects are not pages
// worth indexing.
const PAGE_FILES = Object.keys(import.meta.glob('/src/routes/**/+page.svelte'));
const SKIP = new Set(['/compare']);

const staticPages = PAGE_FILES.map(pagePath)
	.filter((p): p is string => p !== null && !SKIP.has(p))
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
