import { describe, expect, it } from 'vitest';
import { fixtureViews } from './fixture-views';
import { citeClaim } from './cite';
import { toExportPair } from './records';
import { warmCitations } from './warm';

describe('warmCitations', () => {
	it('renders every entry once, so that a page afterwards renders none', async () => {
		const views = fixtureViews();
		const place = { origin: 'https://warm.example', accessed: '2026-12-04' };
		const first = await warmCitations(views, place);
		expect(first.pairs).toBe(views.pairs.length);
		const sources = views.pairs.reduce(
			(n, p) => n + p.critique.sources.length + p.response.sources.length,
			0
		);
		// Each claim's own three styles, and three for each source it cites (shared ones once).
		expect(first.entries).toBeGreaterThanOrEqual(views.pairs.length * 2 * 3);
		expect(first.entries).toBeLessThanOrEqual((views.pairs.length * 2 + sources) * 3);
		expect((await warmCitations(views, place)).entries).toBe(0);
		// Another day is another citation.
		const next = await warmCitations(views, { ...place, accessed: '2026-12-05' });
		expect(next.entries).toBe(first.entries);
		const pair = toExportPair(views.pairs[0], views);
		expect(citeClaim(pair, 'critique', place).accessed).toBe('2026-12-04');
	});
});
