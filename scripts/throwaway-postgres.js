// A throwaway PostgreSQL cluster for the test run: Debian's postgresql binaries, a temporary data
// folder, a Unix socket only (no TCP port to collide with), no fsync. Returns null when PostgreSQL
// is not installed, so `npm test` still runs everything else.
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = '/usr/lib/postgresql';

function binDir() {
	if (!existsSync(ROOT)) return null;
	const versions = readdirSync(ROOT)
		.filter((v) => existsSync(join(ROOT, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(ROOT, versions[0], 'bin') : null;
}

/** @returns {{ url: string, e2eUrl: string, stop: () => void } | null} */
export function startThrowawayPostgres() {
	const bin = binDir();
	if (!bin) return null;
	const dir = mkdtempSync(join(tmpdir(), 'ice-pg-'));
	const data = join(dir, 'data');
	// PostgreSQL refuses to run as root: as root, run it as Debian's postgres user.
	const asRoot = process.getuid?.() === 0;
	if (asRoot) {
		const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout);
		const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout);
		chownSync(dir, uid, gid);
		chmodSync(dir, 0o755);
	}
	const as = (command, args) => {
		const [cmd, argv] = asRoot
			? ['runuser', ['-u', 'postgres', '--', join(bin, command), ...args]]
			: [join(bin, command), args];
		const r = spawnSync(cmd, argv, { encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr || r.stdout}`);
	};
	as('initdb', ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
	const port = '5432';
	const options = `-k ${dir} -p ${port} -c listen_addresses= -c fsync=off -c full_page_writes=off`;
	as('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
	// A second database for the browser tests' server, apart from the one the unit tests reset.
	as('createdb', ['-h', dir, '-p', port, '-U', 'postgres', 'e2e']);
	const urlOf = (db) =>
		`postgresql:///${db}?host=${encodeURIComponent(dir)}&port=${port}&user=postgres`;
	return {
		url: urlOf('postgres'),
		e2eUrl: urlOf('e2e'),
		stop() {
			try {
				as('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
			} finally {
				rmSync(dir, { recursive: true, force: true });
			}
		}
	};
}
