/**
 * The citation engine: citation-js with the CSL, BibTeX and RIS plugins, set up once. Every
 * citation format comes from here; no citation style is written by hand. Server-only: citation-js
 * and the style files stay out of the client bundle.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import sanitizeHtml from 'sanitize-html';
import type { CslItem } from '$lib/cite/csl';
import chicagoStyle from './styles/chicago-note-bibliography.csl?raw';
import mlaStyle from './styles/modern-language-association.csl?raw';

/** The rendered citation styles, in the order a reader sees them. APA is plugin-csl's own. */
export const STYLES = {
	apa: 'APA (7th edition)',
	mla: 'MLA (9th edition)',
	chicago: 'Chicago (17th edition, bibliography)'
} as const;
export type StyleId = keyof typeof STYLES;
export const STYLE_IDS = Object.keys(STYLES) as StyleId[];

const csl = plugins.config.get('@csl');
if (!csl.styles.has('mla')) csl.styles.add('mla', mlaStyle);
if (!csl.styles.has('chicago')) csl.styles.add('chicago', chicagoStyle);
// BibTeX keys from the claim id (FS-01-C → FS01C) rather than citation-js' author-year guess.
plugins.config.get('@bibtex').format.useIdAsLabel = true;

/** A citation in one style: plain text to copy, and HTML (italics) to show. */
export interface RenderedStyle {
	text: string;
	html: string;
}

/** Renders one item as a bibliography entry in a style. */
export function renderStyle(item: CslItem, style: StyleId): RenderedStyle {
	const cite = new Cite(item);
	const options = { template: style, lang: 'en-US' } as const;
	const text = cite.format('bibliography', { ...options, format: 'text' }).trim();
	const body = cite.format('bibliography', { ...options, format: 'html' });
	const entry = body.match(/<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/)?.[1] ?? '';
	// citeproc escapes the data; the sanitiser keeps only its inline formatting, as a second guard.
	const html = sanitizeHtml(entry.trim(), {
		allowedTags: ['i', 'b', 'sup', 'sub', 'span'],
		allowedAttributes: {}
	});
	return { text, html };
}

/** BibTeX, in its BibLaTeX form (`@online`, `urldate`, `version`), which Zotero and biber read. */
export function toBibtex(item: CslItem): string {
	return new Cite(item).format('biblatex').trim() + '\n';
}

/**
 * RIS. citation-js maps the fields; the text is written here because its own writer wraps values
 * at 70 characters mid-word, which reference managers read back as broken titles.
 */
export function toRis(item: CslItem): string {
	const [entry] = new Cite(item).format('ris', { format: 'object' });
	const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*\n\s*/g, ' ')}`;
	const { TY, ...tags } = entry;
	const lines = [line('TY', String(TY))];
	for (const [tag, value] of Object.entries(tags)) {
		for (const v of ([] as string[]).concat(value)) lines.push(line(tag, v));
	}
	return [...lines, 'ER  - ', ''].join('\n');
}

/** CSL-JSON: an array of one item, as Zotero, Mendeley and pandoc import it. */
export function toCslJson(item: CslItem): string {
	return new Cite(item).format('data', { format: 'text' }).trim() + '\n';
}
