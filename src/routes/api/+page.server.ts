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
		endpoints: Object.entries(API_ENDPOINTS).map(([template, schema]) => ({
			template,
			schema,
			description: String(apiResponses[schema].meta()?.description ?? ''),
			path: examples[template].path,
			example: JSON.stringify(abridge(examples[template].body), null, 2)
		})),
		counts: corpus.counts,
		examplePair: pair.id,
		exampleClaim: claimId
	};
}
