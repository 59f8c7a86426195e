/**
 * The parts of lunr 2.3.9 that @types/lunr leaves out and this code uses, typed once here.
 */
import lunr from 'lunr';

interface TokenSetBuilder {
	insert(word: string): void;
	finish(): void;
	root: lunr.TokenSet;
}

/** lunr.TokenSet with its builder. */
export const TokenSet = lunr.TokenSet as typeof lunr.TokenSet & {
	Builder: new () => TokenSetBuilder;
};

/** A query clause as lunr's parser leaves it (`editDistance` only where `~` was given). */
export interface ParsedLunrClause {
	term: string;
	fields: string[];
	boost: number;
	editDistance?: number;
	presence: number;
}

/** lunr.QueryParser: lunr's own reading of its query syntax; throws lunr.QueryParseError. */
export const QueryParser = (
	lunr as unknown as {
		QueryParser: new (
			text: string,
			query: lunr.Query
		) => { parse(): { clauses: ParsedLunrClause[] } };
	}
).QueryParser;

/** A token's metadata, which lunr's tokenizer fills with `position`. */
export function metadataOf(token: lunr.Token): { position?: [number, number] } {
	return (token as unknown as { metadata: { position?: [number, number] } }).metadata;
}
