/**
 * From what a reader typed to lunr query clauses. Any string is accepted: lunr's syntax (`field:`,
 * `~`, `^`, `+`, `-`, `*`) is honoured; text lunr cannot parse is searched as plain words; and the
 * clauses that would scan the whole index (a bare `*`, a leading wildcard, a short prefix, a wide
 * fuzzy match) are rewritten. Every change comes back as a notice for the reader.
 */
import lunr from 'lunr';
import { FIELD_ALIASES, FIELD_NAMES, type FieldName } from './fields';
import { PRESENCE, type Clause } from './clause';
import type { FlatIndex } from './codec';
import { termNumber } from './engine';
import { QueryParser, type ParsedLunrClause } from './lunr-types';
import { normalizeWord, queryTerms } from './pipeline';

/** Longest query searched; the rest is cut with a notice. */
export const MAX_QUERY_CHARS = 200;
/** Most clauses searched; the rest are cut with a notice. */
export const MAX_TERMS = 8;
/** Letters needed before a `*`: a shorter prefix expands to most of the index. */
export const MIN_PREFIX = 3;
/** Letters a word needs for each edit of a fuzzy match (`ice~1` needs 3, `flores~2` needs 6). */
export const LETTERS_PER_EDIT = 3;
export const MAX_EDIT_DISTANCE = 2;
/** Longest word matched fuzzily: no word of the corpus is longer, and the match's cost grows with it. */
export const MAX_FUZZY_LETTERS = 30;

const CUT_TERMS = `Only the first ${MAX_TERMS} terms were searched.`;

export interface PlannedQuery {
	clauses: Clause[];
	notices: string[];
	/** The query's plain words, for suggesting a spelling when nothing matches. */
	words: string[];
}

type ParsedClause = Omit<Clause, 'fields'> & { fields: string[] };

const quoted = (s: string) => `“${s.length > 30 ? `${s.slice(0, 30)}…` : s}”`;

function fieldsOf(names: string[]): FieldName[] {
	const fields = names.flatMap((n) => FIELD_ALIASES[n] ?? [n as FieldName]);
	return FIELD_NAMES.filter((f) => fields.includes(f));
}

/** lunr's own reading of the query, or null where it throws (it does on about half of such strings). */
function parseWithLunr(text: string): ParsedClause[] | null {
	try {
		const query = new lunr.Query([...FIELD_NAMES, ...Object.keys(FIELD_ALIASES)]);
		return new QueryParser(text, query).parse().clauses.map(withDefaults);
	} catch {
		return null;
	}
}

const withDefaults = (c: ParsedLunrClause): ParsedClause => ({
	...c,
	editDistance: c.editDistance ?? 0
});

/** Every word as an optional clause over all fields: the reading of text lunr cannot parse. */
function plainClauses(text: string): ParsedClause[] {
	return text
		.split(/[\s:~^+*\-\\]+/)
		.filter(Boolean)
		.map((term) => ({
			term: term.toLowerCase(),
			fields: [...FIELD_NAMES],
			boost: 1,
			editDistance: 0,
			presence: PRESENCE.optional
		}));
}

/**
 * The term a prefix search should extend: the stem of the typed letters ("detention*" → "detent*",
 * as the index holds stems), unless stemming leaves fewer than MIN_PREFIX letters ("0as" → "0a").
 */
function prefixOf(index: FlatIndex, letters: string): string {
	const word = normalizeWord(letters);
	const stem = word ? queryTerms(index, word)[0] : undefined;
	const usable = stem && stem.length >= MIN_PREFIX && word.startsWith(stem.slice(0, -1));
	return usable ? stem : word;
}

/** Rewrites a wildcard clause so that it cannot scan the whole index. */
function planWildcard(index: FlatIndex, c: ParsedClause, notices: string[]): ParsedClause | null {
	const letters = c.term.replace(/\*/g, '');
	const prefix = c.term.endsWith('*') && !c.term.slice(0, -1).includes('*') ? letters : null;
	if (prefix !== null && normalizeWord(prefix).length >= MIN_PREFIX) {
		return { ...c, term: `${prefixOf(index, prefix)}*`, editDistance: 0 };
	}
	if (!normalizeWord(letters)) {
		notices.push(`A wildcard alone (${quoted(c.term)}) would match every pair; it was left out.`);
		return null;
	}
	notices.push(
		`${quoted(c.term)} was searched as the word ${quoted(letters)}: a wildcard needs ` +
			`${MIN_PREFIX} letters before it and none after.`
	);
	return { ...c, term: letters };
}

