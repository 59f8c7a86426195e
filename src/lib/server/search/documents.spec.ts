import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpusFiles, todayUtc } from '../corpus/load';
import { validateCorpus } from '../corpus/validate';
import { buildSearchDocuments, markdownToText } from './documents';

const FIXTURE = fileURLToPath(new URL('../corpus/fixtures/valid', import.meta.url));
const { data } = validateCorpus(readCorpusFiles(FIXTURE), { today: todayUtc() });

describe('markdownToText', () => {
	it('keeps the words of emphasis, links and lists, and drops their marks', () => {
		expect(
			markdownToText(
				'A *Myth vs. Fact* sheet, [the memo](https://example.org) and:\n\n- one **two**\n- three'
			)
		).toBe('A Myth vs. Fact sheet, the memo and: one two three');
	});

	it('keeps escaped characters as text and never runs paragraphs together', () => {
		expect(markdownToText('Costs \\*rose\\*.\n\nThen fell.')).toBe('Costs *rose*. Then fell.');
	});
});

describe('buildSearchDocuments', () => {
	it('makes one plain-text document per pair, from the corpus fields', () => {
		const docs = buildSearchDocuments(data!);
		expect(docs.map((d) => d.id)).toEqual(['TT-01', 'TT-02']);
		const [first] = docs;
		const pair = data!.pairs.find((p) => p.id === 'TT-01')!;
		expect(first.question).toBe(pair.question);
		expect(first.critique_summary).toBe(pair.critique.summary);
		expect(first.critique_by).toBe('An advocacy group (Advocacy group)');
		expect(first.tags).toBe('hearings');
		expect(first.critique_argument).not.toMatch(/[*\n]/);
		expect(first.critique_sources.length).toBeGreaterThan(0);
	});

	it('orders documents by topic and id whatever order the files come in', () => {
		const shuffled = { ...data!, pairs: [...data!.pairs].reverse() };
		expect(buildSearchDocuments(shuffled)).toEqual(buildSearchDocuments(data!));
	});
});
