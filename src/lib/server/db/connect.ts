/**
 * The one module that knows where the data lives. SQLite in `DATA_DIR` (default `./data`) unless
 * `DATABASE_URL` names a PostgreSQL server; either way the same schema, migrated on open.
 */
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { provider } from './migrations';
import type { Database } from './schema';

export type DbConfig = { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };

export interface Db {
	engine: DbConfig['engine'];
	kysely: Kysely<Database>;
	close(): Promise<void>;
}

export const SQLITE_FILE = 'corrections.sqlite';

/** Where the data lives, from `DATABASE_URL` and `DATA_DIR`. */
export function configFromEnv(env: Record<string, string | undefined> = process.env): DbConfig {
	const url = env.DATABASE_URL?.trim();
	if (url) {
		if (!/^postgres(ql)?:\/\//.test(url)) {
			throw new Error('DATABASE_URL must start with postgres:// (unset it for the embedded store)');
		}
		return { engine: 'postgres', url };
	}
	return { engine: 'sqlite', file: join(resolve(env.DATA_DIR || 'data'), SQLITE_FILE) };
}

/** Opens the sqlite file durably: WAL (readers never block the writer) and a full sync per commit. */
export function openSqlite(file: string) {
	if (file !== ':memory:') mkdirSync(resolve(file, '..'), { recursive: true });
	const handle = new Sqlite(file);
	handle.pragma('journal_mode = WAL');
	// FULL: a commit is on disk (WAL and its fsync) before the confirmation page is sent.
	handle.pragma('synchronous = FULL');
	handle.pragma('foreign_keys = ON');
	handle.pragma('busy_timeout = 5000');
	return handle;
}

/** Connects and brings the schema to the latest migration. */
export async function openDatabase(config: DbConfig): Promise<Db> {
	const dialect =
		config.engine === 'sqlite'
			? new SqliteDialect({ database: openSqlite(config.file) })
			: new PostgresDialect({
					pool: new pg.Pool({ connectionString: config.url, max: 10 })
				});
	const kysely = new Kysely<Database>({ dialect });
	await migrate(kysely);
	return { engine: config.engine, kysely, close: () => kysely.destroy() };
}

export async function migrate(kysely: Kysely<Database>) {
	const { error, results } = await new Migrator({ db: kysely, provider }).migrateToLatest();
	const failed = results?.find((r) => r.status === 'Error');
	if (error || failed) {
		throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
	}
}

let shared: Promise<Db> | undefined;

/** The app's database, opened on first use (pages that do not touch it never open it). */
export function database(): Promise<Db> {
	shared ??= openDatabase(configFromEnv()).catch((e) => {
		shared = undefined;
		throw e;
	});
	return shared;
}
