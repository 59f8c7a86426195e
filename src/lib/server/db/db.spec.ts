// The storage layer against SQLite always, and against PostgreSQL when TEST_DATABASE_URL is set
// (`npm test` starts a throwaway cluster for it when Debian's postgresql is installed).
import { sql } from 'kysely';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDatabase, type Db, type DbConfig } from './connect';
import {
	addEditor,
	checkLogin,
	createSession,
	endSession,
	hashPassphrase,
	sessionEditor,
	verifyPassphrase
} from './editors';
import { scheduleEmailPurge } from './purge';
import { hit } from './rate-limit';
import {
	auditTrail,
	createReport,
	decide,
	getReport,
	listQueue,
	listResolved,
	listResolvedFor,
	publicView,
	purgeEmails
} from './reports';
import { COLUMNS } from './schema';

// Cheap scrypt parameters for the tests' accounts (verification reads them from the hash).
const FAST = { N: 1024, r: 8, p: 1 };
const dir = mkdtempSync(join(tmpdir(), 'ice-db-'));
const engines: [string, DbConfig][] = [
	['sqlite', { engine: 'sqlite', file: join(dir, 'test.sqlite') }]
];
if (process.env.TEST_DATABASE_URL) {
	engines.push(['postgres', { engine: 'postgres', url: process.env.TEST_DATABASE_URL }]);
}
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = {
	target: 'EM-01-C',
	kind: 'factual' as const,
	description: `Robert'); DROP TABLE reports;-- <script>alert(1)</script>`,
	evidence: ['https://example.org/a'],
	email: 'reader@example.org'
};

