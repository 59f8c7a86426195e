/**
 * A query clause as the engine runs it: lunr's Query clause, with the term already through the
 * pipeline (or ending in `*` for a prefix).
 */
import type { FieldName } from './fields';

/** lunr.Query.presence. */
export const PRESENCE = { optional: 1, required: 2, prohibited: 3 } as const;

export interface Clause {
	term: string;
	fields: FieldName[];
	boost: number;
	/** 0: exact (or prefix, for a term ending in `*`); 1 or 2: fuzzy. */
	editDistance: number;
	presence: number;
}
