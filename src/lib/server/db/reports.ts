/** Reports: what readers send, what editors decide, and the audit trail of both. */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
	REPORT_ID,
	RESOLVED_STATUSES,
	type ReportKind,
	type ReportStatus
} from '../../corrections/labels';
import type { Database, Report } from './schema';

type K = Kysely<Database>;

/** A tracking id: 128 random bits, URL-safe (unguessable, so the tracking page needs no login). */
export const newReportId = () => randomBytes(16).toString('base64url');

/** How long a reader's email is kept after their report is resolved. */
export const EMAIL_RETENTION_DAYS = 90;

export interface ReportInput {
	target: string;
	kind: ReportKind;
	description: string;
	evidence: string[];
	email: string | null;
}

export async function createReport(db: K, input: ReportInput, now = new Date()) {
	const at = now.toISOString();
	const id = newReportId();
	await db.transaction().execute(async (tx) => {
		await tx
			.insertInto('reports')
			.values({
				id,
				target: input.target,
				kind: input.kind,
				description: input.description,
				evidence: JSON.stringify(input.evidence),
				email: input.email,
				status: 'received',
				public_note: null,
				private_note: null,
				duplicate_of: null,
				created_at: at,
				updated_at: at,
				resolved_at: null
			})
			.execute();
		await tx
			.insertInto('audit')
			.values({ report_id: id, editor_id: null, action: 'received', detail: '', at })
			.execute();
	});
	return id;
}

export async function getReport(db: K, id: string): Promise<Report | undefined> {
	if (!REPORT_ID.test(id)) return undefined;
	return db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
}

export const isResolved = (status: ReportStatus) =>
	(RESOLVED_STATUSES as readonly string[]).includes(status);

/** What anyone with the tracking address may see: the reader's text only once reviewed. */
export function publicView(r: Report) {
	const reviewed = r.status !== 'received';
	return {
		id: r.id,
		target: r.target,
		kind: r.kind,
		status: r.status,
		created: r.created_at,
		resolved: r.resolved_at,
		note: r.public_note,
		duplicateOf: r.duplicate_of,
		description: reviewed ? r.description : null,
		evidence: reviewed ? (JSON.parse(r.evidence) as string[]) : []
	};
}
export type PublicReport = ReturnType<typeof publicView>;

/** The public log: resolved reports, newest first. */
export async function listResolved(db: K, limit = 200) {
	const rows = await db
		.selectFrom('reports')
		.selectAll()
		.where('resolved_at', 'is not', null)
		.orderBy('resolved_at', 'desc')
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map(publicView);
}

/** Resolved reports about one target or its children (a pair's claims and findings). */
export async function listResolvedFor(db: K, targets: string[]) {
	if (targets.length === 0) return [];
	const rows = await db
		.selectFrom('reports')
		.selectAll()
		.where('resolved_at', 'is not', null)
		.where('target', 'in', targets)
		.orderBy('resolved_at', 'desc')
		.execute();
	return rows.map(publicView);
}

export interface QueueFilter {
	status?: ReportStatus | 'open';
	kind?: ReportKind;
	/** Only reports older than this many days. */
	olderThanDays?: number;
	/** Only reports about one of these targets (a topic's: `targetsOfTopic`). */
	targets?: string[];
}

/** The editors' queue, oldest first (the one waiting longest is answered first). */
export async function listQueue(db: K, filter: QueueFilter, now = new Date()) {
	if (filter.targets?.length === 0) return [];
	let q = db.selectFrom('reports').selectAll();
	if (filter.targets) q = q.where('target', 'in', filter.targets);
	if (filter.status === 'open') q = q.where('resolved_at', 'is', null);
	else if (filter.status) q = q.where('status', '=', filter.status);
	if (filter.kind) q = q.where('kind', '=', filter.kind);
	if (filter.olderThanDays !== undefined) {
		const before = new Date(now.getTime() - filter.olderThanDays * 86_400_000).toISOString();
		q = q.where('created_at', '<=', before);
	}
	return q.orderBy('created_at').orderBy('id').limit(500).execute();
}

export interface Decision {
	status: Exclude<ReportStatus, 'received'>;
	publicNote: string;
	privateNote: string;
	duplicateOf: string | null;
}

/** An editor's decision, with its audit entry, in one transaction. */
export async function decide(
	db: K,
	reportId: string,
	editorId: string,
	d: Decision,
	now = new Date()
) {
	const at = now.toISOString();
	return db.transaction().execute(async (tx) => {
		const before = await tx
			.selectFrom('reports')
			.select(['status'])
			.where('id', '=', reportId)
			.executeTakeFirst();
		if (!before) return false;
		await tx
			.updateTable('reports')
			.set({
				status: d.status,
				public_note: d.publicNote || null,
				private_note: d.privateNote || null,
				duplicate_of: d.status === 'duplicate' ? d.duplicateOf : null,
				updated_at: at,
				resolved_at: isResolved(d.status) ? at : null
			})
			.where('id', '=', reportId)
			.execute();
		await tx
			.insertInto('audit')
			.values({
				report_id: reportId,
				editor_id: editorId,
				action: `${before.status} → ${d.status}`,
				detail: d.publicNote,
				at
			})
			.execute();
		return true;
	});
}

export async function auditTrail(db: K, reportId: string) {
	return db
		.selectFrom('audit')
		.leftJoin('editors', 'editors.id', 'audit.editor_id')
		.select(['audit.id', 'audit.action', 'audit.detail', 'audit.at', 'editors.name as editor'])
		.where('audit.report_id', '=', reportId)
		.orderBy('audit.id')
		.execute();
}

/** Forgets readers' emails 90 days after their report was resolved. */
export async function purgeEmails(db: K, now = new Date()) {
	const before = new Date(now.getTime() - EMAIL_RETENTION_DAYS * 86_400_000).toISOString();
	const r = await db
		.updateTable('reports')
		.set({ email: null })
		.where('email', 'is not', null)
		.where('resolved_at', '<=', before)
		.executeTakeFirst();
	return Number(r.numUpdatedRows);
}
