/**
 * The one place where corpus markdown becomes HTML: marked with raw HTML escaped and only https
 * links kept, then DOMPurify as a second line of defence. Server-only (jsdom).
 */
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked, type Tokens } from 'marked';
import { findCitations, type InlineCite } from '../citations';

const purify = DOMPurify(new JSDOM('').window);
// Links survive only with an https target, and always open as external, untrusted pages.
purify.addHook('afterSanitizeAttributes', (node) => {
	if (node.tagName !== 'A') return;
	if (!/^https:\/\//i.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
	else node.setAttribute('rel', 'external noopener noreferrer');
});
const ALLOWED_TAGS = ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br', 'code', 'blockquote'];

const escapeHtml = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
	gfm: true,
	breaks: false,
	renderer: {
		// Raw HTML in the corpus is shown as text, never interpreted.
		html: ({ text }: Tokens.HTML | Tokens.Tag) => escapeHtml(text),
		link({ href, tokens }: Tokens.Link) {
			const label = this.parser.parseInline(tokens);
			if (!/^https:\/\//i.test(href)) return label;
			return `<a href="${escapeHtml(href)}">${label}</a>`;
		},
		image: ({ text }: Tokens.Image) => escapeHtml(text),
		heading({ tokens }: Tokens.Heading) {
			return `<p><strong>${this.parser.parseInline(tokens)}</strong></p>`;
		}
	}
});

/** Where an inline citation points: its number in the list of sources, and that entry's address. */
export interface CiteTarget {
	n: number;
	href: string;
	/** Who published the source, for the link's title. */
	title: string;
}
export type ResolveCite = (cite: InlineCite) => CiteTarget | undefined;

/**
 * Renders limited markdown (emphasis, links, lists) to sanitised HTML. With `resolve`, inline
 * citations (`[@id]`, `[@a; @b, p. 4]`) become numbered superscripts linking to the source entry;
 * without it they are dropped, as where no list of sources is shown.
 */
export function renderMarkdown(markdown: string, resolve?: ResolveCite): string {
	// Each citation becomes a placeholder of letters and digits, which markdown leaves as it is, and
	// the space before it goes: the superscript sits against the word it follows.
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
	text += markdown.slice(at);
	const html = purify.sanitize(marked.parse(text, { async: false }), {
		ALLOWED_TAGS,
		ALLOWED_ATTR: ['href']
	});
	return html.replace(/zqcite(\d+)zq/g, (_, i: string) => cites[Number(i)] ?? '');
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

/** Renders one line of limited markdown (emphasis, links) to sanitised inline HTML: no paragraph. */
export function renderInlineMarkdown(markdown: string): string {
	return purify.sanitize(marked.parseInline(markdown, { async: false }), {
		ALLOWED_TAGS,
		ALLOWED_ATTR: ['href']
	});
}
