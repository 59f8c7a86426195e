import { describe, expect, it } from 'vitest';
import { formatProblem } from './format';
import { readCorpusFiles, todayUtc } from './load';
import { validateCorpus } from './validate';
import { buildViews } from './views';
import { liveMarkdown } from '../markdown/sanitise';

describe('the real corpus in claims/', () => {
	const { data, problems } = validateCorpus(readCorpusFiles(), { today: todayUtc() });

	it('passes the checker with no error', () => {
		expect(problems.filter((p) => p.level === 'error').map(formatProblem)).toEqual([]);
		expect(data).not.toBeNull();
	});

	it('has a pair in every topic and resolves every citation', () => {
		const views = buildViews(data!, liveMarkdown);
		for (const topic of views.topics)
			expect(views.pairsByTopic.get(topic.id)?.length).toBeGreaterThan(0);
		for (const pair of views.pairs) {
			for (const cite of [...pair.critique.sources, ...pair.response.sources])
				expect(cite.ref.id).toBe(cite.source);
		}
	});
});
