/**
 * The build step of markdown: every piece of prose the views render, through the sanitiser, into
 * one table (placeholder text → safe HTML) that the server looks up. Relative imports only: the
 * Vite plugin loads this module with Vite's module runner, where `$lib` does not resolve.
 */
import { readCorpusFiles, todayUtc } from '../corpus/load';
import { validateCorpus } from '../corpus/validate';
import { buildViews } from '../corpus/views';
import { recording } from './prerendered';
import { markdownRenderer } from './render';
import { sanitiser } from './sanitise';

/**
 * The table of the corpus under `root`, as JSON, with the views rendered on the way (for tests).
 * Throws on a corpus with errors.
 */
export function generateMarkdownTable(root: string) {
	const { data, problems } = validateCorpus(readCorpusFiles(root), { today: todayUtc() });
	if (!data) {
		const errors = problems.filter((p) => p.level === 'error').length;
		throw new Error(`markdown: claims/ has ${errors} error(s); run npm run check:claims`);
	}
	const record = recording(sanitiser);
	const views = buildViews(data, markdownRenderer(record.safe));
	const table = record.table();
	return {
		views,
		data,
		text: JSON.stringify(table),
		pieces: Object.keys(table.block).length + Object.keys(table.inline).length
	};
}
