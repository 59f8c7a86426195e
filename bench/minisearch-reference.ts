/**
 * minisearch on the same documents, as the benchmark's reference: the same fields and boosts, and
 * each benchmark query translated to minisearch's options (`x*` → prefix, `x~1` → fuzzy,
 * `field:x` → fields, `+a +b` → AND, `a -b` → AND_NOT). minisearch does not stem.
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import { FIELDS, FIELD_ALIASES, FIELD_NAMES, type SearchDocument } from '../src/lib/search/fields';

const OPTIONS = { fields: [...FIELD_NAMES], idField: 'id' };
const BOOST = Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].boost]));

export function buildMiniSearch(docs: readonly SearchDocument[]): MiniSearch<SearchDocument> {
	const index = new MiniSearch<SearchDocument>(OPTIONS);
	index.addAll(docs as SearchDocument[]);
	return index;
}

export const loadMiniSearch = (json: string) => MiniSearch.loadJSON<SearchDocument>(json, OPTIONS);

/** A benchmark query in minisearch's terms. */
export interface MiniQuery {
	text: string;
	/** Words after a `-`, for AND_NOT. */
	exclude: string[];
	/** A bare `*`: every document. */
	all: boolean;
	options: SearchOptions;
}

export function translate(query: string): MiniQuery {
	const options: SearchOptions = { boost: BOOST };
	const words: string[] = [];
	const exclude: string[] = [];
	for (let word of query.split(/\s+/).filter(Boolean)) {
		const field = /^([a-z_]+):(.*)$/.exec(word);
		if (field) {
			options.fields = FIELD_ALIASES[field[1]] ?? [field[1]];
			word = field[2];
		}
		const fuzzy = /~(\d+)$/.exec(word);
		if (fuzzy) {
			options.fuzzy = Number(fuzzy[1]);
			word = word.slice(0, fuzzy.index);
		}
		if (word.endsWith('*')) {
			options.prefix = true;
			word = word.replace(/\*+$/, '');
		}
		if (word.startsWith('+')) {
			options.combineWith = 'AND';
			word = word.slice(1);
		}
		if (word.startsWith('-')) exclude.push(word.slice(1));
		else if (word) words.push(word);
	}
	return { text: words.join(' '), exclude, all: /^\*+$/.test(query.trim()), options };
}

/** Runs a benchmark query with minisearch; returns the number of hits. */
export function runMiniSearch(index: MiniSearch<SearchDocument>, query: string): number {
	const q = translate(query);
	if (q.exclude.length) {
		const first: Query = q.text || MiniSearch.wildcard;
		const tree: Query = { combineWith: 'AND_NOT', queries: [first, ...q.exclude] };
		return index.search(tree, q.options).length;
	}
	return index.search(q.all ? MiniSearch.wildcard : q.text, q.options).length;
}