describe.each(engines)('storage on %s', { timeout: 30_000 }, (engine, config) => {
	let db: Db;
	beforeAll(async () => {
		if (engine === 'postgres') {
			// A clean schema each run: the same server may have served the previous one.
			const fresh = await openDatabase(config);
			await sql`drop schema public cascade`.execute(fresh.kysely);
			await sql`create schema public`.execute(fresh.kysely);
			await fresh.close();
		}
		db = await openDatabase(config);
		return () => db.close();
	});

	it('creates the tables with exactly the columns the types name', async () => {
		const tables = await db.kysely.introspection.getTables();
		for (const [name, columns] of Object.entries(COLUMNS)) {
			const table = tables.find((t) => t.name === name);
			expect(table?.columns.map((c) => c.name).sort(), name).toEqual([...columns].sort());
		}
	});

	it('stores a report as sent, SQL and markup included, and hides it until reviewed', async () => {
		const id = await createReport(db.kysely, input);
		expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
		const row = await getReport(db.kysely, id);
		expect(row).toMatchObject({ description: input.description, status: 'received' });
		const view = publicView(row!);
		expect(view.description).toBeNull();
		expect(view).not.toHaveProperty('email');
		expect(await getReport(db.kysely, 'not-an-id')).toBeUndefined();
	});

	it('records a decision with its audit entry and publishes it in the log', async () => {
		const editor = await addEditor(db.kysely, `ed${engine}`, 'correct horse battery', FAST);
		const id = await createReport(db.kysely, { ...input, target: 'EM-01-F1' });
		expect(
			await decide(db.kysely, id, editor, {
				status: 'corrected',
				publicNote: 'Fixed the date.',
				privateNote: 'checked the PDF',
				duplicateOf: null
			})
		).toBe(true);
		const log = await listResolved(db.kysely);
		const entry = log.find((r) => r.id === id);
		expect(entry).toMatchObject({ status: 'corrected', note: 'Fixed the date.' });
		expect(entry?.description).toBe(input.description);
		expect(JSON.stringify(log)).not.toContain('checked the PDF');
		expect((await listResolvedFor(db.kysely, ['EM-01-F1'])).map((r) => r.id)).toEqual([id]);
		const trail = await auditTrail(db.kysely, id);
		expect(trail.map((t) => [t.action, t.editor])).toEqual([
			['received', null],
			['received → corrected', `ed${engine}`]
		]);
		expect(
			await decide(db.kysely, 'missing', editor, {
				...entry!,
				status: 'declined',
				publicNote: '',
				privateNote: '',
				duplicateOf: null
			})
		).toBe(false);
	});

	it('filters the queue by status, kind, age and target (a topic)', async () => {
		const old = new Date('2020-01-01T00:00:00Z');
		const id = await createReport(db.kysely, { ...input, kind: 'outdated' }, old);
		const open = await listQueue(db.kysely, { status: 'open' });
		expect(open.every((r) => r.resolved_at === null)).toBe(true);
		expect(open.map((r) => r.id)).toContain(id);
		expect((await listQueue(db.kysely, { kind: 'outdated' })).map((r) => r.id)).toEqual([id]);
		expect((await listQueue(db.kysely, { olderThanDays: 365 })).map((r) => r.id)).toEqual([id]);
		expect((await listQueue(db.kysely, { status: 'corrected' })).length).toBe(1);
		const other = await createReport(db.kysely, { ...input, target: 'OT-01-R2' });
		const about = async (targets: string[]) =>
			(await listQueue(db.kysely, { targets })).map((r) => r.id);
		expect(await about(['OT-01', 'OT-01-R2'])).toEqual([other]);
		expect(await about(['OT-01'])).toEqual([]);
		expect(await about([])).toEqual([]);
		expect(await about(['EM-01-C'])).not.toContain(other);
	});

	it('forgets emails 90 days after resolution, not before', async () => {
		const editor = await addEditor(db.kysely, `purge${engine}`, 'correct horse battery', FAST);
		const id = await createReport(db.kysely, input);
		const resolved = new Date('2026-01-01T00:00:00Z');
		await decide(
			db.kysely,
			id,
			editor,
			{ status: 'declined', publicNote: '', privateNote: '', duplicateOf: null },
			resolved
		);
		await purgeEmails(db.kysely, new Date('2026-03-01T00:00:00Z'));
		expect((await getReport(db.kysely, id))?.email).toBe(input.email);
		await purgeEmails(db.kysely, new Date('2026-04-02T00:00:00Z'));
		expect((await getReport(db.kysely, id))?.email).toBeNull();
	});

	it('purges at start and then on its schedule, on a timer that lets the process exit', async () => {
		const editor = await addEditor(db.kysely, `sched${engine}`, 'correct horse battery', FAST);
		const resolvedLongAgo = async () => {
			const id = await createReport(db.kysely, input, new Date('2020-01-01T00:00:00Z'));
			const decision = {
				status: 'declined' as const,
				publicNote: '',
				privateNote: '',
				duplicateOf: null
			};
			await decide(db.kysely, id, editor, decision, new Date('2020-01-02T00:00:00Z'));
			return id;
		};
		const email = async (id: string) => (await getReport(db.kysely, id))?.email;
		const before = await resolvedLongAgo();
		const failures: string[] = [];
		const schedule = scheduleEmailPurge(async () => db.kysely, {
			everyMs: 50,
			log: (m) => failures.push(m)
		});
		try {
			expect(schedule.timer.hasRef()).toBe(false);
			expect(await schedule.first).toBeGreaterThanOrEqual(1);
			expect(await email(before)).toBeNull();
			const after = await resolvedLongAgo();
			expect(await email(after)).toBe(input.email);
			await vi.waitFor(async () => expect(await email(after)).toBeNull(), { timeout: 5000 });
			expect(failures).toEqual([]);
		} finally {
			schedule.stop();
		}
	});

	it('rate-limits per client and window, with the seconds left', async () => {
		const limit = { bucket: 'test', max: 2, windowSeconds: 60 };
		const at = new Date('2026-05-01T10:00:15Z');
		expect(await hit(db.kysely, limit, 'a', at)).toEqual({ ok: true });
		expect(await hit(db.kysely, limit, 'a', at)).toEqual({ ok: true });
		expect(await hit(db.kysely, limit, 'a', at)).toEqual({ ok: false, retryAfter: 45 });
		expect(await hit(db.kysely, limit, 'b', at)).toEqual({ ok: true });
		expect(await hit(db.kysely, limit, 'a', new Date('2026-05-01T10:01:00Z'))).toEqual({
			ok: true
		});
	});

	it('counts concurrent hits exactly', async () => {
		const limit = { bucket: 'burst', max: 10, windowSeconds: 60 };
		const results = await Promise.all(Array.from({ length: 25 }, () => hit(db.kysely, limit, 'c')));
		expect(results.filter((r) => r.ok).length).toBe(10);
	});

	it('checks logins and keeps sessions until expiry or logout', async () => {
		const editor = await addEditor(db.kysely, `login${engine}`, 'a long enough phrase', FAST);
		expect(await checkLogin(db.kysely, `login${engine}`, 'a long enough phrase')).toBe(editor);
		expect(await checkLogin(db.kysely, `login${engine}`, 'a wrong phrase here')).toBeNull();
		expect(await checkLogin(db.kysely, 'nobody', 'a long enough phrase')).toBeNull();
		const now = new Date();
		const a = await createSession(db.kysely, editor, now);
		const b = await createSession(db.kysely, editor, now);
		expect(a.token).not.toBe(b.token);
		expect(await sessionEditor(db.kysely, a.token, now)).toEqual({
			id: editor,
			name: `login${engine}`
		});
		expect(await sessionEditor(db.kysely, a.token, new Date(a.expires.getTime() + 1))).toBeNull();
		await endSession(db.kysely, a.token);
		expect(await sessionEditor(db.kysely, a.token, now)).toBeNull();
		expect(await sessionEditor(db.kysely, b.token, now)).not.toBeNull();
		await expect(addEditor(db.kysely, 'x', 'short')).rejects.toThrow(/name/);
	});
});

describe('passphrases', () => {
	it('hash with a salt and verify only the same phrase', async () => {
		const params = { N: 1024, r: 8, p: 1 };
		const a = await hashPassphrase('same phrase', params);
		expect(a).not.toBe(await hashPassphrase('same phrase', params));
		expect(await verifyPassphrase('same phrase', a)).toBe(true);
		expect(await verifyPassphrase('other phrase', a)).toBe(false);
		expect(await verifyPassphrase('same phrase', 'md5$abc')).toBe(false);
	});
});

describe('the email purge schedule', () => {
	it('logs a database that is down and keeps going', async () => {
		const failures: string[] = [];
		const schedule = scheduleEmailPurge(() => Promise.reject(new Error('no server')), {
			log: (m) => failures.push(m)
		});
		schedule.stop();
		expect(await schedule.first).toBe(0);
		expect(failures).toEqual(['Email purge failed, next try in 60 min: Error: no server']);
	});
});
