/**
 * "Add pair to compare" and "Add to compare" on a document page. The server renders each as a link
 * to the board with the claims added (the board from the page's `?compare=`), so it works without
 * JavaScript. Here the board this tab remembers joins it: every control shows the same board, and
 * a click on "Add pair" stays on the page, remembers the pair and says so. The words and addresses
 * come from `addPairControl` / `addClaimControl`, as on the server.
 */
import { readRememberedBoard, rememberBoard } from '$lib/cite/board';
import { claimsOfPair, parseCompareIds } from '$lib/cite/compare';
import { addClaimControl, addPairControl, type CompareControl } from '$lib/cite/compare-controls';

/** Shows a control's words (the link's first text, before its hidden id), address and count. */
function show(element: HTMLElement, control: CompareControl) {
	const link = element.querySelector('a');
	if (!link) return;
	link.href = control.href;
	const words = [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
	if (words) words.textContent = control.words;
	else link.prepend(control.words);
	const count = element.querySelector('[data-count]');
	if (count && !element.querySelector('[role="status"]')?.textContent)
		count.textContent = control.count;
}

/** Attaches every compare control under `root` to one shared board. */
export function enhanceCompareControls(root: ParentNode = document) {
	const pairs = [...root.querySelectorAll<HTMLElement>('[data-add-pair]')];
	const claims = [...root.querySelectorAll<HTMLElement>('[data-add-claim]')];
	const fromUrl = new URL(location.href).searchParams.get('compare') ?? '';
	let board = parseCompareIds([fromUrl, ...readRememberedBoard()]).ids;
	const render = () => {
		for (const el of pairs) show(el, addPairControl(board, el.dataset.addPair!));
		for (const el of claims) show(el, addClaimControl(board, el.dataset.addClaim!));
	};
	render();
	for (const element of pairs) {
		const pairId = element.dataset.addPair!;
		element.querySelector('a')?.addEventListener('click', (event) => {
			const { next } = addPairControl(board, pairId);
			// A click meant for a new tab or window goes to the board as a link does.
			if (!next || event.button || event.metaKey || event.ctrlKey || event.shiftKey) return;
			event.preventDefault();
			board = next;
			rememberBoard(board);
			const [c, r] = claimsOfPair(pairId);
			const status = element.querySelector('[role="status"]');
			if (status) status.textContent = `Added ${c} and ${r}: ${board.length} claims on the board.`;
			element.querySelector('[data-count]')?.replaceChildren();
			render();
		});
	}
}
