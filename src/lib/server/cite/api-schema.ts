/**
 * The JSON API's response shapes, composed from the corpus schemas (never written twice), and the
 * JSON Schema published at /api/schema.json, generated from them with zod's `toJSONSchema`.
 */
import { z } from 'zod';
import { FIELD_NAMES } from '../../search/fields';
import {
	claimId,
	critique,
	pair,
	pairId,
	response,
	source,
	timelineEvent,
	topic
} from '../corpus/schema';

/** Bumped when a response changes in a way that breaks a reader. */
export const API_VERSION = 1;

const apiVersion = z.literal(API_VERSION).meta({ description: 'The API version.' });
const links = z
	.strictObject({ html: z.string(), json: z.string() })
	.meta({ description: 'Site-relative addresses of the page and of this resource as JSON.' });
const side = z.enum(['critique', 'response']);
const revision = z.number().int().min(1).meta({ description: 'The count of history entries.' });
const apiPair = pair.extend({ revision, links });

/** Every response of the API, by name. */
export const apiResponses = {
	pairs: z
		.strictObject({ apiVersion, count: z.number().int(), pairs: z.array(apiPair) })
		.meta({ title: 'GET /api/pairs.json', description: 'Every pair, in topic order.' }),
	pair: z
		.strictObject({ apiVersion, pair: apiPair, sources: z.array(source) })
		.meta({ title: 'GET /api/pairs/{id}.json', description: 'One pair and the sources it cites.' }),
	claim: z
		.strictObject({
			apiVersion,
			claim: z.union([critique, response]),
			side,
			pair: pair.pick({ id: true, topic: true, question: true, last_reviewed: true }).extend({
				revision
			}),
			sources: z.array(source),
			links
		})
		.meta({ title: 'GET /api/claims/{id}.json', description: 'One claim, its pair, its sources.' }),
	sources: z
		.strictObject({
			apiVersion,
			count: z.number().int(),
			sources: z.array(
				source.extend({
					citedBy: z.array(
						z.strictObject({
							pairId,
							claimId: claimId.nullable(),
							side: z.enum(['critique', 'response', 'finding'])
						})
					)
				})
			)
		})
		.meta({ title: 'GET /api/sources.json', description: 'Every source, with where it is cited.' }),
	topics: z
		.strictObject({ apiVersion, topics: z.array(topic.extend({ pairs: z.array(pairId) })) })
		.meta({ title: 'GET /api/topics.json', description: 'The topics, with their pair ids.' }),
	timeline: z
		.strictObject({
			apiVersion,
			events: z.array(timelineEvent.extend({ pairs: z.array(pairId) }))
		})
		.meta({
			title: 'GET /api/timeline.json',
			description: 'Dated events, with the pairs on them.'
		}),
	search: z
		.strictObject({
			apiVersion,
			query: z.string().meta({ description: 'The words searched for, trimmed.' }),
			topic: z
				.array(topic.shape.id)
				.meta({ description: 'The topics the search kept to; empty for every topic.' }),
			total: z
				.number()
				.int()
				.meta({ description: 'How many pairs matched, all of them, not only those returned.' }),
			notices: z.array(z.string()).meta({
				description:
					'What was changed in the query before it was run, in words (symbols searched as words, a wildcard left out, a query cut to its limit); empty when nothing was.'
			}),
			suggestion: z.string().nullable().meta({
				description: 'When nothing matched: a query that finds something, or null.'
			}),
			hits: z
				.array(
					z.strictObject({
						id: pairId.meta({ description: 'The pair.' }),
						score: z.number().meta({ description: 'Relevance (BM25, 4 decimals): higher first.' }),
						claims: z.array(claimId).meta({ description: 'The claims of the pair that matched.' }),
						sides: z.array(side).meta({ description: 'Their sides, in the same order.' }),
						fields: z
							.partialRecord(
								z.enum(FIELD_NAMES),
								z.array(z.tuple([z.number().int(), z.number().int()]))
							)
							.meta({
								description: `Where the words matched, by field (${FIELD_NAMES.join(', ')}): [start, length] in characters of the field as plain text (an argument as in corpus.csv).`
							})
					})
				)
				.meta({ description: 'The best matches first, as many as limit allows.' })
		})
		.meta({
			title: 'GET /api/search',
			description: 'The pairs that match a search, best first, with where the words matched.'
		}),
	error: z
		.strictObject({
			apiVersion,
			error: z.strictObject({ status: z.number().int(), message: z.string() })
		})
		.meta({ title: 'Error', description: 'Any 4xx answer: an unknown id or a malformed request.' })
} as const;
export type ApiResponseName = keyof typeof apiResponses;
export type ApiResponse<N extends ApiResponseName> = z.output<(typeof apiResponses)[N]>;

/** The endpoints and the response each answers with. */
export const API_ENDPOINTS: Record<string, ApiResponseName> = {
	'/api/pairs.json': 'pairs',
	'/api/pairs/{id}.json': 'pair',
	'/api/claims/{id}.json': 'claim',
	'/api/sources.json': 'sources',
	'/api/topics.json': 'topics',
	'/api/timeline.json': 'timeline',
	'/api/search': 'search'
};

/** The JSON Schema document: one definition per response under `$defs`. */
export function apiJsonSchema() {
	const defs = Object.fromEntries(
		Object.entries(apiResponses).map(([name, schema]) => {
			// Refinements (real calendar dates) cannot be said in JSON Schema; the pattern stays.
			const json = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
			delete json.$schema;
			return [name, json];
		})
	);
	const endpoints = Object.entries(API_ENDPOINTS).map(([path, name]) => `${path}: #/$defs/${name}`);
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		title: `ICE Debate Explorer API, version ${API_VERSION}`,
		description: `One definition per response. ${endpoints.join('; ')}; any 4xx: #/$defs/error.`,
		$defs: defs
	};
}
