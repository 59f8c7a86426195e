import { describe, expect, it } from 'vitest';
import { remoteSearch, REMOTE_LIMIT } from '$lib/search/remote';
import { searchPairs } from '$lib/server/search/searcher';
import { GET } from './+server';

// The page's fetch, answered by the endpoint itself.
const fetcher = (async (input: string | URL | Request) =>
	GET({ url: new URL(String(input), 'http://localhost') })) as typeof fetch;

describe('searching through the endpoint (an index over the browser budget)', () => {
	it('gives the page the same hits and marks as the server computes', async () => {
		const outcome = await remoteSearch(fetcher)('detention conditions');
		const direct = searchPairs('detention conditions');
		const expected = direct.hits.slice(0, REMOTE_LIMIT);
		expect(outcome.hits.map((h) => h.id)).toEqual(expected.map((h) => h.id));
		expect(outcome.hits.map((h) => h.sides)).toEqual(expected.map((h) => h.sides));
		for (const { id } of expected.slice(0, 5)) expect(outcome.marks(id)).toEqual(direct.marks(id));
		expect(outcome.marks('XX-99')).toEqual({});
	});

	it('fails loudly on an error answer, so the page keeps the server-rendered list', async () => {
		await expect(remoteSearch(fetcher)('')).rejects.toThrow(/HTTP 400/);
	});
});
