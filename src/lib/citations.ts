/**
 * Inline citations in corpus prose, Pandoc style: `[@source-id]`, several in one bracket
 * (`[@a; @b]`), each with an optional locator (`[@a, p. 4]`). Plain TypeScript shared by the
 * checker, the renderer, the search index and the exports; it never touches the disk.
 */

/** One cited source inside a bracket. */
export interface InlineCite {
	id: string;
	/** The pinpoint after the comma: `p. 4`, `para. 2`. */
	locator?: string;
}

/** One bracketed group, where it stands in the text and what it cites. */
export interface CiteGroup {
	start: number;
	end: number;
	raw: string;
	cites: InlineCite[];
	/** Set when the bracket starts with `@` but cannot be read as citations. */
	malformed?: string;
}

const GROUP = /\[@([^\]\n]*)\]/g;
const ONE = /^@?([a-z0-9]+(?:-[a-z0-9]+)*)(?:\s*,\s*(\S.*))?$/;

/** Every citation group in `text`, in order. */
export function findCitations(text: string): CiteGroup[] {
	return [...text.matchAll(GROUP)].map((m) => {
		const raw = m[0];
		const parts = `@${m[1]}`.split(';').map((p) => p.trim());
		const cites: InlineCite[] = [];
		let malformed: string | undefined;
		for (const part of parts) {
			const hit = part.startsWith('@') ? ONE.exec(part) : null;
			if (!hit) {
				malformed = part;
				continue;
			}
			cites.push(hit[2] ? { id: hit[1], locator: hit[2].trim() } : { id: hit[1] });
		}
		return { start: m.index, end: m.index + raw.length, raw, cites, malformed };
	});
}

/** The ids cited anywhere in `text`. */
export function citedIds(text: string): string[] {
	return findCitations(text).flatMap((g) => g.cites.map((c) => c.id));
}

/** The text without its citation brackets (and the space before each): what a reader reads. */
export function stripCitations(text: string): string {
	return text.replace(/\s*\[@[^\]\n]*\]/g, '');
}

/** The paragraphs of a piece of markdown: blocks separated by blank lines. */
export function paragraphs(text: string): string[] {
	return text
		.split(/\n\s*\n/)
		.map((p) => p.trim())
		.filter(Boolean);
}
