/**
 * Sanitised HTML (from renderMarkdown() on the server) that a page renders once.
 *
 * A server-rendered page carries its load data a second time, for hydration. For the long
 * arguments that would double the page: the explorer's `/` would send every argument twice. So in
 * the page's hydration data a `PageHtml` travels as the id of the element that shows it (the
 * `transport` hook in src/hooks.ts), and the browser reads the HTML back from that element before
 * it hydrates. Client-side navigations (`isDataRequest`) get plain strings: no element holds them yet.
 */
export class PageHtml {
	constructor(
		/** The id of the element (a `Markdown` component) that renders it. */
		readonly id: string,
		readonly html: string
	) {}
}

/** What a `Markdown` component takes: HTML as a string, or as a `PageHtml` during SSR. */
export type Html = string | PageHtml;

export const htmlText = (value: Html): string => (typeof value === 'string' ? value : value.html);

/** The comments Svelte writes around `{@html}` on the server (an empty one, or a hash in dev). */
const MARKERS = /^<!--[^>]*-->|<!---->$/g;

/**
 * Reads back, in the browser, the HTML that the server rendered into element `id`, as it was
 * before hydration: the same string the server had, re-serialised by the browser.
 */
export function readPageHtml(id: string, doc: Pick<Document, 'getElementById'> = document) {
	return doc.getElementById(id)?.innerHTML.replace(MARKERS, '') ?? '';
}

/** How a server load hands HTML to a page: `(element id, html) => Html`. */
export type SendHtml = (id: string, html: string) => Html;

/** As a string, as client-side navigations and the API get it. */
export const sendPlain: SendHtml = (_id, html) => html;

/** In a server load: sends HTML once, in the page, unless the request is a client navigation's. */
export function sendOnce(event: { isDataRequest: boolean }): SendHtml {
	return (id, html) => (html && !event.isDataRequest ? new PageHtml(id, html) : html);
}

/** The id of the element that shows a claim's argument. */
export const argumentId = (claimId: string) => `${claimId}-argument`;
