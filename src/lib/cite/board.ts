/**
 * The compare board remembered in the browser (sessionStorage), so "add to compare" keeps adding to
 * the same board while the reader browses pages whose links do not carry it. Browser-only helpers;
 * the URL stays the board's state and works without them.
 */
import { parseCompareIds } from './compare';

const KEY = 'ice-debate-explorer:compare';

/** The remembered board, or none when storage is unavailable. */
export function readRememberedBoard(): string[] {
	try {
		return parseCompareIds([sessionStorage.getItem(KEY) ?? '']).ids;
	} catch {
		return [];
	}
}

/** Remembers a board (an empty one forgets it). */
export function rememberBoard(ids: readonly string[]): void {
	try {
		if (ids.length) sessionStorage.setItem(KEY, ids.join(','));
		else sessionStorage.removeItem(KEY);
	} catch {
		// Storage may be disabled; the URL still carries the board.
	}
}
