import { error } from '@sveltejs/kit';
import { claimsBehind, parseMarkQuery } from '$lib/server/balance/drill';
import { corpus } from '$lib/server/corpus/corpus';

// Links, anchors and a GET form are all this page needs: no JavaScript, no hydration data.
export const csr = false;

export function load({ url }) {
	const { query, error: message } = parseMarkQuery(url.searchParams);
	if (!query) error(400, message);
	const result = claimsBehind(corpus, query);
	return {
		...result,
		claims: result.claims.map((c) => ({
			...c,
			citations: c.citations.map(({ id, title, publisher, date }) => ({
				id,
				title,
				publisher,
				date
			}))
		}))
	};
}
