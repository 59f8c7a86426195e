/**
 * Versioned migrations, run by Kysely's Migrator on both engines. They live in code, not in a
 * folder read at run time, because Vite bundles the server: a provider that returns this record
 * works the same in the build, under Vitest and from the CLI scripts. Never edit a migration that
 * has shipped; add the next one.
 */
import { PostgresAdapter, type Kysely, type Migration, type MigrationProvider } from 'kysely';

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export const migrations: Record<string, Migration> = {
	'0001_corrections': {
		async up(db) {
			await db.schema
				.createTable('reports')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('target', 'text', (c) => c.notNull())
				.addColumn('kind', 'text', (c) => c.notNull())
				.addColumn('description', 'text', (c) => c.notNull())
				.addColumn('evidence', 'text', (c) => c.notNull())
				.addColumn('email', 'text')
				.addColumn('status', 'text', (c) => c.notNull())
				.addColumn('public_note', 'text')
				.addColumn('private_note', 'text')
				.addColumn('duplicate_of', 'text', (c) => c.references('reports.id'))
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('updated_at', 'text', (c) => c.notNull())
				.addColumn('resolved_at', 'text')
				.execute();
			await db.schema.createIndex('reports_status').on('reports').column('status').execute();
			await db.schema.createIndex('reports_resolved').on('reports').column('resolved_at').execute();
			await db.schema.createIndex('reports_target').on('reports').column('target').execute();

			await db.schema
				.createTable('editors')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('name', 'text', (c) => c.notNull().unique())
				.addColumn('pass_hash', 'text', (c) => c.notNull())
				.addColumn('created_at', 'text', (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('sessions')
				.addColumn('id', 'text', (c) => c.primaryKey())
				.addColumn('editor_id', 'text', (c) =>
					c.notNull().references('editors.id').onDelete('cascade')
				)
				.addColumn('created_at', 'text', (c) => c.notNull())
				.addColumn('expires_at', 'text', (c) => c.notNull())
				.execute();

			await db.schema
				.createTable('audit')
				// An increasing id orders entries written in the same millisecond.
				.addColumn('id', isPostgres(db) ? 'serial' : 'integer', (c) =>
					isPostgres(db) ? c.primaryKey() : c.primaryKey().autoIncrement()
				)
				.addColumn('report_id', 'text', (c) => c.notNull().references('reports.id'))
				.addColumn('editor_id', 'text', (c) => c.references('editors.id'))
				.addColumn('action', 'text', (c) => c.notNull())
				.addColumn('detail', 'text', (c) => c.notNull())
				.addColumn('at', 'text', (c) => c.notNull())
				.execute();
			await db.schema.createIndex('audit_report').on('audit').column('report_id').execute();

			await db.schema
				.createTable('rate_limits')
				.addColumn('key', 'text', (c) => c.primaryKey())
				.addColumn('count', 'integer', (c) => c.notNull())
				.addColumn('expires_at', 'text', (c) => c.notNull())
				.execute();
		},
		async down(db) {
			for (const table of ['rate_limits', 'audit', 'sessions', 'editors', 'reports']) {
				await db.schema.dropTable(table).execute();
			}
		}
	}
};

export const provider: MigrationProvider = { getMigrations: async () => migrations };
