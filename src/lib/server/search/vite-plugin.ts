/**
 * The build step of search: a Vite plugin that builds the index from claims/ and writes it to one
 * file, which the app imports as `virtual:search-index.json?url` (the browser's content-hashed
 * asset) and `?raw` (the same text, bundled into the server). It imports no app module itself:
 * generate.ts is loaded through Vite's module runner when an index is needed, so loading
 * vite.config.ts stays cheap.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/** The id the app imports the index by, with `?url` or `?raw`. */
export const SEARCH_INDEX_ID = 'virtual:search-index.json';
/** Where the index is written, relative to the project root (.svelte-kit is generated output). */
export const SEARCH_INDEX_FILE = '.svelte-kit/search/search-index.json';
/** Its sizes, measured when it is written: `{ bytes, gzip }`, imported with `?raw`. */
const SEARCH_SIZE_ID = 'virtual:search-index-size.json';
const SEARCH_SIZE_FILE = '.svelte-kit/search/search-index-size.json';
const GENERATOR = 'src/lib/server/search/generate.ts';

const log = (message: string) => console.log(`\x1b[2m${message}\x1b[0m`);
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

/** Writes the index file when its content changed; strict: a corpus with errors fails the build. */
async function writeIndex(root: string, strict: boolean): Promise<boolean> {
	try {
		type Generator = typeof import('./generate');
		const { module } = await runnerImport<Generator>(join(root, GENERATOR), {
			root,
			logLevel: 'error'
		});
		const { text, pairs, indexed, gzip } = module.generateSearchIndex(root);
		const file = join(root, SEARCH_INDEX_FILE);
		const size = JSON.stringify({ bytes: text.length, gzip });
		for (const [path, content] of [
			[file, text],
			[join(root, SEARCH_SIZE_FILE), size]
		]) {
			if (existsSync(path) && readFileSync(path, 'utf8') === content) continue;
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, content);
		}
		log(
			`search index: ${pairs} pairs, ${kib(text.length)} (${kib(gzip)} gzip), ` +
				`${(text.length / indexed).toFixed(2)}× the ${kib(indexed)} of text it indexes`
		);
		return true;
	} catch (error) {
		if (strict) throw error;
		log(`search index not rebuilt: ${(error as Error).message}`);
		return false;
	}
}

/** Builds the index at the start of a build, on first import in dev and tests, and on edits. */
export function searchIndexPlugin(): Plugin {
	let root = process.cwd();
	let strict = false;
	let ready: Promise<boolean> | undefined;
	const ensure = () =>
		(ready ??= writeIndex(root, strict).then((ok) => ok || ((ready = undefined), false)));
	return {
		name: 'ice-debate-search-index',
		configResolved(config) {
			root = config.root;
			strict = config.command === 'build';
		},
		async buildStart() {
			// A build always writes a fresh index (and fails on a corpus with errors).
			if (!strict) return;
			ready = undefined;
			await ensure();
		},
		async resolveId(id) {
			for (const [virtual, file] of [
				[SEARCH_INDEX_ID, SEARCH_INDEX_FILE],
				[SEARCH_SIZE_ID, SEARCH_SIZE_FILE]
			]) {
				if (!id.startsWith(virtual)) continue;
				await ensure();
				return join(root, file) + id.slice(virtual.length);
			}
			return null;
		},
		configureServer(server) {
			const rebuild = async (file: string) => {
				if (!relative(root, file).split(sep).join('/').startsWith('claims/')) return;
				if (!(await writeIndex(root, false))) return;
				for (const file of [SEARCH_INDEX_FILE, SEARCH_SIZE_FILE]) {
					for (const mod of server.moduleGraph.getModulesByFile(join(root, file)) ?? []) {
						server.moduleGraph.invalidateModule(mod);
					}
				}
			};
			for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, rebuild);
		}
	};
}
