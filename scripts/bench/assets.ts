/**
 * First-load weight of a page: the JavaScript and CSS a browser fetches before the page is
 * interactive. Found from the HTML (stylesheets, module scripts and preloads, the entry's
 * `import()`s in the inline start-up script), the `Link` header (SvelteKit sends its module
 * preloads there on pages it renders), and the static imports of every module found.
 */
import { gzipSync } from 'node:zlib';

export interface AssetRefs {
	js: string[];
	css: string[];
}

export interface Weight {
	files: number;
	raw: number;
	gzip: number;
	/** The file that weighs most, gzipped. */
	largest?: { url: string; gzip: number };
}

export interface FirstLoad {
	html: Weight;
	js: Weight;
	css: Weight;
	/** Bytes of `<style>` elements: CSS that comes inside the HTML, counted there too. */
	inlineCss: number;
}

const attribute = (tag: string, name: string) =>
	new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
		.exec(tag)
		?.slice(1)
		.find((v) => v !== undefined);

/** The JavaScript and CSS URLs a page asks for up front, resolved against `pageUrl`. */
export function findFirstLoadAssets(html: string, pageUrl: string, linkHeader = ''): AssetRefs {
	const js = new Set<string>();
	const css = new Set<string>();
	const add = (set: Set<string>, href: string) => set.add(new URL(href, pageUrl).href);
	for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
		const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const href = attribute(tag, 'href');
		if (!href) continue;
		// A disabled stylesheet is not fetched: SvelteKit writes one for each stylesheet it inlined.
		if (/\sdisabled(?=[\s=/>])/i.test(tag)) continue;
		if (rel.includes('modulepreload')) add(js, href);
		if (rel.includes('stylesheet')) add(css, href);
	}
	for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attribute(open, 'src');
		if (src && attribute(open, 'type') === 'module') add(js, src);
		if (!src)
			for (const [, href] of body.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) add(js, href);
	}
	for (const entry of linkHeader.split(/,\s*(?=<)/)) {
		const href = /^<([^>]+)>/.exec(entry.trim())?.[1];
		if (!href) continue;
		if (/;\s*rel="?modulepreload"?/i.test(entry)) add(js, href);
		if (/;\s*rel="?(?:preload|stylesheet)"?/i.test(entry) && /;\s*as="?style"?/i.test(entry)) {
			add(css, href);
		}
	}
	return { js: [...js], css: [...css] };
}

/** Relative static imports (`import … from "./x.js"`, `import "./x.js"`, `export … from`) of a module. */
export function findStaticImports(code: string, moduleUrl: string): string[] {
	const found = new Set<string>();
	const pattern =
		/(?:^|[^\w$.])(?:import|export)\s*(?:(?:\{[^}]*\}|\*(?:\s*as\s+[\w$]+)?|[\w$]+(?:\s*,\s*\{[^}]*\})?)\s*from\s*)?["']((?:\.{1,2})?\/[^"']+)["']/g;
	for (const [, href] of code.matchAll(pattern)) found.add(new URL(href, moduleUrl).href);
	return [...found];
}

/** Raw and gzip (level 9) sizes of some bytes. */
export function weigh(bytes: Uint8Array): { raw: number; gzip: number } {
	return { raw: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

const add = (total: Weight, bytes: Uint8Array, url: string) => {
	const { raw, gzip } = weigh(bytes);
	total.files += 1;
	total.raw += raw;
	total.gzip += gzip;
	if (gzip > (total.largest?.gzip ?? -1)) total.largest = { url, gzip };
};
const empty = (): Weight => ({ files: 0, raw: 0, gzip: 0 });

async function fetchBytes(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${url}: ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** Fetches a page and everything it loads before interaction, and weighs each kind. */
export async function measureFirstLoad(pageUrl: string): Promise<FirstLoad & { body: string }> {
	const response = await fetch(pageUrl);
	const bytes = new Uint8Array(await response.arrayBuffer());
	const body = new TextDecoder().decode(bytes);
	const refs = findFirstLoadAssets(body, pageUrl, response.headers.get('link') ?? '');
	const inlineCss = [...body.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].reduce(
		(n, [, css]) => n + new TextEncoder().encode(css).byteLength,
		0
	);
	const result = { html: empty(), js: empty(), css: empty(), inlineCss, body };
	add(result.html, bytes, pageUrl);
	for (const url of refs.css) add(result.css, await fetchBytes(url), url);
	const queue = [...refs.js];
	const seen = new Set(queue);
	while (queue.length) {
		const url = queue.shift() as string;
		const code = await fetchBytes(url);
		add(result.js, code, url);
		for (const next of findStaticImports(new TextDecoder().decode(code), url)) {
			if (seen.has(next) || !next.endsWith('.js')) continue;
			seen.add(next);
			queue.push(next);
		}
	}
	return result;
}
