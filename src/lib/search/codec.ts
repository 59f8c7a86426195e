/**
 * The serialised index, and the flat index it loads into.
 *
 * lunr's own JSON repeats every field name and document id in every posting and stores vectors
 * that can be recomputed: about 6.6 times the text it indexes. This format keeps what lunr built —
 * the terms, and for each the fields, documents and positions where it occurs — as delta-coded
 * numbers (about 1.2 times the text). Loading recomputes lunr's BM25 weights exactly as
 * lunr.Builder does and lays everything out in typed arrays: lunr's Index keeps one object per
 * posting and per position, which at 10,000 pairs means gigabytes of heap and seconds per query.
 */
import lunr from 'lunr';
import { TokenSet } from './lunr-types';
import './pipeline';

export const FORMAT = 'ice-debate-lunr/1';
// lunr's BM25 parameters (lunr.Builder#k1, #b), which it used for the weights.
const K1 = 1.2;
const B = 0.75;

export interface EncodedIndex {
	format: typeof FORMAT;
	lunr: string;
	fields: string[];
	boosts: number[];
	refs: string[];
	pipeline: string[];
	/** Every term, sorted; a term's number is its place here. */
	terms: string[];
	/** How many (term, field) groups, postings and positions `postings` holds. */
	counts: [groups: number, postings: number, positions: number];
	/**
	 * For each term in order: the number of fields it occurs in, then for each field its number,
	 * the number of documents, and for each document the gap from the previous document's number,
	 * the number of positions and the positions as (gap from the previous start, length) pairs.
	 */
	postings: number[];
}

/** The loaded index: lunr's data in typed arrays, addressed by term, field and document number. */
export interface FlatIndex {
	fields: string[];
	refs: string[];
	terms: string[];
	pipeline: lunr.Pipeline;
	/** lunr's automaton of every term, for fuzzy matching. */
	tokenSet: lunr.TokenSet;
	/** Term t's groups (one per field it occurs in) are termGroup[t] … termGroup[t + 1] - 1. */
	termGroup: Int32Array;
	groupField: Uint8Array;
	/** Group g's postings are groupPost[g] … groupPost[g + 1] - 1, sorted by document. */
	groupPost: Int32Array;
	postDoc: Int32Array;
	/** lunr's BM25 weight of the term in the field of the document, field boost included. */
	postWeight: Float64Array;
	/** Posting p's positions are the pairs positions[2i], positions[2i + 1] for postPos[p] ≤ i < postPos[p + 1]. */
	postPos: Int32Array;
	positions: Int32Array;
}

type Position = [number, number];
type Posting = Record<string, Record<string, { position?: Position[] }>>;
type LunrInternals = { invertedIndex: Record<string, Posting>; fields: string[] };

/** The compact form of an index lunr built. `boosts` gives each field's boost (default 1). */
export function encodeIndex(index: lunr.Index, boosts: Record<string, number>): EncodedIndex {
	const { invertedIndex, fields } = index as unknown as LunrInternals;
	const json = index.toJSON() as unknown as { pipeline: string[]; fieldVectors: [string][] };
	const refs = [...new Set(json.fieldVectors.map(([ref]) => ref.slice(ref.indexOf('/') + 1)))];
	const refNumber = new Map(refs.map((r, i) => [r, i]));
	const terms = Object.keys(invertedIndex).sort();
	const postings: number[] = [];
	const counts: EncodedIndex['counts'] = [0, 0, 0];
	for (const term of terms) {
		const present = fields.filter((f) => Object.keys(invertedIndex[term][f]).length > 0);
		postings.push(present.length);
		for (const field of present) {
			const docs = Object.entries(invertedIndex[term][field])
				.map(([ref, meta]) => [refNumber.get(ref)!, meta.position ?? []] as const)
				.sort((a, b) => a[0] - b[0]);
			postings.push(fields.indexOf(field), docs.length);
			counts[0]++;
			let lastDoc = 0;
			for (const [doc, positions] of docs) {
				postings.push(doc - lastDoc, positions.length);
				counts[1]++;
				counts[2] += positions.length;
				lastDoc = doc;
				let lastStart = 0;
				for (const [start, length] of positions) {
					postings.push(start - lastStart, length);
					lastStart = start;
				}
			}
		}
	}
	const boostList = fields.map((f) => boosts[f] ?? 1);
	return {
		format: FORMAT,
		lunr: lunr.version,
		fields: [...fields],
		boosts: boostList,
		refs,
		pipeline: json.pipeline,
		terms,
		counts,
		postings
	};
}

