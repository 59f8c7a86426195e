import { describe, expect, it } from 'vitest';
import { fixtureViews } from '../cite/fixture-views';
import { resolveTarget, targetsOfPair, targetsOfTopic } from './targets';

const corpus = fixtureViews();

describe('report targets', () => {
	it('resolves everything a reader may report, each to its place', () => {
		const href = (id: string) => resolveTarget(corpus, id)?.href;
		expect(href('site')).toBe('/');
		expect(href('TT-01')).toBe('/pairs/TT-01');
		expect(href('TT-01-C')).toBe('/pairs/TT-01#TT-01-C');
		expect(href('TT-01-C2')).toBe('/pairs/TT-01?view=points#TT-01-C2');
		expect(href('TT-01-F1')).toBe('/pairs/TT-01#TT-01-F1');
		expect(href('TT-01-C-s1')).toBe('/pairs/TT-01#TT-01-C-s1');
		expect(href('critic-report')).toBe('/sources/critic-report');
		expect(href('term:hearing')).toBe('/glossary#hearing');
		expect(resolveTarget(corpus, 'TT-01-C2')?.label).toBe(
			"Point TT-01-C2 of the critics' claim TT-01-C"
		);
	});

	it('refuses what is not there, however close its form', () => {
		for (const id of ['TT-01-C9', 'TT-09-C1', 'TT-01-F9', 'term:nope', 'hearing', 'term:', '']) {
			expect(resolveTarget(corpus, id), id).toBeNull();
		}
	});

	it('lists a pair’s targets, and a topic’s as its pairs’', () => {
		const ids = targetsOfPair(corpus, 'TT-01');
		expect(ids).toEqual(
			expect.arrayContaining(['TT-01', 'TT-01-C', 'TT-01-R', 'TT-01-C1', 'TT-01-F1', 'TT-01-C-s1'])
		);
		expect(ids.every((id) => resolveTarget(corpus, id))).toBe(true);
		expect(ids).not.toContain('TT-02');
		expect(targetsOfPair(corpus, 'TT-99')).toEqual([]);
		expect(targetsOfTopic(corpus, 'test-topic')).toEqual([
			...ids,
			...targetsOfPair(corpus, 'TT-02')
		]);
		expect(targetsOfTopic(corpus, 'nope')).toEqual([]);
	});
});
