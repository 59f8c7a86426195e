/**
 * Markdown → sanitised HTML: marked with raw HTML escaped and only https links kept, then DOMPurify
 * as a second line of defence. Runs at build time (the table `prerendered.ts` serves) and in tests;
 * jsdom and DOMPurify never load in the server.
 */
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked, type Tokens } from 'marked';
import { escapeHtml, markdownRenderer, type SafeHtml } from './render';

const purify = DOMPurify(new JSDOM('').window);
// Links survive only with an https target, and always open as external, untrusted pages.
purify.addHook('afterSanitizeAttributes', (node) => {
	if (node.tagName !== 'A') return;
	if (!/^https:\/\//i.test(node.getAttribute('href') ?? '')) node.removeAttribute('href');
	else node.setAttribute('rel', 'external noopener noreferrer');
});
const ALLOWED = {
	ALLOWED_TAGS: ['p', 'em', 'strong', 'a', 'ul', 'ol', 'li', 'br', 'code', 'blockquote'],
	ALLOWED_ATTR: ['href']
};

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

export const sanitiser: SafeHtml = {
	block: (text) => purify.sanitize(marked.parse(text, { async: false }), ALLOWED),
	inline: (text) => purify.sanitize(marked.parseInline(text, { async: false }), ALLOWED)
};

/** Renders as the build does: for the build's table, the checker's tests and fixtures. */
export const liveMarkdown = markdownRenderer(sanitiser);
