/**
 * `npm run check:claims`: validates claims/ and prints every problem as file:line: field: message.
 * Exit 1 on any error; warnings (balance) are printed but do not fail.
 */
import { formatProblem, sortProblems } from '../src/lib/server/corpus/format';
import { readCorpusFiles, todayUtc } from '../src/lib/server/corpus/load';
import { validateCorpus } from '../src/lib/server/corpus/validate';

const started = performance.now();
// Progress by phase on stderr, so stdout stays the list of problems and the summary line.
const progress = (what: string) =>
	process.stderr.write(`check:claims: ${what} (${Math.round(performance.now() - started)} ms)\n`);
progress('reading claims/…');
const files = readCorpusFiles();
const pairFiles = files.filter(
	(f) => /^claims\/[^/]+\/[^/]+\.ya?ml$/.test(f.path) && !f.path.startsWith('claims/sources/')
).length;
progress(
	`read ${files.length} files (${pairFiles} pairs, ${files.length - pairFiles} registry files); validating…`
);
const { data, problems } = validateCorpus(files, { today: todayUtc() });
progress(`validated: ${problems.length} problem(s)`);
const sorted = sortProblems(problems);
for (const p of sorted) console.log(formatProblem(p));
const errors = sorted.filter((p) => p.level === 'error').length;
const warnings = sorted.length - errors;
const ms = Math.round(performance.now() - started);
if (errors || !data) {
	console.log(
		`check:claims: ${errors} error(s), ${warnings} warning(s) in ${files.length} files (${ms} ms)`
	);
	process.exit(1);
}
console.log(
	`check:claims: ok: ${data.pairs.length} pairs, ${data.pairs.length * 2} claims, ` +
		`${data.sources.length} sources, ${data.topics.length} topics, ${data.events.length} events, ` +
		`${data.terms.length} terms; ${warnings} warning(s) (${ms} ms)`
);
