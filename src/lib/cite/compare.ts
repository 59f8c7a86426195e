/**
 * The compare board's state, which lives entirely in its URL: `/compare?ids=FS-03-C,PC-01-R`.
 * Shared by the board (server) and the "add to compare" links (server and browser).
 */

/** The most claims a board holds; more are dropped with a notice. */
export const MAX_COMPARE = 12;
// Longer input is cut before parsing, so a hostile URL cannot make the parser work hard.
const MAX_INPUT = 2000;

const CLAIM_ID = /^[A-Z]{2}-\d{2,3}-[CR]$/;
const PAIR_ID = /^[A-Z]{2}-\d{2,3}$/;

export interface CompareSelection {
	/** Well-formed claim ids, deduplicated, in the order given, at most MAX_COMPARE. */
	ids: string[];
	/** Tokens that are not claim or pair ids. */
	malformed: string[];
	/** Well-formed ids past the cap. */
	dropped: string[];
}

/**
 * Reads the `ids` parameter (comma- or space-separated, repeated or not). A pair id stands for both
 * of its claims; case is forgiven.
 */
export function parseCompareIds(values: readonly string[]): CompareSelection {
	const tokens = values
		.join(',')
		.slice(0, MAX_INPUT)
		.split(/[\s,]+/)
		.filter(Boolean);
	const wanted: string[] = [];
	const malformed: string[] = [];
	for (const token of tokens) {
		const id = token.toUpperCase();
		if (CLAIM_ID.test(id)) wanted.push(id);
		else if (PAIR_ID.test(id)) wanted.push(`${id}-C`, `${id}-R`);
		else malformed.push(token.slice(0, 40));
	}
	const unique = [...new Set(wanted)];
	return {
		ids: unique.slice(0, MAX_COMPARE),
		malformed: [...new Set(malformed)],
		dropped: unique.slice(MAX_COMPARE)
	};
}

/** The board's address for a list of claim ids. */
export function compareHref(ids: readonly string[]): string {
	return ids.length ? `/compare?ids=${ids.map(encodeURIComponent).join(',')}` : '/compare';
}

/** The ids with one more claim at the end (unchanged if it is there already or the board is full). */
export function withClaim(ids: readonly string[], id: string): string[] {
	if (ids.includes(id) || ids.length >= MAX_COMPARE) return [...ids];
	return [...ids, id];
}

/** The ids without one claim. */
export function withoutClaim(ids: readonly string[], id: string): string[] {
	return ids.filter((i) => i !== id);
}

/** The ids with one claim moved one place earlier (-1) or later (+1). */
export function movedClaim(ids: readonly string[], id: string, by: -1 | 1): string[] {
	const from = ids.indexOf(id);
	const to = from + by;
	if (from < 0 || to < 0 || to >= ids.length) return [...ids];
	const next = [...ids];
	[next[from], next[to]] = [next[to], next[from]];
	return next;
}
