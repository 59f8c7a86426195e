import { describe, expect, it } from 'vitest';
import { readDecision, readQueueFilter } from './queue';

describe('editor queue', () => {
	it('reads filters from the URL and drops what it does not know', () => {
		expect(
			readQueueFilter(new URLSearchParams('status=declined&kind=outdated&age=7')).filter
		).toEqual({
			status: 'declined',
			kind: 'outdated',
			olderThanDays: 7
		});
		expect(readQueueFilter(new URLSearchParams('status=nope&kind=x&age=-3')).filter).toEqual({
			status: 'open',
			kind: undefined,
			olderThanDays: undefined
		});
	});
	it('reads a decision; a duplicate must name the earlier report', () => {
		const form = (f: Record<string, string>) => {
			const d = new FormData();
			for (const [k, v] of Object.entries(f)) d.set(k, v);
			return d;
		};
		const dup = readDecision(
			form({ status: 'duplicate', publicNote: '', privateNote: '', duplicateOf: '' })
		);
		expect(dup.ok).toBe(false);
		const ok = readDecision(
			form({
				status: 'duplicate',
				publicNote: ' Same ',
				privateNote: '',
				duplicateOf: 'https://x.org/corrections/abc'
			})
		);
		expect(ok.ok && ok.decision).toEqual({
			status: 'duplicate',
			publicNote: 'Same',
			privateNote: '',
			duplicateOf: 'abc'
		});
		expect(readDecision(form({ status: 'received' })).ok).toBe(false);
	});
});
