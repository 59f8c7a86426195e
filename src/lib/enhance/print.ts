/**
 * A print button: printing needs none (the browser's own print gets the same layout), so the
 * server renders it hidden, and it is shown where a script can call the print dialog.
 */
export function enhancePrint(button: HTMLElement) {
	button.addEventListener('click', () => window.print());
	button.hidden = false;
}
