import { describe, expect, it } from 'vitest';
import { RenderQueue, renderConcurrency } from './render-queue';

/** Busy-waits `ms` of CPU, as a synchronous render does. */
const burn = (ms: number) => {
	const until = performance.now() + ms;
	while (performance.now() < until);
};

describe('RenderQueue', () => {
	it('runs at most `concurrency` at once and starts each waiting one in order', async () => {
		const queue = new RenderQueue(2);
		const order: string[] = [];
		let running = 0;
		let most = 0;
		await Promise.all(
			['a', 'b', 'c', 'd', 'e'].map(async (name) => {
				const leave = await queue.enter();
				running++;
				most = Math.max(most, running);
				order.push(name);
				await new Promise((resolve) => setTimeout(resolve, 5));
				running--;
				leave();
				leave(); // a second call does nothing
			})
		);
		expect(most).toBe(2);
		expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect(queue.size).toEqual({ running: 0, waiting: 0 });
	});

	// The reason it exists: what arrives while renders are queued (here a timer, standing for a
	// request that is ready to be read) runs between two of them, not after all of them. Counted,
	// not timed: without the queue all twenty renders run before it; with it, at most two.
	it('lets what arrives during a burst of renders run between two of them', async () => {
		const burst = async (queue: RenderQueue | null) => {
			let done = 0;
			let seen = -1;
			setTimeout(() => (seen = done), 0);
			await Promise.all(
				Array.from({ length: 20 }, async () => {
					const leave = (await queue?.enter()) ?? (() => {});
					burn(2);
					done++;
					leave();
				})
			);
			await new Promise((resolve) => setTimeout(resolve, 5));
			return seen;
		};
		expect(await burst(null)).toBe(20);
		expect(await burst(new RenderQueue(1))).toBeLessThanOrEqual(2);
	});

	it('reads RENDER_CONCURRENCY, falling back to 1', () => {
		expect(renderConcurrency({})).toBe(1);
		expect(renderConcurrency({ RENDER_CONCURRENCY: '3' })).toBe(3);
		expect(renderConcurrency({ RENDER_CONCURRENCY: '0' })).toBe(1);
		expect(renderConcurrency({ RENDER_CONCURRENCY: 'many' })).toBe(1);
	});
});
