/**
 * What the "add to compare" controls say for a board: the same words and addresses whether the
 * server renders them (the board from `?compare=`) or a script shows them again with the board the
 * tab remembers (src/lib/enhance/compare.ts, AddPair.svelte).
 */
import { MAX_COMPARE, compareHref, hasPair, withClaim, withPair } from './compare';

export interface CompareControl {
	/** Where the link goes: the board with the claims added, or the board as it is. */
	href: string;
	/** The link's visible words (its hidden words name the pair or claim). */
	words: string;
	/** How many claims the board holds, in brackets; empty for an empty board. */
	count: string;
	/** The board after a click that adds, or null when the link only opens the board. */
	next: string[] | null;
}

/** "Add pair to compare": both claims of a pair, or the board when it has them or has no room. */
export function addPairControl(board: readonly string[], pairId: string): CompareControl {
	const onBoard = hasPair(board, pairId);
	const next = withPair(board, pairId);
	const full = !onBoard && !hasPair(next, pairId);
	return {
		href: compareHref(onBoard || full ? board : next),
		words: onBoard
			? 'On your compare board: open it'
			: full
				? 'Compare board full: open it'
				: 'Add pair to compare',
		count: board.length ? `(${board.length} claims on the board)` : '',
		next: onBoard || full ? null : next
	};
}

/** "Add to compare": one claim, or the board when it has it or is full. */
export function addClaimControl(board: readonly string[], claimId: string): CompareControl {
	const onBoard = board.includes(claimId);
	const full = !onBoard && board.length >= MAX_COMPARE;
	return {
		href: compareHref(onBoard || full ? board : withClaim(board, claimId)),
		words: onBoard
			? 'On your compare board'
			: full
				? `Compare board full (${MAX_COMPARE})`
				: 'Add to compare',
		count: board.length ? `(${board.length} on the board)` : '',
		next: onBoard || full ? null : withClaim(board, claimId)
	};
}
