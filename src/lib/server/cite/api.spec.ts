import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import {
	claimPayload,
	pairPayload,
	pairsPayload,
	sourcesPayload,
	timelinePayload,
	topicsPayload
} from './api';
import { API_VERSION, apiJsonSchema, type ApiResponseName } from './api-schema';
import { answerSearch } from '../search/endpoint';
import { fixtureViews } from './fixture-views';
import { realViews } from './real-views';

const ajv = new Ajv2020({ allErrors: true });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addSchema(apiJsonSchema(), 'api');
const validate = (name: ApiResponseName, body: unknown) => {
	const check = ajv.getSchema(`api#/$defs/${name}`)!;
	return check(body) ? [] : check.errors!.map((e) => `${e.instancePath} ${e.message}`);
};

for (const [name, views] of [
	['fixture', fixtureViews()],
	['real corpus', realViews()]
] as const) {
	describe(`the JSON Schema validates every API response (${name})`, () => {
		it('the lists', () => {
			expect(validate('pairs', pairsPayload(views))).toEqual([]);
			expect(validate('sources', sourcesPayload(views))).toEqual([]);
			expect(validate('topics', topicsPayload(views))).toEqual([]);
			expect(validate('timeline', timelinePayload(views))).toEqual([]);
		});

		it('every pair and every claim', () => {
			for (const pair of views.pairs) {
				expect(validate('pair', pairPayload(views, pair.id))).toEqual([]);
				for (const claim of [pair.critique, pair.response])
					expect(validate('claim', claimPayload(views, claim.id))).toEqual([]);
			}
		});
	});
}

describe('the JSON Schema validates the search endpoint', () => {
	it.each(['q=detention', 'q=courthouse+arrests&topic=enforcement-methods&limit=3', 'q=zzqx'])(
		'%s',
		(query) => {
			const answer = answerSearch(new URLSearchParams(query));
			expect(answer.status).toBe(200);
			if (answer.status === 200) expect(validate('search', answer.body)).toEqual([]);
		}
	);
});

describe('the API', () => {
	const views = fixtureViews();

	it('versions every response', () => {
		for (const body of [pairsPayload(views), pairPayload(views, 'TT-01'), topicsPayload(views)])
			expect(body?.apiVersion).toBe(API_VERSION);
	});

	it('gives a pair in the corpus’ own shape, with no view-only fields', () => {
		const pair = pairPayload(views, 'TT-01')!.pair;
		expect(pair.critique).not.toHaveProperty('argumentHtml');
		expect(pair.critique.sources[0]).toEqual({
			source: 'critic-report',
			quote: 'The agency held people for 45 days without a hearing in 2019.',
			pinpoint: 'p. 3'
		});
		expect(pair.links).toEqual({ html: '/pairs/TT-01', json: '/api/pairs/TT-01.json' });
	});

	it('answers null for unknown ids (the routes turn it into a 404 JSON error)', () => {
		expect(pairPayload(views, 'XX-99')).toBeNull();
		expect(claimPayload(views, 'XX-99-C')).toBeNull();
	});

	it('has a schema that rejects what the API must not send', () => {
		const body = structuredClone(pairPayload(views, 'TT-01')!);
		Object.assign(body.pair.critique, { argumentHtml: '<p>x</p>' });
		expect(validate('pair', body)).toContain('/pair/critique must NOT have additional properties');
		expect(
			validate('error', { apiVersion: API_VERSION, error: { status: 404, message: 'x' } })
		).toEqual([]);
		expect(validate('pairs', { apiVersion: 2, count: 0, pairs: [] })).not.toEqual([]);
	});
});
