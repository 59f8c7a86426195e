/**
 * The one place where corpus markdown becomes HTML: marked with raw HTML escaped and only https
 * links kept, then DOMPurify as a second line of defence. Server-only (jsdom).
 */
import DOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { Marked, type Tokens } from 'marked';

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

/** Renders limited markdown (emphasis, links, lists) to sanitised HTML. */
export function renderMarkdown(markdown: string): string {
	const html = marked.parse(markdown, { async: false });
	return purify.sanitize(html, {
		ALLOWED_TAGS,
		ALLOWED_ATTR: ['href']
	});
}