/** Lowers an edit distance that would match most of the index. */
function planFuzzy(c: ParsedClause, notices: string[]): ParsedClause {
	if (c.editDistance > 0 && normalizeWord(c.term).length > MAX_FUZZY_LETTERS) {
		notices.push(
			`${quoted(c.term)} is too long for a fuzzy match (over ${MAX_FUZZY_LETTERS} letters); it was searched exactly.`
		);
		return { ...c, editDistance: 0 };
	}
	const allowed = Math.min(
		MAX_EDIT_DISTANCE,
		Math.floor(normalizeWord(c.term).length / LETTERS_PER_EDIT)
	);
	if (c.editDistance <= allowed) return c;
	notices.push(
		allowed === 0
			? `${quoted(c.term)} is too short for a fuzzy match; it was searched exactly.`
			: `The fuzzy match on ${quoted(c.term)} was narrowed to ${allowed} ${allowed === 1 ? 'letter' : 'letters'}.`
	);
	return { ...c, editDistance: allowed };
}

/** Plans the clauses for a query, or none for an empty one. Never throws. */
export function planQuery(index: FlatIndex, input: string): PlannedQuery {
	const notices: string[] = [];
	// Control characters (a pasted tab or newline) are spaces here.
	let text = [...input]
		.map((ch) => (/\p{Cc}/u.test(ch) ? ' ' : ch))
		.join('')
		.trim();
	if (text.length > MAX_QUERY_CHARS) {
		text = text.slice(0, MAX_QUERY_CHARS);
		notices.push(`The search was cut to its first ${MAX_QUERY_CHARS} characters.`);
	}
	let parsed = parseWithLunr(text);
	if (!parsed) {
		parsed = plainClauses(text);
		if (parsed.length)
			notices.push('Searched for the words only: the symbols could not be read as search syntax.');
	}
	if (parsed.length > MAX_TERMS) {
		notices.push(CUT_TERMS);
		parsed = parsed.slice(0, MAX_TERMS);
	}
	let clauses = parsed.flatMap((raw) => {
		const c = raw.term.includes('*')
			? planWildcard(index, { ...raw, editDistance: 0 }, notices)
			: planFuzzy(raw, notices);
		return c ? clausesOf(index, c) : [];
	});
	// Joined words ("a/b/c") become several terms: the limit holds after that too.
	if (clauses.length > MAX_TERMS) {
		clauses = clauses.slice(0, MAX_TERMS);
		if (!notices.includes(CUT_TERMS)) notices.push(CUT_TERMS);
	}
	finishLastWord(index, clauses, parsed.at(-1), text);
	const words = parsed
		.filter((c) => !/[*]/.test(c.term) && c.presence !== PRESENCE.prohibited)
		.map((c) => normalizeWord(c.term))
		.filter((w) => w && queryTerms(index, w).length > 0);
	return { clauses, notices, words };
}

function clausesOf(index: FlatIndex, c: ParsedClause): Clause[] {
	const terms = c.term.endsWith('*') ? [c.term] : queryTerms(index, c.term);
	const fields = fieldsOf(c.fields);
	return terms.map((term) => ({
		term,
		fields,
		boost: c.boost,
		// A one-letter part of a joined word ("0—ice~1") would match every short term.
		editDistance: term.length > 1 ? c.editDistance : 0,
		presence: c.presence
	}));
}

/**
 * While a reader types, the last word is often unfinished ("flor"). When it is a plain word that
 * the index does not hold, it is searched as a prefix ("flor*" finds Flores), so results follow
 * the typing; a finished word is searched as itself.
 */
function finishLastWord(
	index: FlatIndex,
	clauses: Clause[],
	lastParsed: ParsedClause | undefined,
	text: string
): void {
	const typed = text.split(/\s+/).at(-1) ?? '';
	const last = clauses.at(-1);
	if (!last || !lastParsed || last.editDistance > 0 || last.term.endsWith('*')) return;
	if (last.presence === PRESENCE.prohibited || !/^[\p{L}\p{N}'’.]+$/u.test(typed)) return;
	if (lastParsed.term !== typed.toLowerCase() || normalizeWord(typed).length < MIN_PREFIX) return;
	if (queryTerms(index, lastParsed.term)[0] !== last.term) return;
	if (termNumber(index, last.term) >= 0) return;
	last.term = `${prefixOf(index, typed)}*`;
}
