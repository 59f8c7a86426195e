import { describe, expect, it } from 'vitest';
import { RenderBudget, budgetConfig, tooManyRenders } from './render-budget';

describe('render budget', () => {
	it('reads its configuration from the environment', () => {
		expect(budgetConfig({})).toEqual({ burst: 60, perSecond: 5, loopback: false, unitMs: 50 });
		expect(
			budgetConfig({
				RENDER_BURST: '3',
				RENDER_PER_SECOND: '0.5',
				RENDER_BUDGET_LOOPBACK: '1',
				RENDER_UNIT_MS: '1000'
			})
		).toEqual({ burst: 3, perSecond: 0.5, loopback: true, unitMs: 1000 });
		expect(budgetConfig({ RENDER_BURST: 'lots', RENDER_PER_SECOND: '-1' })).toMatchObject({
			burst: 60,
			perSecond: 5
		});
		expect(budgetConfig({ RENDER_BUDGET: 'off' })).toBeNull();
	});

	/** A render as the hooks count it: asked for, then charged for the time it took. */
	const render = (budget: RenderBudget, client: string, ms = 10) => {
		const wait = budget.take(client);
		if (wait === 0) budget.charge(client, ms);
		return wait;
	};

	it('allows a burst, then asks the client to wait, and refills with time', () => {
		let now = 0;
		const budget = new RenderBudget(
			{ burst: 3, perSecond: 0.5, loopback: false, unitMs: 50 },
			() => now
		);
		expect([1, 2, 3].map(() => render(budget, '203.0.113.7'))).toEqual([0, 0, 0]);
		expect(render(budget, '203.0.113.7')).toBe(2);
		// Another client has its own bucket.
		expect(render(budget, '198.51.100.1')).toBe(0);
		now += 2000;
		expect(render(budget, '203.0.113.7')).toBe(0);
		expect(render(budget, '203.0.113.7')).toBeGreaterThan(0);
	});

	it('charges a render by the time it took, one per 50 ms', () => {
		const now = 0;
		const budget = new RenderBudget(
			{ burst: 10, perSecond: 1, loopback: false, unitMs: 50 },
			() => now
		);
		// One render of half a second takes the whole burst of ten.
		expect(render(budget, '203.0.113.8', 500)).toBe(0);
		expect(render(budget, '203.0.113.8')).toBe(1);
		// Ten cheap ones fit in the same burst.
		expect(Array.from({ length: 10 }, () => render(budget, '203.0.113.9', 5))).toEqual(
			Array(10).fill(0)
		);
		expect(render(budget, '203.0.113.9', 5)).toBe(1);
		// A render that overdraws the bucket makes the client wait for what it owes.
		render(budget, '203.0.113.10', 2000);
		expect(budget.take('203.0.113.10')).toBe(31);
	});

	// Renders asked for at once (parallel connections) are each counted when they start, not
	// only once they have finished: otherwise a client gets as many renders as it opens connections.
	it('counts a render when it starts, so parallel requests cannot pass all at once', () => {
		const budget = new RenderBudget({ burst: 3, perSecond: 0.1, loopback: false, unitMs: 50 });
		const waits = Array.from({ length: 5 }, () => budget.take('203.0.113.11'));
		expect(waits.filter((w) => w === 0)).toHaveLength(3);
	});

	it('exempts loopback unless asked not to', () => {
		const exempt = new RenderBudget({ burst: 1, perSecond: 1, loopback: false, unitMs: 50 });
		expect([0, 1, 2].map(() => render(exempt, '127.0.0.1'))).toEqual([0, 0, 0]);
		expect(render(exempt, '::1')).toBe(0);
		const counted = new RenderBudget({ burst: 1, perSecond: 1, loopback: true, unitMs: 50 });
		expect([0, 1].map(() => render(counted, '::ffff:127.0.0.1'))).toEqual([0, 1]);
	});

	it('answers 429 with Retry-After', async () => {
		const response = tooManyRenders(4);
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('4');
		expect(await response.text()).toMatch(/try again/);
	});
});
