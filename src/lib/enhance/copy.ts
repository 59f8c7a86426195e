/**
 * Copy buttons. The server renders each one hidden, beside the text it copies (`data-copy` names
 * that element's id): without JavaScript the text is there to select. Where the browser can write
 * to the clipboard the button is shown, and it copies what the element shows (an input's value),
 * with its HTML form too for rich paste when `data-copy-html` is set.
 */

const SHOWN_FOR_MS = 4000;
// Svelte's server output marks `{@html}` with comments; a rich paste does not need them.
const COMMENTS = /<!--[\s\S]*?-->/g;

/** Writes what an element shows to the clipboard; the words to say about it. */
export async function copyShown(source: Element, rich: boolean): Promise<string> {
	const text = source instanceof HTMLInputElement ? source.value : (source.textContent ?? '');
	try {
		if (rich && typeof ClipboardItem !== 'undefined') {
			const blob = (body: string, type: string) => new Blob([body], { type });
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/plain': blob(text, 'text/plain'),
					'text/html': blob(source.innerHTML.replace(COMMENTS, ''), 'text/html')
				})
			]);
		} else {
			await navigator.clipboard.writeText(text);
		}
		return 'Copied';
	} catch {
		return 'Could not copy: select the text instead';
	}
}

/** Shows a server-rendered copy control and makes its button copy. */
export function enhanceCopy(control: HTMLElement) {
	const source = document.getElementById(control.dataset.copy ?? '');
	const button = control.querySelector('button');
	const status = control.querySelector('[role="status"]');
	if (!source || !button || !status || !navigator.clipboard) return;
	let timer: ReturnType<typeof setTimeout> | undefined;
	button.addEventListener('click', async () => {
		status.textContent = await copyShown(source, control.dataset.copyHtml !== undefined);
		clearTimeout(timer);
		timer = setTimeout(() => (status.textContent = ''), SHOWN_FOR_MS);
	});
	control.hidden = false;
}
