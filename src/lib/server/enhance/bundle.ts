/**
 * The enhancement modules, bundled: each page's entry in `src/lib/enhance/pages/<page>.ts` (with
 * the `$lib` modules it imports) becomes one minified, content-hashed ES module, and modules that
 * several entries share become hashed chunks of their own. Rolldown (Vite 8's bundler) does the work
 * outside Vite's app build, so the server knows every file's name before either build writes.
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

/** Where a page's enhancement entry lives, relative to the project root. */
export const ENTRY_DIR = 'src/lib/enhance/pages';
/** The folder of the client output the files are written to (immutable: their names are hashes). */
export const OUTPUT_DIR = '_app/immutable/enhance';
/**
 * First-load budget of a page's entry and the chunks it imports, gzip bytes (issue 14: 4 kB on a
 * pair page, 12 kB on the explorer). A build over budget fails.
 */
export const DEFAULT_BUDGET = 4 * 1024;

export interface EnhancementFile {
	/** The path under the client output: `_app/immutable/enhance/pair-Bx3k9a2Q.js`. */
	fileName: string;
	code: string;
	/** The page it is the entry of; null for a shared chunk. */
	entry: string | null;
	/** The other files it imports statically (fileNames). */
	imports: string[];
	gzip: number;
}

/** Enhancements are browser code: nothing from the server or from Kit may reach them. */
const FORBIDDEN = [/^\$app\//, /^\$env\//, /^@sveltejs\/kit/, /(^\$lib|\/src\/lib)\/server\//];
const browserOnly = {
	name: 'enhance-browser-only',
	resolveId(source: string, importer: string | undefined) {
		if (FORBIDDEN.some((pattern) => pattern.test(source)))
			throw new Error(
				`${importer ?? 'an enhancement'} imports ${source}, which is not browser code`
			);
		return null;
	}
};

/** The entries under `root`: page name → absolute path of its module. */
export function findEntries(root: string): Record<string, string> {
	const dir = join(root, ENTRY_DIR);
	const entries: Record<string, string> = {};
	for (const file of readdirSync(dir).sort()) {
		if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
		entries[basename(file, '.ts')] = join(dir, file);
	}
	return entries;
}

/** Bundles and minifies every entry for the browser. Pure apart from reading the sources. */
export async function bundleEnhancements(root: string): Promise<EnhancementFile[]> {
	const bundle = await rolldown({
		input: findEntries(root),
		platform: 'browser',
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		plugins: [browserOnly],
		logLevel: 'warn'
	});
	try {
		const { output } = await bundle.generate({
			format: 'esm',
			minify: true,
			entryFileNames: `${OUTPUT_DIR}/[name]-[hash].js`,
			chunkFileNames: `${OUTPUT_DIR}/[name]-[hash].js`
		});
		return output.flatMap((chunk) =>
			chunk.type === 'chunk'
				? [
						{
							fileName: chunk.fileName,
							code: chunk.code,
							entry: chunk.isEntry ? chunk.name : null,
							imports: chunk.imports,
							gzip: gzipSync(chunk.code, { level: 9 }).byteLength
						}
					]
				: []
		);
	} finally {
		await bundle.close();
	}
}

/** Gzip bytes a page's entry costs on first load: the entry and every chunk it imports. */
export function firstLoadGzip(files: readonly EnhancementFile[], entry: string): number {
	const byName = new Map(files.map((f) => [f.fileName, f]));
	const seen = new Set<string>();
	const visit = (file: EnhancementFile | undefined): number => {
		if (!file || seen.has(file.fileName)) return 0;
		seen.add(file.fileName);
		return file.gzip + file.imports.reduce((n, name) => n + visit(byName.get(name)), 0);
	};
	return visit(files.find((f) => f.entry === entry));
}

/** Each entry over its budget, as a message; empty when every entry fits. */
export function overBudget(
	files: readonly EnhancementFile[],
	budgets: Readonly<Record<string, number>> = {}
): string[] {
	return files
		.filter((f) => f.entry !== null)
		.flatMap((f) => {
			const gzip = firstLoadGzip(files, f.entry!);
			const budget = budgets[f.entry!] ?? DEFAULT_BUDGET;
			return gzip > budget
				? [`enhancement "${f.entry}" is ${gzip} bytes gzip on first load, over its ${budget}`]
				: [];
		});
}
