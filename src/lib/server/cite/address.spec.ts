import { describe, expect, it } from 'vitest';
import { goneError, resolveAddress } from './address';
import { answerById, claimPayload } from './api';
import { API_VERSION } from './api-schema';
import { claimId } from '../corpus/schema';
import { citeFixture, fixtureViews } from './fixture-views';

describe('stable addresses', () => {
	const views = fixtureViews({ 'claims/retired.yaml': citeFixture('retired.yaml') });

	it('names live pairs and claims, with the pair a claim belongs to', () => {
		expect(resolveAddress(views, 'TT-01')).toEqual({ kind: 'pair', pairId: 'TT-01' });
		expect(resolveAddress(views, 'TT-01-R')).toEqual({
			kind: 'claim',
			claimId: 'TT-01-R',
			pairId: 'TT-01'
		});
	});

	it('answers a retired claim id with 410 data and a link to its replacement', () => {
		const address = resolveAddress(views, 'TT-09-C');
		expect(address.kind).toBe('retired');
		if (address.kind !== 'retired') return;
		const gone = goneError(address.entry);
		expect(gone.retired).toEqual({
			id: 'TT-09-C',
			date: '2021-01-01',
			reason: 'Merged into TT-01-C.',
			replacedBy: 'TT-01-C',
			href: '/claims/TT-01-C'
		});
		expect(gone.message).toContain('replaced by TT-01-C');
	});

	it('answers a retired pair id without a replacement with no link', () => {
		const address = resolveAddress(views, 'TT-08');
		expect(address.kind).toBe('retired');
		if (address.kind === 'retired') expect(goneError(address.entry).retired?.href).toBeNull();
	});

	it('knows nothing of an id that never existed', () => {
		expect(resolveAddress(views, 'TT-77-C')).toEqual({ kind: 'unknown' });
	});
});

describe('the API by id', () => {
	const views = fixtureViews({ 'claims/retired.yaml': citeFixture('retired.yaml') });
	const claims = { noun: 'claim', pattern: claimId, payload: claimPayload } as const;
	const answer = async (id: string) => {
		const response = answerById(views, id, claims);
		return { status: response.status, body: await response.json() };
	};

	it('gives a live claim, and 400, 410 or 404 in the API error shape otherwise', async () => {
		const live = await answer('TT-01-R');
		expect(live.status).toBe(200);
		expect(live.body.claim.id).toBe('TT-01-R');
		const malformed = await answer('tt-1');
		expect(malformed.status).toBe(400);
		expect(malformed.body.apiVersion).toBe(API_VERSION);
		const gone = await answer('TT-09-C');
		expect(gone.status).toBe(410);
		expect(gone.body.error.message).toContain('replaced by TT-01-C');
		const unknown = await answer('TT-77-C');
		expect(unknown.status).toBe(404);
		expect(unknown.body.error.message).toBe('There is no claim with the id "TT-77-C".');
	});
});
