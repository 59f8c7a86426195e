/**
 * The corpus the app serves. Vite bundles every file of `claims/` into the server at build time,
 * with the safe HTML of its prose, and the corpus is validated and arranged once, when this module
 * loads: a corpus with errors stops the build and the server instead of serving half of it.
 */
import table from 'virtual:markdown-html.json?raw';
import { fromTable, type MarkdownTable } from '../markdown/prerendered';
import { markdownRenderer } from '../markdown/render';
import { formatProblem, sortProblems } from './format';
import { todayUtc } from './load';
import { validateCorpus } from './validate';
import { buildViews } from './views';

// The pattern must be a literal for Vite; it names the same folder as load.ts's CORPUS_DIR.
const modules = import.meta.glob<string>('/claims/**/*.{yaml,yml}', {
	query: '?raw',
	import: 'default',
	eager: true
});
const files = Object.entries(modules).map(([path, text]) => ({ path: path.slice(1), text }));
const { data, problems } = validateCorpus(files, { today: todayUtc() });
if (!data) {
	const errors = sortProblems(problems).filter((p) => p.level === 'error');
	throw new Error(
		`The corpus in claims/ has ${errors.length} error(s); run npm run check:claims.\n` +
			errors.slice(0, 20).map(formatProblem).join('\n')
	);
}

/** Every view of the validated corpus, its prose as the build rendered it (markdown/generate.ts). */
export const corpus = buildViews(
	data,
	markdownRenderer(fromTable(JSON.parse(table) as MarkdownTable))
);
/** The checker's balance warnings (reported, never fatal) and one side's framing words, for /balance. */
export const corpusWarnings = sortProblems(problems).filter((p) => p.level === 'warning');
export const loadedTerms = data.loadedTerms;
