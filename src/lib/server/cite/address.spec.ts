import { describe, expect, it } from 'vitest';
import { goneError, resolveAddress } from './address';
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
