/**
 * The text pipeline shared by the index and the queries: lunr's tokenizer, then our normalising
 * step, then lunr's own trimmer, stop-word filter (index only) and English stemmer. The
 * normalising step is registered with lunr by name, so a serialised index loads with it.
 */
import lunr from 'lunr';
import { metadataOf } from './lunr-types';

/** The name the normalising step is registered and serialised under. */
export const NORMALIZE_LABEL = 'iceDebateNormalize';

// Slashes, the Unicode hyphens and dashes (U+2010–U+2015) and the ellipsis join words in prose
// ("policy—and", "CBP/ICE") without a space; lunr only splits on spaces and hyphen-minus.
const JOINERS = /[/\u2010-\u2015\u2026]+/g;

/** Letters and digits only, accents dropped: "287(g)" → "287g", "U.S." → "us", "Núñez" → "nunez". */
export function normalizeWord(word: string): string {
	return word
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’]s$/u, '')
		.replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Splits a token at joiners, keeping each part's own position so that highlights stay exact. */
function splitToken(token: lunr.Token): lunr.Token[] {
	const text = token.toString();
	const meta = metadataOf(token);
	const parts: lunr.Token[] = [];
	let offset = 0;
	for (const piece of text.split(JOINERS)) {
		const start = text.indexOf(piece, offset);
		offset = start + piece.length;
		const word = normalizeWord(piece);
		if (!word) continue;
		const position: [number, number] | undefined =
			meta.position && piece.length < text.length
				? [meta.position[0] + start, piece.length]
				: meta.position;
		parts.push(new lunr.Token(word, { ...meta, position }));
	}
	return parts;
}

function splitAndNormalize(token: lunr.Token): lunr.Token | lunr.Token[] | null {
	const parts = splitToken(token);
	return parts.length === 0 ? null : parts.length === 1 ? parts[0] : parts;
}

const registered = (lunr.Pipeline as unknown as { registeredFunctions: Record<string, unknown> })
	.registeredFunctions;
// A module loaded twice over one copy of lunr (Vite loads the build plugin once per build) reuses
// the function registered first; registering again would only make lunr warn that it overwrites it.
if (!(NORMALIZE_LABEL in registered)) {
	lunr.Pipeline.registerFunction(splitAndNormalize, NORMALIZE_LABEL);
}
const normalizeToken = registered[NORMALIZE_LABEL] as lunr.PipelineFunction;

/** Sets the index and search pipelines of a builder. The search pipeline is what gets serialised. */
export function configurePipelines(builder: lunr.Builder): void {
	builder.pipeline.reset();
	builder.pipeline.add(normalizeToken, lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
	builder.searchPipeline.reset();
	builder.searchPipeline.add(normalizeToken, lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
}

/** The terms a query word becomes in the index (none for a stop word or punctuation). */
export function queryTerms(index: { pipeline: lunr.Pipeline }, word: string): string[] {
	return index.pipeline.runString(word);
}
