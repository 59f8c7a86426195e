/**
 * The fields of a search document, their boosts, and the names a reader may use in a query.
 * Shared by the index builder (server) and the query code (server and browser).
 */
import { SPEAKER_KIND_LABEL } from '../labels';

export type Side = 'critique' | 'response';

/** Every indexed field, in index order, with its boost and the side it belongs to (or none). */
export const FIELDS = {
	question: { boost: 4, side: null },
	critique_summary: { boost: 2, side: 'critique' },
	response_summary: { boost: 2, side: 'response' },
	critique_argument: { boost: 1, side: 'critique' },
	response_argument: { boost: 1, side: 'response' },
	critique_by: { boost: 1.5, side: 'critique' },
	response_by: { boost: 1.5, side: 'response' },
	critique_sources: { boost: 1, side: 'critique' },
	response_sources: { boost: 1, side: 'response' },
	tags: { boost: 2, side: null },
	topic: { boost: 1, side: null }
} as const satisfies Record<string, { boost: number; side: Side | null }>;

export type FieldName = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as FieldName[];

const sideFields = (side: Side) => FIELD_NAMES.filter((f) => FIELDS[f].side === side);
const bothSides = (part: string) => [`critique_${part}`, `response_${part}`] as FieldName[];

/**
 * Names a query may use before a colon besides the field names themselves (`by:court`,
 * `critique:detention`); each stands for one or more fields.
 */
export const FIELD_ALIASES: Record<string, FieldName[]> = {
	critique: sideFields('critique'),
	critics: sideFields('critique'),
	response: sideFields('response'),
	summary: bothSides('summary'),
	argument: bothSides('argument'),
	by: bothSides('by'),
	who: bothSides('by'),
	source: bothSides('sources'),
	sources: bothSides('sources'),
	tag: ['tags']
};

/** A search document: one per pair, every field plain text. */
export type SearchDocument = { id: string } & Record<FieldName, string>;

/** The side a field belongs to, or null for the pair's own fields. */
export function sideOf(field: FieldName): Side | null {
	return FIELDS[field].side;
}

/** "Name (Kind)": who makes a claim, as the claim's byline shows it and the index holds it. */
export function bylineOf(by: { name: string; kind: keyof typeof SPEAKER_KIND_LABEL } | undefined) {
	return by ? `${by.name} (${SPEAKER_KIND_LABEL[by.kind]})` : '';
}
