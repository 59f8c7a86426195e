/**
 * Corpus markdown to safe HTML, in two steps. Here, with no dependencies: inline citations
 * (`[@id]`, `[@a; @b, p. 4]`) are taken out and replaced by placeholders, and put back as numbered
 * superscripts once the text is HTML. The step between (markdown → sanitised HTML) is a `SafeHtml`:
 * `sanitise.ts` (marked and DOMPurify, at build time and in tests) or `prerendered.ts` (the table
 * the build wrote, in the server). The placeholder text is the table's key, so what the server
 * shows is byte for byte what the sanitiser made at build time.
 */
import { findCitations, type InlineCite } from '../../citations';

/** Where an inline citation points: its number in the list of sources, and that entry's address. */
export interface CiteTarget {
	n: number;
	href: string;
	/** Who published the source, for the link's title. */
	title: string;
}
export type ResolveCite = (cite: InlineCite) => CiteTarget | undefined;

/** Limited markdown (emphasis, links, lists) with its citations replaced → sanitised HTML. */
export interface SafeHtml {
	/** A block: paragraphs, lists. */
	block(text: string): string;
	/** One line: no paragraph. */
	inline(text: string): string;
}

/** What views.ts renders corpus prose with. */
export interface MarkdownRenderer {
	/**
	 * A block of markdown. With `resolve`, inline citations become numbered superscripts linking to
	 * the source entry; without it they are dropped, as where no list of sources is shown.
	 */
	block(markdown: string, resolve?: ResolveCite): string;
	/** One line of markdown (emphasis, links): no paragraph. */
	inline(markdown: string): string;
}

export const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PLACEHOLDER = /zqcite(\d+)zq/g;

/**
 * A block's text with each citation group replaced by a placeholder of letters and digits (which
 * markdown leaves as it is), the space before it removed so that the superscript sits against the
 * word it follows; and the superscripts to put back. Without `resolve` the citations go.
 */
export function takeCitations(markdown: string, resolve?: ResolveCite) {
	const cites: string[] = [];
	let text = '';
	let at = 0;
	for (const group of findCitations(markdown)) {
		text += markdown.slice(at, group.start).replace(/[ \t]*\n?[ \t]*$/, '');
		if (resolve) {
			text += `zqcite${cites.length}zq`;
			cites.push(citeHtml(group.cites, resolve));
		}
		at = group.end;
	}
	return { text: text + markdown.slice(at), cites };
}

/** The superscript for one citation group: trusted markup built from ids, numbers and escaped text. */
function citeHtml(cites: InlineCite[], resolve: ResolveCite): string {
	const links = cites.flatMap((cite) => {
		const target = resolve(cite);
		if (!target) return [];
		const loc = cite.locator ? `, ${escapeHtml(cite.locator)}` : '';
		const label = `Source ${target.n}: ${target.title}${cite.locator ? `, ${cite.locator}` : ''}`;
		return [
			`<a href="${escapeHtml(target.href)}" title="${escapeHtml(label)}">${target.n}${loc}</a>`
		];
	});
	return links.length ? `<sup class="cite">[${links.join('; ')}]</sup>` : '';
}

/** The renderer over one way of making safe HTML. */
export function markdownRenderer(safe: SafeHtml): MarkdownRenderer {
	return {
		block(markdown, resolve) {
			const { text, cites } = takeCitations(markdown, resolve);
			return safe.block(text).replace(PLACEHOLDER, (_, i: string) => cites[Number(i)] ?? '');
		},
		inline: (markdown) => safe.inline(markdown)
	};
}
