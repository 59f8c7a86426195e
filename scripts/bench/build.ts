/** Builds the app when build/ is missing or older than the code and corpus it was built from. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { progress } from './processes';

/** What a build depends on: a change to any of these makes build/ stale. */
const BUILD_INPUTS = ['src', 'claims', 'svelte.config.js', 'vite.config.ts'];
const BUILD_OUTPUT = 'build/handler.js';

/** The newest modification time (ms) of a file, or of any file below a folder. */
export function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
	return newest;
}

/** Runs `npm run build` unless build/ is newer than every build input; throws if the build fails. */
export function ensureBuild(root = process.cwd()): 'fresh' | 'built' {
	const output = join(root, BUILD_OUTPUT);
	const inputs = Math.max(...BUILD_INPUTS.map((p) => newestMtime(join(root, p))));
	if (existsSync(output) && statSync(output).mtimeMs >= inputs) return 'fresh';
	progress('build/ is missing or older than src/ and claims/: npm run build');
	// The build's own output goes to stderr with the progress, keeping stdout for the table.
	const result = spawnSync('npm', ['run', '-s', 'build'], {
		cwd: root,
		stdio: ['ignore', process.stderr, process.stderr]
	});
	if (result.status !== 0) throw new Error(`npm run build failed (exit ${result.status})`);
	return 'built';
}
