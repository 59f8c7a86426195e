import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { Admission, admissionLimit, leaveWhenAnswered } from './admission.js';

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

	it('leaves when the answer is ended, or when the connection closes first', () => {
		let left = 0;
		const res = Object.assign(new EventEmitter(), { end: () => 'ended' });
		leaveWhenAnswered(res as unknown as ServerResponse, () => left++);
		expect((res as unknown as ServerResponse).end()).toBe('ended');
		expect(left).toBe(1);
		const closed = Object.assign(new EventEmitter(), { end: () => {} });
		leaveWhenAnswered(closed as unknown as ServerResponse, () => left++);
		closed.emit('close');
		expect(left).toBe(2);
	});

	it('reads ADMISSION_LIMIT, falling back to 8', () => {
		expect(admissionLimit({})).toBe(8);
		expect(admissionLimit({ ADMISSION_LIMIT: '2' })).toBe(2);
		expect(admissionLimit({ ADMISSION_LIMIT: 'x' })).toBe(8);
	});
});
