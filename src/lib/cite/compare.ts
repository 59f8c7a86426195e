/**
 * The compare board's state, which lives entirely in its URL: `/compare?ids=FS-03-C,PC-01-R`.
 * Shared by the board (server) and the "add to compare" links (server and browser).
 */
import { pairIdOfClaim } from './model';

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

/**
 * How the board is laid out: one row per pair (critique beside response, the question once), or one
 * column per claim (for claims of different pairs). The reader chooses with `?layout=`.
 */
export const BOARD_LAYOUTS = {
	pairs: 'By pair',
	claims: 'By claim'
} as const;
export type BoardLayout = keyof typeof BOARD_LAYOUTS;
export const DEFAULT_LAYOUT: BoardLayout = 'pairs';

/** The layout a `layout` parameter asks for, and a notice when it names none. */
export function parseLayout(value: string | null): { layout: BoardLayout; notice: string | null } {
	if (value === null) return { layout: DEFAULT_LAYOUT, notice: null };
	const known = Object.keys(BOARD_LAYOUTS) as BoardLayout[];
	const layout = known.find((l) => l === value.trim().toLowerCase());
	if (layout) return { layout, notice: null };
	const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
	return {
		layout: DEFAULT_LAYOUT,
		notice: `There is no layout “${shown}”: showing the board by pair. Try layout=claims.`
	};
}

/** The board's address for a list of claim ids (and a layout, when it is not the default). */
export function compareHref(ids: readonly string[], layout: BoardLayout = DEFAULT_LAYOUT): string {
	const params = [
		...(ids.length ? [`ids=${ids.map(encodeURIComponent).join(',')}`] : []),
		...(layout === DEFAULT_LAYOUT ? [] : [`layout=${layout}`])
	];
	return params.length ? `/compare?${params.join('&')}` : '/compare';
}

/** The two claim ids of a pair, critique first. */
export const claimsOfPair = (pairId: string): [string, string] => [`${pairId}-C`, `${pairId}-R`];

/** The board's claims grouped by pair, in the order each pair first appears. */
export function groupByPair(ids: readonly string[]): { pairId: string; ids: string[] }[] {
	const groups = new Map<string, string[]>();
	for (const id of ids) {
		const pairId = pairIdOfClaim(id);
		groups.set(pairId, [...(groups.get(pairId) ?? []), id]);
	}
	return [...groups].map(([pairId, ids]) => ({ pairId, ids }));
}

/**
 * The ids with both claims of a pair added at the end (those not there yet). Unchanged when the
 * board has no room for them all: half a pair is not what "add pair" asks for.
 */
export function withPair(ids: readonly string[], pairId: string): string[] {
	const missing = claimsOfPair(pairId).filter((id) => !ids.includes(id));
	if (ids.length + missing.length > MAX_COMPARE) return [...ids];
	return [...ids, ...missing];
}

/** True when both claims of a pair are on the board. */
export const hasPair = (ids: readonly string[], pairId: string) =>
	claimsOfPair(pairId).every((id) => ids.includes(id));

/** The ids without either claim of a pair. */
export function withoutPair(ids: readonly string[], pairId: string): string[] {
	return ids.filter((id) => pairIdOfClaim(id) !== pairId);
}

/** The ids grouped by pair, with one pair moved one place earlier (-1) or later (+1). */
export function movedPair(ids: readonly string[], pairId: string, by: -1 | 1): string[] {
	const groups = groupByPair(ids);
	const from = groups.findIndex((g) => g.pairId === pairId);
	const to = from + by;
	if (from >= 0 && to >= 0 && to < groups.length)
		[groups[from], groups[to]] = [groups[to], groups[from]];
	return groups.flatMap((g) => g.ids);
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
