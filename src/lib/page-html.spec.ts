import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { render } from 'svelte/server';
import { transport } from '../hooks';
import Markdown from './components/Markdown.svelte';
import { PageHtml, argumentId, htmlText, readPageHtml, sendOnce, sendPlain } from './page-html';

const HTML =
	'<p>An argument with <a href="https://example.org/a?b=1&amp;c=2">a link</a> &amp; “quotes”.</p>\n<ul>\n<li>one</li>\n</ul>';

describe('sendOnce', () => {
	it('wraps HTML for a page render and leaves it a string for a client navigation', () => {
		const page = sendOnce({ isDataRequest: false })('X-01-C-argument', HTML);
		expect(page).toBeInstanceOf(PageHtml);
		expect(htmlText(page)).toBe(HTML);
		expect(sendOnce({ isDataRequest: true })('X-01-C-argument', HTML)).toBe(HTML);
		expect(sendPlain('X-01-C-argument', HTML)).toBe(HTML);
	});

	it('leaves an empty argument empty, so that no empty "Full argument" is shown', () => {
		expect(sendOnce({ isDataRequest: false })('X-01-C-argument', '')).toBe('');
	});

	it('names the element of a claim’s argument', () => {
		expect(argumentId('FS-03-R')).toBe('FS-03-R-argument');
	});
});

describe('transport', () => {
	it('sends a PageHtml as its element id only, and nothing else', () => {
		expect(transport.PageHtml.encode(new PageHtml('A-argument', HTML))).toBe('A-argument');
		expect(transport.PageHtml.encode(HTML)).toBeFalsy();
		expect(transport.PageHtml.encode({ id: 'x', html: HTML })).toBeFalsy();
	});
});

describe('readPageHtml', () => {
	it('reads back exactly the HTML the server rendered, without Svelte’s markers', () => {
		// What the server sends: the Markdown component rendered by Svelte, then parsed by a browser.
		const id = argumentId('X-01-C');
		const { body } = render(Markdown, { props: { html: new PageHtml(id, HTML), id } });
		const dom = new JSDOM(`<!doctype html><body>${body}</body>`);
		expect(body).toContain('<!---->');
		expect(readPageHtml(id, dom.window.document)).toBe(HTML);
	});

	it('gives an empty string when no element has the id', () => {
		const dom = new JSDOM('<!doctype html><body></body>');
		expect(readPageHtml('missing', dom.window.document)).toBe('');
	});
});
