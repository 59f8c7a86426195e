/**
 * Enhancement modules for pages rendered without Kit's client (`csr = false`): the server renders
 * the whole document, and a page's entry in `src/lib/enhance/pages/` attaches small behaviours to
 * that markup. This plugin bundles the entries (bundle.ts), writes them into the client output under
 * `_app/immutable/enhance/` (hashed names, served immutable), and gives the server their addresses
 * as `virtual:enhancements` (entry name → URL), which `Enhance.svelte` puts in the page's head.
 * In `vite dev` and in tests the addresses are the entries' source files, which Vite serves.
 */
import { relative, sep } from 'node:path';
import type { Plugin } from 'vite';
import { bundleEnhancements, findEntries, overBudget, type EnhancementFile } from './bundle';

/** The id the server imports the addresses by. */
export const ENHANCEMENTS_ID = 'virtual:enhancements';
const RESOLVED_ID = '\0' + ENHANCEMENTS_ID;

export interface EnhancementsOptions {
	/** Kit's `paths.base` ('' unless the site lives under a folder). */
	base?: string;
	/** Gzip first-load budgets by entry name (bundle.ts' DEFAULT_BUDGET for the others). */
	budgets?: Record<string, number>;
}

/** The addresses module: entry name → URL of its module. */
export function addressesModule(addresses: Record<string, string>): string {
	return `export default ${JSON.stringify(addresses)};`;
}

export function enhancementsPlugin(options: EnhancementsOptions = {}): Plugin {
	const base = options.base ?? '';
	let root = process.cwd();
	let command: 'build' | 'serve' = 'serve';
	let bundled: Promise<EnhancementFile[]> | undefined;
	// Bundled once per build: the server build and Kit's client build each get the same files.
	const bundle = () =>
		(bundled ??= bundleEnhancements(root).then((files) => {
			const problems = overBudget(files, options.budgets);
			if (problems.length) throw new Error(problems.join('\n'));
			return files;
		}));
	return {
		name: 'ice-debate-enhancements',
		configResolved(config) {
			root = config.root;
			command = config.command;
		},
		buildStart() {
			bundled = undefined;
		},
		resolveId(id) {
			return id === ENHANCEMENTS_ID ? RESOLVED_ID : null;
		},
		async load(id) {
			if (id !== RESOLVED_ID) return null;
			if (command === 'serve') {
				const entries = findEntries(root);
				const source = (file: string) => `${base}/${relative(root, file).split(sep).join('/')}`;
				return addressesModule(
					Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, source(file)]))
				);
			}
			const files = await bundle();
			return addressesModule(
				Object.fromEntries(
					files.flatMap((f) => (f.entry ? [[f.entry, `${base}/${f.fileName}`]] : []))
				)
			);
		},
		async generateBundle() {
			// The browser's files go with the client build (the server build only needs their names).
			if (command !== 'build' || this.environment.config.consumer !== 'client') return;
			for (const file of await bundle()) {
				this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code });
			}
		}
	};
}
