/**
 * Reading the corpus from disk, for the checker script and tests. The app itself bundles the same
 * files at build time (see corpus.ts), so a running server never reads `claims/` again.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { CorpusFile } from './validate';

/** Where the corpus lives, relative to the project root. */
export const CORPUS_DIR = 'claims';

/** Every YAML file below `dir`, as `{ path, text }` with paths relative to `projectRoot`. */
export function readCorpusFiles(projectRoot = process.cwd(), dir = CORPUS_DIR): CorpusFile[] {
	const files: CorpusFile[] = [];
	const walk = (folder: string) => {
		for (const name of readdirSync(folder).sort()) {
			const full = join(folder, name);
			if (statSync(full).isDirectory()) walk(full);
			else if (/\.ya?ml$/.test(name)) {
				const path = relative(projectRoot, full).split(sep).join('/');
				files.push({ path, text: readFileSync(full, 'utf8') });
			}
		}
	};
	walk(join(projectRoot, dir));
	return files;
}

/** Today's date in UTC, `YYYY-MM-DD`: the day after which a corpus date is in the future. */
export function todayUtc(now = new Date()): string {
	return now.toISOString().slice(0, 10);
}
