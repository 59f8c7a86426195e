/**
 * Test helper: the corpus views of the valid fixture corpus (src/lib/server/corpus/fixtures), with
 * any of its files replaced, so unit tests do not depend on the real corpus being mid-edit.
 */
import { readFileSync } from 'node:fs';
import { readCorpusFiles } from '../corpus/load';
import { validateCorpus } from '../corpus/validate';
import { buildViews } from '../corpus/views';
import { liveMarkdown } from '../markdown/sanitise';

const FIXTURE_ROOT = 'src/lib/server/corpus/fixtures/valid';

/** A fixture file of this folder, read as text. */
export const citeFixture = (name: string) =>
	readFileSync(`src/lib/server/cite/fixtures/${name}`, 'utf8');

/** The views of the fixture corpus; `replace` maps a path (`claims/retired.yaml`) to new text. */
export function fixtureViews(replace: Record<string, string> = {}) {
	const files = readCorpusFiles(FIXTURE_ROOT).map((f) => ({
		...f,
		text: replace[f.path] ?? f.text
	}));
	const { data, problems } = validateCorpus(files, { today: '2026-01-01' });
	if (!data) throw new Error(`fixture corpus invalid: ${JSON.stringify(problems.slice(0, 3))}`);
	return buildViews(data, liveMarkdown);
}
