import { afterEach, describe, expect, it, vi } from 'vitest';
import { fixtureViews } from './fixture-views';
import { citeClaim } from './cite';
import { toExportPair } from './records';
import { keepCitationsWarm, warmCitations } from './warm';

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

	afterEach(() => {
		vi.useRealTimers();
	});

	it('settles its promise once the first run has ended, having rendered every entry', async () => {
		const lines: string[] = [];
		const place = { origin: 'https://first.example', accessed: '2026-12-04' };
		let settled = false;
		const first = keepCitationsWarm(
			fixtureViews(),
			() => place,
			(line) => lines.push(line)
		);
		void first.then(() => (settled = true));
		await Promise.resolve();
		// One entry per turn of the event loop: not done after one microtask.
		expect(settled).toBe(false);
		await first;
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(/^citations: \d+ pairs, [1-9]\d* entries rendered for 2026-12-04/);
		// Everything is compiled: a second pass over the same place renders nothing.
		expect((await warmCitations(fixtureViews(), place)).entries).toBe(0);
	});

	it('logs a failed warm-up, at start and after midnight, instead of rejecting', async () => {
		vi.useFakeTimers({ now: Date.UTC(2026, 11, 4, 23, 59, 0) });
		const lines: string[] = [];
		const fail = () => {
			throw new Error('no origin');
		};
		const first = keepCitationsWarm(fixtureViews(), fail, (line) => lines.push(line));
		await vi.advanceTimersByTimeAsync(0);
		await expect(first).resolves.toBeUndefined();
		expect(lines).toEqual(['citations: warm-up failed: no origin']);
		// The next run is just after midnight, 61 s on; it fails the same way, and is logged.
		await vi.advanceTimersByTimeAsync(62_000);
		expect(lines).toEqual([
			'citations: warm-up failed: no origin',
			'citations: warm-up failed: no origin'
		]);
	});
});
