/**
 * The search documents: one flat, plain-text record per pair, built from the corpus data (never
 * from rendered HTML), in the corpus order. The same function feeds the index builder at build
 * time and the server's snippets at run time, so the positions lunr stores fit the text here.
 */
import { Marked, type Token } from 'marked';
import { bylineOf, type SearchDocument } from '../../search/fields';
import type { Pair, Source, Topic } from '../corpus/schema';
import { stripCitations } from '../../citations';

/** The part of the corpus search reads; both the validated data and the views fit it. */
export interface SearchableCorpus {
	pairs: readonly Pair[];
	sources: readonly Source[];
	topics: readonly Topic[];
}

const lexer = new Marked({ gfm: true });

// Tokens after which words must not run together.
const BREAKS = new Set(['paragraph', 'list_item', 'space', 'heading', 'blockquote', 'br']);

function collectText(tokens: Token[], out: string[]): string[] {
	for (const t of tokens) {
		if (t.type === 'list') collectText(t.items as Token[], out);
		else if ('tokens' in t && t.tokens) collectText(t.tokens, out);
		else if ('text' in t) out.push(t.text);
		if (BREAKS.has(t.type)) out.push(' ');
	}
	return out;
}

/**
 * The words of limited markdown without its marks: emphasis, links, list markers and inline
 * citations dropped.
 */
export function markdownToText(markdown: string): string {
	return collectText(lexer.lexer(stripCitations(markdown)), [])
		.join('')
		.replace(/\s+/g, ' ')
		.trim();
}

/** One document per pair, ordered by topic then id, every field plain text. */
export function buildSearchDocuments(corpus: SearchableCorpus): SearchDocument[] {
	const topics = new Map(corpus.topics.map((t) => [t.id, t]));
	const sources = new Map(corpus.sources.map((s) => [s.id, s]));
	const titles = (cites: readonly { source: string }[]) =>
		cites
			.map((c) => sources.get(c.source))
			.map((s) => (s ? (s.title ?? s.publisher) : ''))
			.filter(Boolean)
			.join(' · ');
	const order = (p: Pair) => topics.get(p.topic)?.order ?? Number.MAX_SAFE_INTEGER;
	return [...corpus.pairs]
		.sort((a, b) => order(a) - order(b) || a.id.localeCompare(b.id, 'en', { numeric: true }))
		.map((p) => ({
			id: p.id,
			question: p.question,
			critique_summary: p.critique.summary,
			response_summary: p.response.summary,
			critique_argument: markdownToText(p.critique.argument),
			response_argument: markdownToText(p.response.argument),
			critique_by: bylineOf(p.critique.by),
			response_by: bylineOf(p.response.by),
			critique_sources: titles(p.critique.sources),
			response_sources: titles(p.response.sources),
			tags: p.tags.join(' '),
			topic: topics.get(p.topic)?.title ?? p.topic
		}));
}
