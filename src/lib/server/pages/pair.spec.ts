import { isHttpError, isRedirect } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { citeFixture, fixtureViews } from '../cite/fixture-views';
import { realViews } from '../cite/real-views';
import { buildPairPage } from './pair';

const views = fixtureViews({ 'claims/retired.yaml': citeFixture('retired.yaml') });
const page = (id: string, query = '') =>
	buildPairPage(views, id, new URL(`http://localhost/pairs/${id}${query}`));

/** What a rejected build threw. */
async function thrown(promise: Promise<unknown>): Promise<unknown> {
	try {
		await promise;
	} catch (e) {
		return e;
	}
	throw new Error('expected the build to throw');
}

describe('buildPairPage', () => {
	it('gives the claims critics first, the two views and no notice by default', async () => {
		const model = await page('TT-01');
		expect(model.claims.map((c) => c.claim.id)).toEqual(['TT-01-C', 'TT-01-R']);
		expect(model.view).toBe('auto');
		expect(model.notices).toEqual([]);
		expect(model.viewHref).toEqual({ sides: '/pairs/TT-01', points: '?view=points' });
		expect(model.rows[0].side).toBe('critique');
		expect(model.related).toEqual([
			{ id: 'TT-02', question: views.pairById.get('TT-02')!.question }
		]);
		expect(model.previous).toBeNull();
		expect(model.next?.id).toBe('TT-02');
	});

	it('puts the response first everywhere the reader asked for it, and keeps it in links', async () => {
		const model = await page('TT-01', '?sides=response-first');
		expect(model.claims.map((c) => c.claim.side)).toEqual(['response', 'critique']);
		expect(model.rows[0].side).toBe('response');
		expect(model.responseFirst).toBe(true);
		expect(model.keep).toBe('?sides=response-first');
		expect(model.viewHref.points).toBe('?sides=response-first&view=points');
	});

	it('names an unknown view in a notice and shows both sides in full', async () => {
		const model = await page('TT-01', '?view=sideways');
		expect(model.view).toBe('sides');
		expect(model.notices).toEqual([
			'There is no view "sideways": showing both sides in full. Try view=points.'
		]);
	});

	it('numbers the findings on each row as the findings list does', async () => {
		const model = await page('TT-01');
		for (const row of model.rows)
			for (const f of row.findings)
				expect(model.findings[f.number - 1].id, `${row.point.id} → ${f.id}`).toBe(f.id);
	});

	it('sends only what the page shows: no excerpts, no notes, no citation text beside its HTML', async () => {
		const model = await page('TT-01');
		const json = JSON.stringify(model);
		expect(json).not.toContain('"excerpts"');
		expect(json).not.toContain('"verified"');
		expect(json).not.toContain('"argument"');
		for (const { answer } of model.rows)
			expect(Object.keys(answer ?? {}).sort()).toEqual(
				answer?.notAddressed ? ['notAddressed', 'text'] : ['html', 'notAddressed']
			);
		expect(model.claims[0].cite.styles.map((s) => Object.keys(s).sort())).toEqual(
			Array(model.claims[0].cite.styles.length).fill(['html', 'label', 'style'])
		);
	});

	it('redirects a lower-case id to the canonical one, keeping the query', async () => {
		const e = await thrown(page('tt-01', '?view=points'));
		expect(isRedirect(e) && [e.status, e.location]).toEqual([308, '/pairs/TT-01?view=points']);
	});

	it('answers a retired id with 410 and an unknown one with 404', async () => {
		const gone = await thrown(page('TT-08'));
		expect(isHttpError(gone, 410) && gone.body.retired?.id).toBe('TT-08');
		const missing = await thrown(page('TT-77'));
		expect(isHttpError(missing, 404) && missing.body.message).toBe(
			'There is no pair with the id "TT-77".'
		);
	});

	it('builds the first pairs of the real corpus (citing takes a while)', async () => {
		const real = realViews();
		for (const pair of real.pairs.slice(0, 5)) {
			const model = await buildPairPage(
				real,
				pair.id,
				new URL(`http://localhost/pairs/${pair.id}`)
			);
			expect(model.claims.map((c) => c.cite.claimId)).toEqual([pair.critique.id, pair.response.id]);
		}
	});
});
