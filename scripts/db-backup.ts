// `npm run db:backup [-- <file>]`: a consistent copy of the corrections database while the server
// runs. SQLite: the online backup API (WAL readers are never blocked) into DATA_DIR/backups/.
// PostgreSQL: pg_dump's custom format. Restore: see README ("Corrections data").
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { configFromEnv, openSqlite } from '../src/lib/server/db/connect';

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const config = configFromEnv();
if (config.engine === 'sqlite') {
	const target =
		process.argv[2] ?? join(dirname(config.file), 'backups', `corrections-${stamp}.sqlite`);
	mkdirSync(dirname(target), { recursive: true });
	const db = openSqlite(config.file);
	await db.backup(target);
	db.close();
	console.log(`Backed up ${config.file} to ${target}`);
} else {
	const target = process.argv[2] ?? join('backups', `corrections-${stamp}.dump`);
	mkdirSync(dirname(target), { recursive: true });
	const r = spawnSync('pg_dump', ['--format=custom', `--file=${target}`, config.url], {
		stdio: 'inherit'
	});
	if (r.status !== 0) {
		console.error('pg_dump failed (is the postgresql-client package installed?)');
		process.exit(1);
	}
	console.log(`Backed up the PostgreSQL database to ${target}`);
}
