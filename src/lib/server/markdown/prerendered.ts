/**
 * The safe HTML of every piece of corpus prose, made at build time (`generate.ts`) and looked up
 * by the server: the same bytes, without loading a markdown parser, jsdom or DOMPurify.
 */
import type { SafeHtml } from './render';

/** Placeholder text → sanitised HTML, one map per kind. */
export interface MarkdownTable {
	block: Record<string, string>;
	inline: Record<string, string>;
}

/** Looks each text up; a text the build did not render is an inconsistent build, and says so. */
export function fromTable(table: MarkdownTable): SafeHtml {
	const lookup = (kind: keyof MarkdownTable) => (text: string) => {
		const html = Object.hasOwn(table[kind], text) ? table[kind][text] : undefined;
		if (html === undefined) {
			throw new Error(
				`markdown not rendered at build time (${kind}): ${JSON.stringify(text.slice(0, 80))}; rebuild with npm run build`
			);
		}
		return html;
	};
	return { block: lookup('block'), inline: lookup('inline') };
}

/** Wraps a sanitiser and keeps what it made: the table the build writes. */
export function recording(safe: SafeHtml) {
	const made = { block: new Map<string, string>(), inline: new Map<string, string>() };
	const keep = (kind: keyof MarkdownTable) => (text: string) => {
		let html = made[kind].get(text);
		if (html === undefined) made[kind].set(text, (html = safe[kind](text)));
		return html;
	};
	return {
		safe: { block: keep('block'), inline: keep('inline') } as SafeHtml,
		table: (): MarkdownTable => ({
			block: Object.fromEntries(made.block),
			inline: Object.fromEntries(made.inline)
		})
	};
}
