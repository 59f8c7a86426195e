/**
 * oEmbed (oembed.com): another site asks `/oembed?url=<a pair or claim address>&format=json` and
 * gets a "rich" response whose HTML is an iframe of the pair's embeddable card.
 */
import { SITE_NAME, absoluteUrl, type ExportPair } from './model';
import { escapeXml } from './feeds';

export const EMBED_WIDTH = 640;
export const EMBED_HEIGHT = 480;
const MIN_SIZE = 200;

/** The embeddable card of a pair. */
export const embedPath = (pairId: string) => `/embed/pairs/${pairId}`;

const ADDRESS = /^\/(?:pairs|embed\/pairs|claims)\/([A-Z]{2}-\d{2,3})(?:-[CR])?\/?$/;

/**
 * The pair id an address on this site names (`/pairs/FS-01`, `/claims/FS-01-C`,
 * `/embed/pairs/FS-01`), or null for another site, another page or a malformed URL.
 */
export function pairIdFromUrl(url: string, origins: readonly string[]): string | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	if (!origins.includes(parsed.origin)) return null;
	return ADDRESS.exec(parsed.pathname)?.[1] ?? null;
}

/** A size limit from the query: a positive integer, or none. */
export function sizeLimit(value: string | null): number | null {
	if (value === null || !/^\d{1,5}$/.test(value)) return null;
	return Number(value);
}

export interface OEmbedRich {
	version: '1.0';
	type: 'rich';
	provider_name: string;
	provider_url: string;
	title: string;
	html: string;
	width: number;
	height: number;
	cache_age: number;
}

/** The oEmbed response for a pair, within the consumer's maximum size. */
export function oembedFor(
	pair: Pick<ExportPair, 'id' | 'question'>,
	origin: string,
	max: { width: number | null; height: number | null }
): OEmbedRich {
	const width = Math.max(MIN_SIZE, Math.min(EMBED_WIDTH, max.width ?? EMBED_WIDTH));
	const height = Math.max(MIN_SIZE, Math.min(EMBED_HEIGHT, max.height ?? EMBED_HEIGHT));
	const title = `${pair.id}: ${pair.question}`;
	const src = absoluteUrl(origin, embedPath(pair.id));
	return {
		version: '1.0',
		type: 'rich',
		provider_name: SITE_NAME,
		provider_url: absoluteUrl(origin, '/'),
		title,
		html:
			`<iframe src="${escapeXml(src)}" width="${width}" height="${height}" ` +
			`title="${escapeXml(`${SITE_NAME}: ${title}`)}" loading="lazy" style="border:0"></iframe>`,
		width,
		height,
		cache_age: 86400
	};
}
