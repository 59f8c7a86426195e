/**
 * Turning lunr's match positions into what a result shows: marked segments of a field's text,
 * excerpts of long fields around the first matches, and per pair the marks of every field a row
 * displays. Plain data only; components render it as text (never as HTML).
 */
import type { FieldName, SearchDocument, Side } from './fields';
import type { FieldMarks, Range, SearchHit } from './search';

/** Characters of context an excerpt keeps around its first match. */
export const EXCERPT_CHARS = 180;
/** Most excerpts shown for one claim. */
export const MAX_EXCERPTS = 2;

export interface Segment {
	text: string;
	mark: boolean;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * lunr's position covers the whole token, punctuation included (`“Flores,`); the mark covers
 * its letters and digits only.
 */
function tighten(text: string, [start, length]: Range): Range | null {
	let from = Math.max(0, start);
	let to = Math.min(text.length, start + length);
	while (from < to && !WORD.test(text[from])) from++;
	while (to > from && !WORD.test(text[to - 1])) to--;
	return to > from ? [from, to - from] : null;
}

/** The text cut into plain and marked segments. Ranges outside the text are ignored. */
export function markSegments(text: string, ranges: readonly Range[] = []): Segment[] {
	const marks = ranges
		.map((r) => tighten(text, r))
		.filter((r): r is Range => r !== null)
		.sort((a, b) => a[0] - b[0]);
	const segments: Segment[] = [];
	let at = 0;
	for (const [start, length] of marks) {
		if (start < at) continue;
		if (start > at) segments.push({ text: text.slice(at, start), mark: false });
		segments.push({ text: text.slice(start, start + length), mark: true });
		at = start + length;
	}
	if (at < text.length || segments.length === 0)
		segments.push({ text: text.slice(at), mark: false });
	return segments;
}

export interface Excerpt {
	/** Which part of the claim the excerpt comes from. */
	field: 'argument' | 'sources';
	text: string;
	ranges: Range[];
}

/** A window of the text around its first match, cut at word boundaries, with "…" where cut. */
export function excerptOf(text: string, ranges: readonly Range[], width = EXCERPT_CHARS) {
	const first = ranges[0]?.[0] ?? 0;
	let from = Math.max(0, first - Math.floor(width / 3));
	let to = Math.min(text.length, from + width);
	if (from > 0) from = text.indexOf(' ', from) + 1 || from;
	if (to < text.length) to = text.lastIndexOf(' ', to) > from ? text.lastIndexOf(' ', to) : to;
	const lead = from > 0 ? '…' : '';
	const inside = ranges
		.filter(([s, l]) => s >= from && s + l <= to)
		.map(([s, l]) => [s - from + lead.length, l] as Range);
	return { text: `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`, ranges: inside };
}

export interface ClaimMatch {
	matched: boolean;
	summary: Range[];
	by: Range[];
	excerpts: Excerpt[];
}

/** What a result row marks: the pair's own fields and each side's. */
export interface RowMatch {
	score: number;
	question: Range[];
	topic: Range[];
	/** The pair's tags, when they matched and their text is at hand. */
	tags: { text: string; ranges: Range[] } | null;
	critique: ClaimMatch;
	response: ClaimMatch;
}

function claimMatch(
	hit: SearchHit,
	marks: FieldMarks,
	side: Side,
	doc: Partial<SearchDocument>
): ClaimMatch {
	const field = (part: string) => `${side}_${part}` as FieldName;
	const excerpts: Excerpt[] = [];
	for (const part of ['argument', 'sources'] as const) {
		const text = doc[field(part)];
		const ranges = marks[field(part)];
		if (text && ranges?.length) excerpts.push({ field: part, ...excerptOf(text, ranges) });
	}
	return {
		matched: hit.sides.includes(side),
		summary: marks[field('summary')] ?? [],
		by: marks[field('by')] ?? [],
		excerpts: excerpts.slice(0, MAX_EXCERPTS)
	};
}

/**
 * The marks a result row shows for a hit. `doc` holds the texts at hand: the server has every
 * field; the browser only those a row already shows, so it makes no excerpts.
 */
export function rowMatchOf(
	hit: SearchHit,
	marks: FieldMarks,
	doc: Partial<SearchDocument>
): RowMatch {
	return {
		score: hit.score,
		question: marks.question ?? [],
		topic: marks.topic ?? [],
		tags: doc.tags && marks.tags ? { text: doc.tags, ranges: marks.tags } : null,
		critique: claimMatch(hit, marks, 'critique', doc),
		response: claimMatch(hit, marks, 'response', doc)
	};
}
