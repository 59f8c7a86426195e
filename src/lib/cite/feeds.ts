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

/** One entry of an Atom feed; every text is escaped here. */
export interface AtomEntry {
	url: string;
	title: string;
	/** An Atom date-time. */
	updated: string;
	summary: string;
	category?: { term: string; label: string };
}

/** An Atom feed of this site: its own address, the page it stands for, and its entries. */
export interface AtomFeed {
	self: string;
	alternate: string;
	title: string;
	/** An Atom date-time: the newest entry's. */
	updated: string;
	entries: readonly AtomEntry[];
}

function atomEntry({ url, title, updated, summary, category }: AtomEntry): string {
	return [
		'  <entry>',
		`    <id>${escapeXml(url)}</id>`,
		`    <title>${escapeXml(title)}</title>`,
		`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
		`    <updated>${escapeXml(updated)}</updated>`,
		...(category
			? [`    <category term="${escapeXml(category.term)}" label="${escapeXml(category.label)}"/>`]
			: []),
		`    <summary>${escapeXml(summary)}</summary>`,
		'  </entry>'
	].join('\n');
}

/** An Atom feed as XML. */
export function formatAtom(feed: AtomFeed): string {
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(feed.self)}</id>`,
		`  <title>${escapeXml(`${SITE_NAME}: ${feed.title}`)}</title>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(feed.alternate)}"/>`,
		`  <updated>${escapeXml(feed.updated)}</updated>`,
		`  <author><name>${SITE_NAME}</name></author>`,
		...feed.entries.map(atomEntry),
		'</feed>',
		''
	].join('\n');
}

/** The Atom feed of recently reviewed pairs. */
export function formatAtomFeed(pairs: readonly ExportPair[], origin: string): string {
	const entries = recentlyReviewed(pairs);
	return formatAtom({
		self: absoluteUrl(origin, '/feed.xml'),
		alternate: absoluteUrl(origin, '/'),
		title: 'recently reviewed pairs',
		updated: atomDate(entries[0]?.lastReviewed ?? '1970-01-01'),
		entries: entries.map((pair) => ({
			url: absoluteUrl(origin, pairPath(pair.id)),
			title: `${pair.id}: ${pair.question}`,
			updated: atomDate(pair.lastReviewed),
			summary:
				`Critics' claim: ${pair.critique.summary} Response: ${pair.response.summary} ` +
				`Revision ${pair.revision}: ${pair.latestChange}`,
			category: { term: pair.topic.id, label: pair.topic.title }
		}))
	});
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
