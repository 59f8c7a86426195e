import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pairIdsOnDisk } from './helpers';

// The artifact is build/ and the production dependencies: nothing in it may reach src/, scripts/,
// claims/ or a development dependency. Checked twice: every import in build/ statically, and the
// server run from a copy that holds only build/, package.json, package-lock.json and the
// production dependencies (copied, as `npm ci --omit=dev` would leave them).

const PACKAGE = JSON.parse(readFileSync('package.json', 'utf8'));
const PRODUCTION = new Set(Object.keys(PACKAGE.dependencies ?? {}));
const BUILTIN = new Set(builtinModules);

/** Every .js file under `dir`. */
function jsFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return jsFiles(path);
		return /\.(m?js|cjs)$/.test(entry.name) ? [path] : [];
	});
}

/**
 * The module specifiers a bundled file imports: static imports and exports, import(), require().
 * Comment lines are skipped (JSDoc types say `import('…')`), and so are computed specifiers.
 */
function specifiers(source: string): string[] {
	const code = source
		.split('\n')
		.filter((line) => !/^\s*(\*|\/\/|\/\*)/.test(line))
		.join('\n');
	const found = [
		...code.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm),
		...code.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
		...code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
		...code.matchAll(/\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)
	];
	return found.map((m) => m[1]).filter((specifier) => !specifier.includes('${'));
}

const packageName = (specifier: string) =>
	specifier
		.split('/')
		.slice(0, specifier.startsWith('@') ? 2 : 1)
		.join('/');

test('every import in build/ is the build itself, a Node built-in or a production dependency', () => {
	expect(existsSync('build/index.js'), 'build first').toBe(true);
	const build = resolve('build');
	const problems: string[] = [];
	let imports = 0;
	for (const file of jsFiles(build)) {
		for (const specifier of specifiers(readFileSync(file, 'utf8'))) {
			imports++;
			const where = `${relative('.', file)}: ${specifier}`;
			if (specifier.startsWith('.') || specifier.startsWith('/')) {
				const target = resolve(dirname(file), specifier);
				if (!target.startsWith(`${build}/`)) problems.push(`${where} (outside build/)`);
				else if (!existsSync(target)) problems.push(`${where} (missing)`);
			} else if (specifier.startsWith('node:') || BUILTIN.has(specifier)) {
				continue;
			} else if (!PRODUCTION.has(packageName(specifier))) {
				problems.push(`${where} (not a production dependency)`);
			}
		}
	}
	expect(problems).toEqual([]);
	// The check read the bundles' imports (not nothing): the server and the handler among them.
	expect(imports).toBeGreaterThan(100);
	expect(readFileSync('build/index.js', 'utf8')).toMatch(/import\(["']\.\/handler\.js["']\)/);
});

/**
 * A copy of the artifact in a fresh folder: build/, package.json, package-lock.json, and the
 * packages package-lock.json marks as production ones (not `dev`), copied from node_modules.
 */
function artifactCopy() {
	const dir = mkdtempSync(join(tmpdir(), 'ice-artifact-'));
	cpSync('build', join(dir, 'build'), { recursive: true });
	for (const file of ['package.json', 'package-lock.json']) cpSync(file, join(dir, file));
	const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
	const copied: string[] = [];
	for (const [path, entry] of Object.entries<{ dev?: boolean }>(lock.packages)) {
		// Top-level packages; a package's own nested node_modules comes with it.
		if (!path.startsWith('node_modules/') || entry.dev) continue;
		if (path.slice('node_modules/'.length).includes('node_modules/')) continue;
		// Optional packages for other platforms are not installed.
		if (!existsSync(path)) continue;
		cpSync(path, join(dir, path), { recursive: true });
		copied.push(path.slice('node_modules/'.length));
	}
	return { dir, copied };
}

const PORT = Number(process.env.E2E_ARTIFACT_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 20);

test('the artifact alone runs with the documented start command', async () => {
	test.setTimeout(180_000);
	const { dir, copied } = artifactCopy();
	try {
		// The copy really lacks the development dependencies and the sources.
		for (const absent of ['src', 'scripts', 'claims', 'node_modules/vite', 'node_modules/tsx']) {
			expect(existsSync(join(dir, absent)), absent).toBe(false);
		}
		expect(copied).toEqual(expect.arrayContaining([...PRODUCTION]));
		// `npm start`, as package.json says, without npm around it (its PID would not be the server's).
		const command: string = PACKAGE.scripts.start;
		expect(command).toMatch(/^node \S+$/);
		const started = performance.now();
		const server = spawn(process.execPath, command.split(' ').slice(1), {
			cwd: dir,
			env: {
				PATH: process.env.PATH,
				PORT: String(PORT),
				HOST: '127.0.0.1',
				DATA_DIR: join(dir, 'data')
			},
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		server.stdout.on('data', (d) => (output += String(d)));
		server.stderr.on('data', (d) => (output += String(d)));
		const exited = new Promise<number | null>((done) => server.on('exit', done));
		const orphan = () => server.kill('SIGKILL');
		process.once('exit', orphan);
		try {
			const url = `http://127.0.0.1:${PORT}`;
			const status = (path: string) =>
				fetch(`${url}${path}`)
					.then((r) => r.status)
					.catch(() => 0);
			await expect.poll(() => status('/healthz'), { timeout: 150_000, intervals: [50] }).toBe(200);
			const healthMs = performance.now() - started;
			const home = await fetch(`${url}/`);
			expect(home.status, output).toBe(200);
			const homeMs = performance.now() - started;
			expect(await home.text()).toContain('ICE Debate Explorer');
			// SvelteKit's pages, a prerendered page, a static file and the open data, with the headers.
			for (const path of [
				`/pairs/${pairIdsOnDisk()[0]}`,
				'/glossary',
				'/favicon.svg',
				'/sitemap.xml'
			]) {
				const response = await fetch(`${url}${path}`);
				expect(response.status, path).toBe(200);
				expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
			}
			const rss = readFileSync(`/proc/${server.pid}/status`, 'utf8').match(/VmRSS:\s+(\d+)/)?.[1];
			const figures =
				`start → /healthz 200 in ${Math.round(healthMs)} ms, → / 200 in ` +
				`${Math.round(homeMs)} ms, RSS ${Math.round(Number(rss) / 1024)} MB`;
			console.log(`artifact copy: ${figures}`);
			test.info().annotations.push({ type: 'artifact', description: figures });
		} finally {
			server.kill('SIGTERM');
			expect(await exited, output).toBe(0);
			process.off('exit', orphan);
		}
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
