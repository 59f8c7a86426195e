/**
 * A Vite plugin for files generated from claims/ at build time (the search index, the prerendered
 * markdown): written under `.svelte-kit/` at the start of every build, on first import in dev and
 * tests, and again when a corpus file changes in dev; imported by the app through virtual ids
 * (`<id>?raw`, `<id>?url`). Its generator is loaded with Vite's module runner only when needed, so
 * loading vite.config.ts stays cheap. A build fails on a corpus with errors; dev logs and goes on.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

/** One generated file: the virtual id the app imports it by, and its path under the root. */
export interface Output {
	id: string;
	file: string;
}

export interface GeneratedOptions<M> {
	name: string;
	/** The generator module, relative to the root. */
	generator: string;
	outputs: Output[];
	/**
	 * Which builds import them (Vite's environment consumers): only those write them at their
	 * start (each environment has its own instance of the plugin, so another would render them
	 * again for nothing). Both when unset.
	 */
	consumers?: ('server' | 'client')[];
	/** The outputs' contents, in order, and a line for the log. */
	generate(module: M, root: string): { contents: string[]; message: string };
}

const log = (message: string) => console.log(`\x1b[2m${message}\x1b[0m`);

/** Writes each output whose content changed; strict: a corpus with errors throws. */
async function write<M>(options: GeneratedOptions<M>, root: string, strict: boolean) {
	try {
		const { module } = await runnerImport<M>(join(root, options.generator), {
			root,
			logLevel: 'error'
		});
		const { contents, message } = options.generate(module, root);
		options.outputs.forEach(({ file }, i) => {
			const path = join(root, file);
			if (existsSync(path) && readFileSync(path, 'utf8') === contents[i]) return;
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, contents[i]);
		});
		log(message);
		return true;
	} catch (error) {
		if (strict) throw error;
		log(`${options.name} not rebuilt: ${(error as Error).message}`);
		return false;
	}
}

export function generatedFromClaims<M>(options: GeneratedOptions<M>): Plugin {
	let root = process.cwd();
	let strict = false;
	let ready: Promise<boolean> | undefined;
	const ensure = () =>
		(ready ??= write(options, root, strict).then((ok) => ok || ((ready = undefined), false)));
	return {
		name: `ice-debate-${options.name}`,
		configResolved(config) {
			root = config.root;
			strict = config.command === 'build';
		},
		async buildStart() {
			// A build always writes fresh files (and fails on a corpus with errors).
			const consumer = this.environment.config.consumer;
			if (!strict || (options.consumers && !options.consumers.includes(consumer))) return;
			ready = undefined;
			await ensure();
		},
		async resolveId(id) {
			for (const { id: virtual, file } of options.outputs) {
				if (id !== virtual && !id.startsWith(`${virtual}?`)) continue;
				await ensure();
				return join(root, file) + id.slice(virtual.length);
			}
			return null;
		},
		configureServer(server) {
			const rebuild = async (file: string) => {
				if (!relative(root, file).split(sep).join('/').startsWith('claims/')) return;
				if (!(await write(options, root, false))) return;
				for (const { file } of options.outputs) {
					for (const mod of server.moduleGraph.getModulesByFile(join(root, file)) ?? []) {
						server.moduleGraph.invalidateModule(mod);
					}
				}
			};
			for (const event of ['add', 'change', 'unlink']) server.watcher.on(event, rebuild);
		}
	};
}
