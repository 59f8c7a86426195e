/**
 * The compare board this tab remembers, shared by every "add" control on a page, so adding a pair
 * in one row shows in the others at once. It starts empty (as on the server, where it is never
 * written) and is read from sessionStorage once a control mounts in the browser.
 */
import { readRememberedBoard, rememberBoard } from '$lib/cite/board';
import { parseCompareIds } from '$lib/cite/compare';

let remembered = $state<string[]>([]);

export const boardMemory = {
	/** The remembered claim ids (empty until `load` runs in the browser). */
	get ids(): readonly string[] {
		return remembered;
	},
	/** The board a page adds to: its `?compare=` parameter (set by the board's links), then this one. */
	of(url: URL): string[] {
		return parseCompareIds([url.searchParams.get('compare') ?? '', ...remembered]).ids;
	},
	/** Reads the board from storage again (another page may have changed it). Browser only. */
	load() {
		remembered = readRememberedBoard();
	},
	/** Remembers a board and shows it to every control. Browser only. */
	set(ids: readonly string[]) {
		rememberBoard(ids);
		remembered = [...ids];
	}
};
