import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { liveMarkdown } from './sanitise';

const renderMarkdown = liveMarkdown.block;

/** Everything in `html` that a browser could execute: elements, handlers, script URLs. */
function executables(html: string): string[] {
	const { document } = new JSDOM(`<body>${html}</body>`).window;
	const found: string[] = [];
	for (const el of document.body.querySelectorAll('*')) {
		if (/^(script|img|svg|iframe|noscript|object|embed|style|form)$/i.test(el.tagName))
			found.push(el.tagName);
		for (const attr of el.attributes) {
			if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
			if (/^\s*(javascript|data|vbscript):/i.test(attr.value))
				found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
		}
	}
	return found;
}

describe('renderMarkdown', () => {
	it('renders emphasis, lists and https links', () => {
		const html = renderMarkdown('*a* **b**\n\n- one\n- [two](https://example.org)');
		expect(html).toContain('<em>a</em>');
		expect(html).toContain('<strong>b</strong>');
		expect(html).toContain(
			'<li><a href="https://example.org" rel="external noopener noreferrer">two</a></li>'
		);
	});

	it('finds the executable parts its check looks for', () => {
		expect(executables('<img src=x onerror=alert(1)><a href="javascript:x">y</a>')).toEqual([
			'IMG',
			'IMG[onerror]',
			'A[href=javascript:x]'
		]);
	});

	it.each([
		['<script>alert(1)</script>'],
		['<img src=x onerror=alert(1)>'],
		['[x](javascript:alert(1))'],
		['<svg onload=alert(1)>'],
		['<noscript><p title="</noscript><img src=x onerror=alert(1)>">'],
		['<a href="javascript:alert(1)">x</a>'],
		['[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
		['<iframe src="https://evil.example"></iframe>']
	])('leaves nothing executable in %s', (payload) => {
		expect(executables(renderMarkdown(`Text ${payload} more`))).toEqual([]);
	});
});

describe('inline citations in rendered markdown', () => {
	const resolve = (cite: { id: string }) =>
		({ a: { n: 1, href: '/pairs/TT-01#TT-01-C-s1', title: 'Publisher A' } })[cite.id];

	it('become numbered superscripts against the word they follow, pinpoints shown', () => {
		expect(renderMarkdown('It *rose* [@a]. It fell [@a, p. 4].', resolve)).toBe(
			'<p>It <em>rose</em><sup class="cite">[<a href="/pairs/TT-01#TT-01-C-s1" title="Source 1: Publisher A">1</a>]</sup>. It fell<sup class="cite">[<a href="/pairs/TT-01#TT-01-C-s1" title="Source 1: Publisher A, p. 4">1, p. 4</a>]</sup>.</p>\n'
		);
	});

	it('drop a citation no list resolves, and vanish without a resolver', () => {
		expect(renderMarkdown('Text [@unknown].', resolve)).toBe('<p>Text.</p>\n');
		expect(renderMarkdown('Text [@a; @b].')).toBe('<p>Text.</p>\n');
	});

	it('cannot smuggle markup through a locator or a title', () => {
		const html = renderMarkdown('Text [@a, <img src=x onerror=alert(1)>].', () => ({
			n: 1,
			href: '#"><script>',
			title: '"><img src=x onerror=alert(1)>'
		}));
		expect(executables(html)).toEqual([]);
		expect(html).not.toContain('<img');
		expect(html).not.toContain('<script');
	});
});
