// `npm test`: every check and test, in the order that fails fastest, then one closing line
// "N passed, N failed" summing the unit and browser tests (the line CI reads).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { startThrowawayPostgres } from './throwaway-postgres.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
mkdirSync('test-results', { recursive: true });

function run(label, command, args, env = {}) {
	console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
	console.log(
		`◀ ${label}: exit ${result.status} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	return result.status === 0;
}

/**
 * Several commands side by side (each check is single-threaded, and CI has two cores), each one's
 * output printed whole when it ends, so the log reads as if they had run one after another.
 */
async function runTogether(jobs) {
	const results = await Promise.all(
		jobs.map(
			([label, command, args]) =>
				new Promise((resolve) => {
					const started = Date.now();
					const child = spawn(command, args, { env: process.env });
					let output = '';
					child.stdout.on('data', (chunk) => (output += chunk));
					child.stderr.on('data', (chunk) => (output += chunk));
					child.on('close', (status) => {
						const seconds = ((Date.now() - started) / 1000).toFixed(1);
						console.log(`\n▶ ${label}: ${command} ${args.join(' ')}\n${output.trimEnd()}`);
						console.log(`◀ ${label}: exit ${status} in ${seconds} s`);
						resolve(status === 0);
					});
				})
		)
	);
	return results.every(Boolean);
}

// What the browser tests need from Debian: Chromium, and a Java runtime for the HTML checker
// (vnu-jar). Installed when missing and running as root (CI, a fresh machine); otherwise named.
function ensureSystemPackages() {
	const missing = [];
	if (!existsSync(CHROMIUM)) missing.push('chromium');
	if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status !== 0)
		missing.push('default-jre-headless');
	if (missing.length === 0) return true;
	if (process.getuid?.() !== 0) {
		console.error(
			`Missing ${missing.join(' and ')}: install with apt-get install ${missing.join(' ')}.`
		);
		return false;
	}
	return (
		run('apt-get update', 'apt-get', ['update', '-qq']) &&
		run(`install ${missing.join(', ')}`, 'apt-get', ['install', '-y', '-qq', ...missing], {
			DEBIAN_FRONTEND: 'noninteractive'
		})
	);
}

function readCounts(file, pick) {
	try {
		return pick(JSON.parse(readFileSync(file, 'utf8')));
	} catch {
		return { passed: 0, failed: 1 };
	}
}

// `npm run check`, its parts side by side (svelte-kit sync first: the types check reads its output).
let ok =
	run('svelte-kit sync', 'npx', ['svelte-kit', 'sync']) &&
	(await runTogether(
		['check:types', 'lint:format', 'lint:code', 'check:claims'].map((script) => [
			script,
			'npm',
			['run', '-s', script]
		])
	));
// The storage tests run on SQLite always, and on PostgreSQL too when a server is at hand; so do
// the corrections browser tests (a second server on it, E2E_DATABASE_URL). Stopped at the end.
let postgres = null;
if (!process.env.TEST_DATABASE_URL) {
	try {
		postgres = startThrowawayPostgres();
		if (!postgres)
			console.log('PostgreSQL is not installed: storage and corrections tests run on SQLite only.');
	} catch (e) {
		console.error(
			`No throwaway PostgreSQL (${e.message}); storage and corrections tests run on SQLite only.`
		);
	}
}
process.on('exit', () => postgres?.stop());
ok =
	run(
		'unit tests',
		'npx',
		[
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			'--outputFile=test-results/unit.json'
		],
		postgres ? { TEST_DATABASE_URL: postgres.url } : {}
	) && ok;
const unit = readCounts('test-results/unit.json', (r) => ({
	passed: r.numPassedTests,
	failed: r.numFailedTests + (r.success ? 0 : r.numFailedTests ? 0 : 1)
}));

let e2e = { passed: 0, failed: 1 };
// The build without `npm run build`'s own corpus check, which the checks above ran.
if (run('build', 'npx', ['vite', 'build']) && ensureSystemPackages()) {
	const pgEnv = postgres ? { E2E_DATABASE_URL: postgres.e2eUrl } : {};
	ok = run('browser tests', 'npx', ['playwright', 'test'], pgEnv) && ok;
	e2e = readCounts('test-results/e2e.json', (r) => ({
		passed: r.stats.expected + r.stats.flaky,
		failed: r.stats.unexpected
	}));
	// Durability: reports confirmed before a SIGKILL are all there after the restart.
	const crash = run('crash test', 'npx', ['tsx', 'scripts/crash-test.ts']);
	e2e = { passed: e2e.passed + (crash ? 1 : 0), failed: e2e.failed + (crash ? 0 : 1) };
	ok = crash && ok;
} else ok = false;

const passed = unit.passed + e2e.passed;
const failed = unit.failed + e2e.failed;
console.log(
	`\nunit ${unit.passed} passed, ${unit.failed} failed; browser ${e2e.passed} passed, ${e2e.failed} failed`
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