/** Loads the compact form into a flat index. Throws on anything that is not this format. */
export function decodeIndex(encoded: EncodedIndex): FlatIndex {
	if (encoded?.format !== FORMAT) throw new Error(`expected a search index in ${FORMAT} format`);
	const { fields, refs, terms, postings: data, counts } = encoded;
	const flat = {
		fields,
		refs,
		terms,
		pipeline: lunr.Pipeline.load(encoded.pipeline),
		tokenSet: tokenSetOf(terms),
		termGroup: new Int32Array(terms.length + 1),
		groupField: new Uint8Array(counts[0]),
		groupPost: new Int32Array(counts[0] + 1),
		postDoc: new Int32Array(counts[1]),
		postWeight: new Float64Array(counts[1]),
		postPos: new Int32Array(counts[1] + 1),
		positions: new Int32Array(2 * counts[2])
	};
	const fieldLengths = fields.map(() => new Float64Array(refs.length));
	let [at, g, p, o] = [0, 0, 0, 0];
	for (let t = 0; t < terms.length; t++) {
		flat.termGroup[t] = g;
		for (let f = data[at++]; f > 0; f--, g++) {
			const field = (flat.groupField[g] = data[at++]);
			flat.groupPost[g] = p;
			let doc = 0;
			for (let d = data[at++]; d > 0; d--, p++) {
				doc += data[at++];
				flat.postDoc[p] = doc;
				flat.postPos[p] = o;
				let start = 0;
				const n = data[at++];
				for (let i = 0; i < n; i++, o++) {
					start += data[at++];
					flat.positions[2 * o] = start;
					flat.positions[2 * o + 1] = data[at++];
				}
				fieldLengths[field][doc] += n;
			}
		}
	}
	flat.termGroup[terms.length] = g;
	flat.groupPost[g] = p;
	flat.postPos[p] = o;
	weighPostings(flat, encoded.boosts, fieldLengths);
	return flat;
}

/** lunr.Builder#createFieldVectors' BM25 weights, to the same three decimals. */
function weighPostings(flat: FlatIndex, boosts: number[], fieldLengths: Float64Array[]): void {
	const n = flat.refs.length;
	const averages = fieldLengths.map((lengths) => lengths.reduce((a, b) => a + b, 0) / n);
	for (let t = 0; t < flat.terms.length; t++) {
		const [first, last] = [flat.termGroup[t], flat.termGroup[t + 1]];
		const withTerm = flat.groupPost[last] - flat.groupPost[first];
		const idf = Math.log(1 + Math.abs((n - withTerm + 0.5) / (withTerm + 0.5)));
		for (let g = first; g < last; g++) {
			const f = flat.groupField[g];
			for (let p = flat.groupPost[g]; p < flat.groupPost[g + 1]; p++) {
				const tf = flat.postPos[p + 1] - flat.postPos[p];
				const norm = K1 * (1 - B + B * (fieldLengths[f][flat.postDoc[p]] / averages[f])) + tf;
				const score = ((idf * ((K1 + 1) * tf)) / norm) * boosts[f];
				flat.postWeight[p] = Math.round(score * 1000) / 1000;
			}
		}
	}
}

function tokenSetOf(sortedTerms: readonly string[]): lunr.TokenSet {
	const builder = new TokenSet.Builder();
	for (const term of sortedTerms) builder.insert(term);
	builder.finish();
	return builder.root;
}
