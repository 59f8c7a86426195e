/**
 * Building the lunr index from the search documents, once, at build time (see vite-plugin.ts),
 * and serialising it within its size budget.
 */
import lunr from 'lunr';
import { FIELDS, FIELD_NAMES, type SearchDocument } from '../../search/fields';
import { configurePipelines } from '../../search/pipeline';
import { encodeIndex } from '../../search/codec';

/**
 * The size budget: the serialised index may be at most this many times the text it indexes
 * (lunr's own JSON would be about 6.6 times). The build fails beyond it.
 */
export const MAX_INDEX_RATIO = 2;

const BOOSTS = Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].boost]));

/** A lunr index of the documents, with term positions kept for highlighting. */
export function buildSearchIndex(docs: readonly SearchDocument[]): lunr.Index {
	return lunr(function () {
		configurePipelines(this);
		this.ref('id');
		this.metadataWhitelist = ['position'];
		for (const field of FIELD_NAMES) this.field(field, { boost: FIELDS[field].boost });
		for (const doc of docs) this.add(doc);
	});
}

/** Characters of text the documents give the index. */
export function indexedTextLength(docs: readonly SearchDocument[]): number {
	return docs.reduce((n, d) => n + FIELD_NAMES.reduce((m, f) => m + d[f].length, 0), 0);
}

/** The index as the text the server and the browser load. Throws when over the size budget. */
export function serializeSearchIndex(index: lunr.Index, docs: readonly SearchDocument[]): string {
	const encoded = encodeIndex(index, BOOSTS);
	// An unlabelled pipeline function serialises as null, and no searcher could load the index.
	if (!encoded.pipeline.every((label) => typeof label === 'string' && label)) {
		throw new Error(
			`The search pipeline has an unregistered step: ${JSON.stringify(encoded.pipeline)}`
		);
	}
	const text = JSON.stringify(encoded);
	const budget = Math.max(MAX_INDEX_RATIO * indexedTextLength(docs), 4096);
	if (text.length > budget) {
		throw new Error(
			`The search index is ${text.length} characters, over its budget of ${budget} ` +
				`(${MAX_INDEX_RATIO}× the ${indexedTextLength(docs)} characters it indexes).`
		);
	}
	return text;
}
