import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { Admission, admissionLimit, admitResponse } from './admission.js';

describe('Admission', () => {
	it('lets `limit` requests in at once and the rest in order as others leave', async () => {
		const admission = new Admission(2);
		const inside: string[] = [];
		const leaves = new Map<string, () => void>();
		for (const name of ['a', 'b', 'c', 'd']) {
			admission.admit((leave) => {
				inside.push(name);
				leaves.set(name, leave);
			});
		}
		expect(inside).toEqual(['a', 'b']);
		leaves.get('b')!();
		leaves.get('b')!(); // a second call does nothing
		await new Promise((resolve) => setImmediate(resolve));
		expect(inside).toEqual(['a', 'b', 'c']);
		leaves.get('a')!();
		await new Promise((resolve) => setImmediate(resolve));
		expect(inside).toEqual(['a', 'b', 'c', 'd']);
		expect(admission.inside).toBe(2);
	});

	// A place being handed on belongs to the one it is handed to: a request arriving in between
	// waits its turn instead of taking the place too (which let more than `limit` in).
	it('never lets a newcomer take a place that is being handed on', async () => {
		const admission = new Admission(1);
		const leaves: (() => void)[] = [];
		const inside: string[] = [];
		const enter = (name: string) =>
			admission.admit((leave) => {
				inside.push(name);
				leaves.push(leave);
			});
		enter('a');
		enter('b');
		leaves[0](); // a leaves: the place goes to b, on a later turn
		enter('c'); // arrives before b's turn
		expect(inside).toEqual(['a']);
		await new Promise((resolve) => setImmediate(resolve));
		expect(inside).toEqual(['a', 'b']);
		expect(admission.inside).toBe(1);
	});

	/** A stand-in for a ServerResponse: an emitter with end(), closed by emitting 'close'. */
	const response = () =>
		Object.assign(new EventEmitter(), { destroyed: false, end: () => 'ended' }) as EventEmitter & {
			destroyed: boolean;
			end: () => string;
		};
	const asRes = (r: ReturnType<typeof response>) => r as unknown as ServerResponse;

	it('leaves when the answer is ended, or when the connection closes first', async () => {
		const admission = new Admission(1);
		const ended = response();
		admitResponse(admission, asRes(ended), () => {});
		expect(admission.inside).toBe(1);
		expect(ended.end()).toBe('ended');
		expect(admission.inside).toBe(0);
		const closed = response();
		admitResponse(admission, asRes(closed), () => {});
		closed.emit('close');
		expect(admission.inside).toBe(0);
	});

	// The deadlock the load test found: connections closed while their requests waited (a load
	// generator stopping), and the handler, given a closed response, never ended it.
	it('hands on the place of a request whose connection closed while it waited', async () => {
		const admission = new Admission(1);
		const first = response();
		admitResponse(admission, asRes(first), () => {});
		let handled = 0;
		const gone = response();
		admitResponse(admission, asRes(gone), () => handled++);
		gone.emit('close');
		const next = response();
		admitResponse(admission, asRes(next), () => handled++);
		first.end();
		await new Promise((resolve) => setTimeout(resolve, 5));
		// The closed one was skipped without entering the handler; the next one is inside.
		expect(handled).toBe(1);
		expect(admission.inside).toBe(1);
	});

	it('frees the place of a request that stays inside too long', async () => {
		const admission = new Admission(1, 20);
		admission.admit(() => {}); // never leaves
		let entered = false;
		admission.admit((leave) => {
			entered = true;
			leave();
		});
		expect(entered).toBe(false);
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(entered).toBe(true);
		expect(admission.overstayed).toBe(1);
	});

	it('reads ADMISSION_LIMIT, falling back to 8', () => {
		expect(admissionLimit({})).toBe(8);
		expect(admissionLimit({ ADMISSION_LIMIT: '2' })).toBe(2);
		expect(admissionLimit({ ADMISSION_LIMIT: 'x' })).toBe(8);
	});
});
