/**
 * The serialised index loaded as lunr's own Index, to check the flat engine against lunr's
 * Index#query (tests) and to time lunr's query loop beside it (benchmark). The app never uses it.
 */
import lunr from 'lunr';
import { decodeIndex, type EncodedIndex } from './codec';

/** lunr's Index with the same terms, positions and BM25 vectors as the flat index. */
export function loadLunrIndex(encoded: EncodedIndex): lunr.Index {
	const flat = decodeIndex(encoded);
	const { fields, refs, terms } = flat;
	const vectors = fields.map(() => refs.map(() => [] as number[]));
	const invertedIndex = terms.map((term, t) => {
		const posting: Record<string, unknown> = { _index: t };
		for (const field of fields) posting[field] = {};
		for (let g = flat.termGroup[t]; g < flat.termGroup[t + 1]; g++) {
			const f = flat.groupField[g];
			const byRef: Record<string, { position: [number, number][] }> = {};
			for (let p = flat.groupPost[g]; p < flat.groupPost[g + 1]; p++) {
				const position: [number, number][] = [];
				for (let i = flat.postPos[p]; i < flat.postPos[p + 1]; i++) {
					position.push([flat.positions[2 * i], flat.positions[2 * i + 1]]);
				}
				byRef[refs[flat.postDoc[p]]] = { position };
				vectors[f][flat.postDoc[p]].push(t, flat.postWeight[p]);
			}
			posting[fields[f]] = byRef;
		}
		return [term, posting];
	});
	const fieldVectors = refs.flatMap((ref, d) =>
		fields.map((field, f) => [`${field}/${ref}`, vectors[f][d]])
	);
	return lunr.Index.load({
		version: encoded.lunr,
		fields,
		fieldVectors,
		invertedIndex,
		pipeline: encoded.pipeline
	});
}
