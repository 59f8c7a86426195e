import { describe, expect, it } from 'vitest';
import { buildViews } from '../corpus/views';
import { generateMarkdownTable } from './generate';
import { fromTable, recording, type MarkdownTable } from './prerendered';
import { markdownRenderer } from './render';
import { liveMarkdown, sanitiser } from './sanitise';

const resolve = (cite: { id: string }) =>
	({ a: { n: 1, href: '/pairs/TT-01#TT-01-C-s1', title: 'Publisher A' } })[cite.id];

describe('the prerendered table', () => {
	it('gives back what the sanitiser made, citations put back per use', () => {
		const record = recording(sanitiser);
		const build = markdownRenderer(record.safe);
		const texts = ['It *rose* [@a]. It fell [@a, p. 4].', 'Plain [@b] text.', '<script>x</script>'];
		const made = texts.map((t) => build.block(t, resolve));
		const served = markdownRenderer(fromTable(record.table()));
		expect(texts.map((t) => served.block(t, resolve))).toEqual(made);
		expect(made).toEqual(texts.map((t) => liveMarkdown.block(t, resolve)));
		expect(served.block(texts[0], resolve)).toContain('title="Source 1: Publisher A, p. 4"');
	});

	it('refuses a text the build did not render, and keys that name Object members', () => {
		const served = fromTable({ block: {}, inline: {} });
		expect(() => served.block('new text')).toThrow(/not rendered at build time \(block\)/);
		expect(() => served.inline('constructor')).toThrow(/not rendered at build time/);
		const record = recording(sanitiser);
		expect(record.safe.inline('constructor')).toBe('constructor');
		expect(record.safe.inline('__proto__')).toBe('<strong>proto</strong>');
		const table = JSON.parse(JSON.stringify(record.table())) as MarkdownTable;
		expect(fromTable(table).inline('constructor')).toBe('constructor');
		expect(fromTable(table).inline('__proto__')).toBe('<strong>proto</strong>');
	});

	it(
		'holds every piece of the real corpus, rendered as the sanitiser renders it',
		{ timeout: 120_000 },
		() => {
			// The build renders through the sanitiser (views: what it rendered); the server looks up.
			const { text, pieces, views, data } = generateMarkdownTable(process.cwd());
			expect(pieces).toBeGreaterThan(1000);
			const served = buildViews(data, markdownRenderer(fromTable(JSON.parse(text))));
			expect(served.pairs).toEqual(views.pairs);
			expect(served.terms).toEqual(views.terms);
			expect(served.pairs[0].critique.argumentHtml).toMatch(/<sup class="cite">/);
		}
	);
});
