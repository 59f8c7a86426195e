import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GET } from './+server';
import { API_VERSION, apiResponses } from '$lib/server/cite/api-schema';

const get = async (query: string | URLSearchParams) => {
	const response = GET({ url: new URL(`http://localhost/api/search?${query}`) });
	return { status: response.status, body: await response.json() };
};

describe('GET /api/search', () => {
	it('answers ranked pair ids, the claims that matched, scores and positions', async () => {
		const { status, body } = await get('q=courthouse+arrests&limit=3');
		expect(status).toBe(200);
		expect(body).toMatchObject({ query: 'courthouse arrests', topic: [], notices: [] });
		expect(body.total).toBeGreaterThanOrEqual(body.hits.length);
		expect(body.hits).toHaveLength(3);
		const [first, second] = body.hits;
		expect(first.score).toBeGreaterThanOrEqual(second.score);
		expect(first.claims).toEqual(
			first.sides.map((s: string) => `${first.id}-${s === 'critique' ? 'C' : 'R'}`)
		);
		expect(Object.values(first.fields).flat().length).toBeGreaterThan(0);
		// The shape /api documents and /api/schema.json publishes, versioned like every response.
		expect(body.apiVersion).toBe(API_VERSION);
		expect(apiResponses.search.safeParse(body).error).toBeUndefined();
	});

	it('keeps to the topics asked for', async () => {
		const { body } = await get('q=detention&topic=detention');
		expect(body.hits.length).toBeGreaterThan(0);
		for (const hit of body.hits) expect(hit.id).toMatch(/^DC-/);
	});

	it('searches what lunr cannot parse as words, with a notice', async () => {
		const { status, body } = await get('q=' + encodeURIComponent('detention:'));
		expect(status).toBe(200);
		expect(body.notices).toEqual([expect.stringMatching(/words only/)]);
	});

	it.each([
		['', /Missing q/],
		['q=+', /Missing q/],
		['q=ice&foo=1', /Unknown parameter "foo"/],
		['q=ice&topic=nope', /Unknown topic "nope"/],
		['q=ice&limit=0', /at least 1/],
		['q=ice&limit=abc', /number/],
		['q=ice&limit=1000', /at most/],
		['q=a&q=b', /at most once/]
	])('answers %s with a JSON error and status 400', async (query, message) => {
		const { status, body } = await get(query);
		expect(status).toBe(400);
		expect(body.error).toEqual({ status: 400, message: expect.stringMatching(message) });
		expect(body.apiVersion).toBe(API_VERSION);
	});

	it('never answers with a 5xx (property)', async () => {
		const param = fc.constantFrom('q', 'topic', 'limit', 'x');
		await fc.assert(
			fc.asyncProperty(
				fc.array(fc.tuple(param, fc.string({ maxLength: 120 })), { maxLength: 4 }),
				async (pairs) => {
					const { status, body } = await get(new URLSearchParams(pairs));
					expect([200, 400]).toContain(status);
					expect(body).toBeTypeOf('object');
				}
			),
			{ numRuns: 200 }
		);
	});
});
