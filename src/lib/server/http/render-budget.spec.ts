import { describe, expect, it } from 'vitest';
import { RenderBudget, budgetConfig, tooManyRenders } from './render-budget';

describe('render budget', () => {
	it('reads its configuration from the environment', () => {
		expect(budgetConfig({})).toEqual({ burst: 60, perSecond: 5, loopback: false });
		expect(
			budgetConfig({ RENDER_BURST: '3', RENDER_PER_SECOND: '0.5', RENDER_BUDGET_LOOPBACK: '1' })
		).toEqual({ burst: 3, perSecond: 0.5, loopback: true });
		expect(budgetConfig({ RENDER_BURST: 'lots', RENDER_PER_SECOND: '-1' })).toMatchObject({
			burst: 60,
			perSecond: 5
		});
		expect(budgetConfig({ RENDER_BUDGET: 'off' })).toBeNull();
	});

	it('allows a burst, then asks the client to wait, and refills with time', () => {
		let now = 0;
		const budget = new RenderBudget({ burst: 3, perSecond: 0.5, loopback: false }, () => now);
		expect([1, 2, 3].map(() => budget.take('203.0.113.7'))).toEqual([0, 0, 0]);
		expect(budget.take('203.0.113.7')).toBe(2);
		// Another client has its own bucket.
		expect(budget.take('198.51.100.1')).toBe(0);
		now += 2000;
		expect(budget.take('203.0.113.7')).toBe(0);
		expect(budget.take('203.0.113.7')).toBeGreaterThan(0);
	});

	it('exempts loopback unless asked not to', () => {
		const exempt = new RenderBudget({ burst: 1, perSecond: 1, loopback: false });
		expect([0, 1, 2].map(() => exempt.take('127.0.0.1'))).toEqual([0, 0, 0]);
		expect(exempt.take('::1')).toBe(0);
		const counted = new RenderBudget({ burst: 1, perSecond: 1, loopback: true });
		expect([0, 1].map(() => counted.take('::ffff:127.0.0.1'))).toEqual([0, 1]);
	});

	it('answers 429 with Retry-After', async () => {
		const response = tooManyRenders(4);
		expect(response.status).toBe(429);
		expect(response.headers.get('retry-after')).toBe('4');
		expect(await response.text()).toMatch(/try again/);
	});
});
