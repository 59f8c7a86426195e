/**
 * The runtime of enhancement modules: a page's entry names, for each kind of server-rendered
 * element, the behaviour to attach to it. Module scripts run once the document is parsed, so every
 * element is there; when all are attached, `data-enhanced` on the body says so (browser tests wait
 * for it, as they wait for `data-hydrated` on pages Kit's client hydrates).
 */

/** Attaches behaviour to one server-rendered element. */
export type Enhancement = (element: HTMLElement) => void;

/** Attaches each enhancement to every element its selector matches, then marks the body. */
export function attach(
	enhancements: Readonly<Record<string, Enhancement>>,
	root: ParentNode = document
) {
	for (const [selector, enhance] of Object.entries(enhancements)) {
		for (const element of root.querySelectorAll<HTMLElement>(selector)) enhance(element);
	}
	document.body.setAttribute('data-enhanced', '');
}
