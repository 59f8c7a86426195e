import { describe, expect, it } from 'vitest';
import { activeFilters, describeFilters, facetLabels } from './describe';
import { DEFAULT_STATE, parseFilters } from './filters';

const vocab = {
	topics: ['detention', 'due-process'],
	whoKinds: ['agency'],
	statuses: ['direct', 'policy'],
	tags: ['flores']
};
const labels = facetLabels({ detention: 'Detention conditions', 'due-process': 'Due process' });
const stateOf = (query: string) => parseFilters(new URLSearchParams(query), vocab).state;

describe('activeFilters', () => {
	it('has no chip for the default state, nor for sort and side order', () => {
		expect(activeFilters(DEFAULT_STATE, labels)).toEqual([]);
		expect(activeFilters(stateOf('sort=newest&sides=response-first'), labels)).toEqual([]);
	});

	it('gives each value its own chip, linking to the URL without only that value', () => {
		const state = stateOf(
			'q=flores&topic=detention&topic=due-process&status=direct&findings=yes&from=2017&sides=response-first'
		);
		const chips = activeFilters(state, labels);
		expect(chips.map((c) => c.label)).toEqual([
			'matching “flores”',
			'topic: Detention conditions',
			'topic: Due process',
			"response: The agency's direct answer",
			'with neutral findings',
			'as of 2017 or later'
		]);
		const byLabel = new Map(chips.map((c) => [c.label, new URL(c.href, 'http://x')]));
		const topic = byLabel.get('topic: Detention conditions')!.searchParams;
		expect(topic.getAll('topic')).toEqual(['due-process']);
		expect(topic.get('q')).toBe('flores');
		expect(topic.get('sides')).toBe('response-first');
		expect(byLabel.get('matching “flores”')!.searchParams.has('q')).toBe(false);
		expect(byLabel.get('with neutral findings')!.searchParams.has('findings')).toBe(false);
		expect(byLabel.get('as of 2017 or later')!.searchParams.has('from')).toBe(false);
		// Each chip removes exactly one value: the rest of the description is unchanged.
		for (const chip of chips) {
			const rest = stateOf(new URL(chip.href, 'http://x').search.slice(1));
			expect(activeFilters(rest, labels)).toHaveLength(chips.length - 1);
		}
	});

	it('removing the last filter lands on the bare explorer', () => {
		expect(activeFilters(stateOf('topic=detention'), labels)[0].href).toBe('/');
		expect(describeFilters(stateOf('topic=detention'), 3, 9, labels)).toBe(
			'Showing 3 of 9 pairs · topic: Detention conditions'
		);
	});
});
