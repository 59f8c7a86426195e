// The build's last step (run by the adapter in svelte.config.js, after adapter-node has written
// build/): bundles the server, src/lib/server/http/server.js, into build/index.js, and writes
// build/start.js, the same server with `npm start`'s defaults. The artifact is then build/ and the
// production dependencies, nothing else: `node build` and `npm start` run the same file.
import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER = 'src/lib/server/http/server.js';
const DEFAULTS = 'src/lib/server/http/start-defaults.js';

/**
 * The hooks module adapter-node wrote (server/chunks/entries/hooks.server.js-<hash>.js): the one
 * SvelteKit imports, so the server, importing it too, shares its page cache and readiness checks.
 * @param {string} out the build folder
 */
function hooksModule(out) {
	/** @param {string} dir @returns {string[]} */
	const find = (dir) =>
		readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
			entry.isDirectory()
				? find(join(dir, entry.name))
				: /^hooks\.server\b.*\.js$/.test(entry.name)
					? [join(dir, entry.name)]
					: []
		);
	const found = find(join(out, 'server'));
	if (found.length !== 1) {
		throw new Error(`Expected one hooks.server module in ${out}/server, found ${found.length}`);
	}
	return `./${relative(out, found[0]).split('\\').join('/')}`;
}

/**
 * The entry's imports of the build itself (`./handler.js`, `./server/…`, `./index.js`) stay imports,
 * resolved beside it at run time; so do the packages (production dependencies, from node_modules,
 * as adapter-node leaves them). The server's own modules are bundled.
 * @param {string} entry the entry's path as esbuild names it (its source file in ROOT)
 * @returns {import('esbuild').Plugin}
 */
const buildModules = (entry) => ({
	name: 'build-modules',
	setup(build) {
		build.onResolve({ filter: /^\.\// }, (args) =>
			args.importer === entry ? { path: args.path, external: true } : undefined
		);
	}
});

/**
 * Bundles one entry, given as source, into `out/file`.
 * @param {string} out
 * @param {string} file
 * @param {string} source
 */
async function bundle(out, file, source) {
	const { build } = await import('esbuild');
	await build({
		stdin: { contents: source, resolveDir: ROOT, sourcefile: file, loader: 'js' },
		outfile: join(out, file),
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		plugins: [buildModules(join(ROOT, file))],
		banner: { js: `// Built by scripts/bundle-server.js from src/lib/server/http/: do not edit.` },
		logLevel: 'warning'
	});
}

/** @param {string} out the build folder adapter-node wrote */
export async function bundleServer(out) {
	const hooks = hooksModule(out);
	// adapter-node's own entry (polka, no headers for static files, no /healthz) is replaced.
	rmSync(join(out, 'index.js.map'), { force: true });
	await bundle(
		out,
		'index.js',
		[
			`import { serve } from ${JSON.stringify(join(ROOT, SERVER))};`,
			'serve({',
			"\tbuild: new URL('./', import.meta.url),",
			'\tloadApp: async () => ({',
			"\t\thandler: (await import('./handler.js')).handler,",
			`\t\thooks: await import('${hooks}')`,
			'\t})',
			'});'
		].join('\n')
	);
	// Environment first, then the server, which reads it (a static import would run before).
	await bundle(
		out,
		'start.js',
		[
			`import { startDefaults } from ${JSON.stringify(join(ROOT, DEFAULTS))};`,
			'startDefaults(process.env);',
			"await import('./index.js');"
		].join('\n')
	);
}
