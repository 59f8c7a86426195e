/**
 * The XML the site publishes for machines: an Atom feed of recently reviewed pairs and the
 * sitemap. Pure string building with every text escaped; absolute URLs from the given origin.
 */
import { SITE_NAME, absoluteUrl, pairPath, type ExportPair } from './model';

/** How many pairs the feed lists, most recently reviewed first. */
export const FEED_SIZE = 20;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const atomDate = (date: string) => `${date}T00:00:00Z`;

/** The pairs a feed lists: newest review first, then by id. */
export function recentlyReviewed(pairs: readonly ExportPair[], size = FEED_SIZE): ExportPair[] {
	return [...pairs]
		.sort((a, b) => b.lastReviewed.localeCompare(a.lastReviewed) || a.id.localeCompare(b.id))
		.slice(0, size);
}

function feedEntry(pair: ExportPair, origin: string): string {
	const url = absoluteUrl(origin, pairPath(pair.id));
	const summary =
		`Critics' claim: ${pair.critique.summary} Response: ${pair.response.summary} ` +
		`Revision ${pair.revision}: ${pair.latestChange}`;
	return [
		'  <entry>',
		`    <id>${escapeXml(url)}</id>`,
		`    <title>${escapeXml(`${pair.id}: ${pair.question}`)}</title>`,
		`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
		`    <updated>${atomDate(pair.lastReviewed)}</updated>`,
		`    <category term="${escapeXml(pair.topic.id)}" label="${escapeXml(pair.topic.title)}"/>`,
		`    <summary>${escapeXml(summary)}</summary>`,
		'  </entry>'
	].join('\n');
}

/** The Atom feed of recently reviewed pairs. */
export function formatAtomFeed(pairs: readonly ExportPair[], origin: string): string {
	const entries = recentlyReviewed(pairs);
	const updated = entries[0]?.lastReviewed ?? '1970-01-01';
	const self = absoluteUrl(origin, '/feed.xml');
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(self)}</id>`,
		`  <title>${SITE_NAME}: recently reviewed pairs</title>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(origin, '/'))}"/>`,
		`  <updated>${atomDate(updated)}</updated>`,
		`  <author><name>${SITE_NAME}</name></author>`,
		...entries.map((p) => feedEntry(p, origin)),
		'</feed>',
		''
	].join('\n');
}

/** A page for the sitemap: its path and, where known, when it last changed. */
export interface SitemapPage {
	path: string;
	lastmod?: string;
}

/**
 * The address of a page route from its file: `/src/routes/(group)/about/+page.svelte` → `/about`;
 * null for a route with parameters.
 */
export function pagePath(file: string): string | null {
	const path = file
		.replace(/^\/src\/routes/, '')
		.replace(/\/\+page\.svelte$/, '')
		.replace(/\/\([^/]+\)/g, '');
	return path.includes('[') ? null : path || '/';
}

/** The sitemap (sitemaps.org protocol). */
export function formatSitemap(pages: readonly SitemapPage[], origin: string): string {
	const urls = pages.map((p) =>
		[
			'  <url>',
			`    <loc>${escapeXml(absoluteUrl(origin, p.path))}</loc>`,
			...(p.lastmod ? [`    <lastmod>${p.lastmod}</lastmod>`] : []),
			'  </url>'
		].join('\n')
	);
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls,
		'</urlset>',
		''
	].join('\n');
}
