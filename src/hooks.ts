import type { Transport } from '@sveltejs/kit';
import { PageHtml, readPageHtml } from '$lib/page-html';

/** Types that cross from server to browser in a page's data, beside what devalue knows. */
export const transport: Transport = {
	// Sent as an element id; the browser reads the HTML back from the page (see page-html.ts).
	PageHtml: {
		encode: (value) => value instanceof PageHtml && value.id,
		decode: (id: string) => readPageHtml(id)
	}
};
