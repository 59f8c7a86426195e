import { API_ENDPOINTS, API_VERSION, apiResponses } from '$lib/server/cite/api-schema';
import {
	claimPayload,
	pairPayload,
	pairsPayload,
	sourcesPayload,
	timelinePayload,
	topicsPayload
} from '$lib/server/cite/api';
import { corpus } from '$lib/server/corpus/corpus';
import { answerSearch, SEARCH_PARAMS } from '$lib/server/search/endpoint';

export const prerender = true;

// Examples are real responses, abridged: the first item of each list, long texts cut.
const MAX_ITEMS = 1;
const MAX_TEXT = 160;

function abridge(value: unknown): unknown {
	if (Array.isArray(value)) return value.slice(0, MAX_ITEMS).map(abridge);
	if (typeof value === 'string' && value.length > MAX_TEXT) return `${value.slice(0, MAX_TEXT)}…`;
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, abridge(v)]));
	}
	return value;
}

/** The fields of a response object, each with its description, for the page's tables. */
const fieldsOf = (shape: Record<string, { meta(): { description?: unknown } | undefined }>) =>
	Object.entries(shape).map(([name, schema]) => ({
		name,
		about: String(schema.meta()?.description ?? '')
	}));

/** The search endpoint: its parameters, response fields, an example and its errors, all real. */
function searchDocs() {
	const example = '/api/search?q=courthouse+arrests&limit=2';
	const answer = answerSearch(new URL(example, 'http://localhost').searchParams);
	const errors = ['q=', 'q=detention&topic=nope', 'q=detention&limit=500', 'query=detention'].map(
		(params) => {
			const failed = answerSearch(new URLSearchParams(params));
			const message = failed.status === 400 ? failed.message : '';
			const body = { apiVersion: API_VERSION, error: { status: 400, message } };
			return { path: `/api/search?${params}`, body: JSON.stringify(body) };
		}
	);
	const shape = apiResponses.search.shape;
	return {
		params: SEARCH_PARAMS,
		fields: fieldsOf(shape),
		hitFields: fieldsOf(shape.hits.element.shape),
		description: String(apiResponses.search.meta()?.description ?? ''),
		path: example,
		example: JSON.stringify(answer.status === 200 ? abridge(answer.body) : answer, null, 2),
		errors
	};
}

export function load() {
	const pair = corpus.pairs[0];
	const claimId = pair.critique.id;
	const examples: Record<string, { path: string; body: unknown }> = {
		'/api/pairs.json': { path: '/api/pairs.json', body: pairsPayload(corpus) },
		'/api/pairs/{id}.json': {
			path: `/api/pairs/${pair.id}.json`,
			body: pairPayload(corpus, pair.id)
		},
		'/api/claims/{id}.json': {
			path: `/api/claims/${claimId}.json`,
			body: claimPayload(corpus, claimId)
		},
		'/api/sources.json': { path: '/api/sources.json', body: sourcesPayload(corpus) },
		'/api/topics.json': { path: '/api/topics.json', body: topicsPayload(corpus) },
		'/api/timeline.json': { path: '/api/timeline.json', body: timelinePayload(corpus) }
	};
	return {
		apiVersion: API_VERSION,
		endpoints: Object.entries(API_ENDPOINTS)
			.filter(([template]) => template in examples)
			.map(([template, schema]) => ({
				template,
				schema,
				description: String(apiResponses[schema].meta()?.description ?? ''),
				path: examples[template].path,
				example: JSON.stringify(abridge(examples[template].body), null, 2)
			})),
		search: searchDocs(),
		counts: corpus.counts,
		examplePair: pair.id,
		exampleClaim: claimId
	};
}
