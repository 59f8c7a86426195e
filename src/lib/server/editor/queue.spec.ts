import { describe, expect, it } from 'vitest';
import { fixtureViews } from '../cite/fixture-views';
import { targetsOfTopic } from '../corrections/targets';
import { readDecision, readQueueFilter } from './queue';

const corpus = fixtureViews();

describe('editor queue', () => {
	it('reads filters from the URL and drops what it does not know', () => {
		const read = (q: string) => readQueueFilter(new URLSearchParams(q), corpus);
		expect(read('status=declined&kind=outdated&topic=test-topic&age=7').filter).toEqual({
			status: 'declined',
			kind: 'outdated',
			olderThanDays: 7,
			targets: targetsOfTopic(corpus, 'test-topic')
		});
		expect(read('topic=test-topic').filter.targets).toContain('TT-01-F1');
		const bad = read('status=nope&kind=x&topic=nope&age=-3');
		expect(bad.filter).toEqual({
			status: 'open',
			kind: undefined,
			olderThanDays: undefined,
			targets: undefined
		});
		expect(bad.query.topic).toBe('all');
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
