import { describe, expect, it } from 'vitest';
import { createServer, get } from 'node:http';
import type { AddressInfo } from 'node:net';
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

	// The reason it exists: I/O that arrives while renders are queued is answered between two of
	// them, not after all of them. Without the queue, 20 renders of 20 ms started together keep a
	// request waiting for about 400 ms; with it, for about one render.
	it('lets a request that arrives during a burst of renders be answered between two of them', async () => {
		const server = createServer((_req, res) => res.end('ok'));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const { port } = server.address() as AddressInfo;
		const timeRequest = () =>
			new Promise<number>((resolve) => {
				const started = performance.now();
				get(`http://127.0.0.1:${port}/`, (res) => {
					res.resume();
					res.on('end', () => resolve(performance.now() - started));
				});
			});
		// The request is on its way when twenty renders arrive together, 5 ms later.
		const burst = async (queue: RenderQueue | null) => {
			const waited = timeRequest();
			const renders = Array.from({ length: 20 }, async () => {
				await new Promise((resolve) => setTimeout(resolve, 5));
				const leave = (await queue?.enter()) ?? (() => {});
				burn(20);
				leave();
			});
			await Promise.all(renders);
			return waited;
		};
		try {
			const unqueued = await burst(null);
			const queued = await burst(new RenderQueue(1));
			expect(unqueued).toBeGreaterThan(300);
			expect(queued).toBeLessThan(150);
		} finally {
			server.close();
		}
	});

	it('reads RENDER_CONCURRENCY, falling back to 1', () => {
		expect(renderConcurrency({})).toBe(1);
		expect(renderConcurrency({ RENDER_CONCURRENCY: '3' })).toBe(3);
		expect(renderConcurrency({ RENDER_CONCURRENCY: '0' })).toBe(1);
		expect(renderConcurrency({ RENDER_CONCURRENCY: 'many' })).toBe(1);
	});
});
