/**
 * Text helpers shared by the checks: quote matching, quoted passages, word counts, loaded terms.
 */
import { stripCitations } from '../../citations';

/** Folds the differences that do not change a quotation's words: spacing, curly quotes, dashes. */
export function normalizeQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/[\u2013\u2014]/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * True when `quote` stands verbatim in one excerpt. An ellipsis (`...` or `…`) may join parts
 * that stand, in order, in the same excerpt; a closing full stop or comma may differ, since a
 * writer ends the sentence that quotes.
 */
export function quoteInExcerpts(quote: string, excerpts: { text: string }[]): boolean {
	const parts = normalizeQuote(quote)
		.split(/\s*(?:\.\.\.|…)\s*/)
		.map((p) =>
			p
				.replace(/^["']|["']$/g, '')
				.replace(/[.,;:]+$/, '')
				.trim()
		)
		.filter(Boolean);
	if (!parts.length) return false;
	return excerpts.some(({ text }) => {
		const haystack = normalizeQuote(text);
		let from = 0;
		for (const part of parts) {
			const at = haystack.indexOf(part, from);
			if (at < 0) return false;
			from = at + part.length;
		}
		return true;
	});
}

const QUOTED = /"([^"\n]+)"|\u201c([^\u201d]+)\u201d/g;

/** The passages written inside double quotation marks (straight or curly). */
export function quotedPassages(text: string): string[] {
	return [...text.replace(/\s+/g, ' ').matchAll(QUOTED)].map((m) => (m[1] ?? m[2]).trim());
}

/** The text with every double-quoted passage blanked out: what the writer says in their own words. */
export function withoutQuotations(text: string): string {
	return text.replace(/\s+/g, ' ').replace(QUOTED, ' ');
}

/** Words in a piece of markdown prose, ignoring citations, link targets and markup. */
export function countWords(markdown: string): number {
	const plain = stripCitations(markdown)
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/[*_#>`[\]-]/g, ' ');
	return plain.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The loaded terms that appear, as whole words, outside quotations in `text`. */
export function findLoadedTerms(text: string, terms: readonly { term: string }[]): string[] {
	const own = withoutQuotations(text).toLowerCase();
	return terms
		.filter(({ term }) => {
			const escaped = term.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(own);
		})
		.map(({ term }) => term);
}
