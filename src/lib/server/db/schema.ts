/**
 * The tables, as Kysely sees them. The migrations in `migrations.ts` create exactly these columns;
 * `db.spec.ts` reads the live tables back and compares them with `COLUMNS` below, so the two
 * cannot drift apart. Dates are ISO 8601 text (UTC) on both engines: comparable as strings,
 * printable as they are, and the same type whichever driver reads them.
 */
import type { Generated, Insertable, Selectable } from 'kysely';
import type { ReportKind, ReportStatus } from '../../corrections/labels';

export interface ReportsTable {
	id: string;
	target: string;
	kind: ReportKind;
	description: string;
	/** JSON array of https URLs. */
	evidence: string;
	email: string | null;
	status: ReportStatus;
	public_note: string | null;
	private_note: string | null;
	duplicate_of: string | null;
	created_at: string;
	updated_at: string;
	resolved_at: string | null;
}

export interface EditorsTable {
	id: string;
	name: string;
	pass_hash: string;
	created_at: string;
}

export interface SessionsTable {
	/** SHA-256 of the cookie's token: a leaked table does not hand out sessions. */
	id: string;
	editor_id: string;
	created_at: string;
	expires_at: string;
}

export interface AuditTable {
	id: Generated<number>;
	report_id: string;
	editor_id: string | null;
	action: string;
	detail: string;
	at: string;
}

export interface RateLimitsTable {
	key: string;
	count: number;
	expires_at: string;
}

export interface Database {
	reports: ReportsTable;
	editors: EditorsTable;
	sessions: SessionsTable;
	audit: AuditTable;
	rate_limits: RateLimitsTable;
}

export type Report = Selectable<ReportsTable>;
export type NewReport = Insertable<ReportsTable>;
export type AuditEntry = Selectable<AuditTable>;

/** Column names per table, as the migrations create them (checked against the live schema). */
export const COLUMNS: { [T in keyof Database]: (keyof Database[T])[] } = {
	reports: [
		'id',
		'target',
		'kind',
		'description',
		'evidence',
		'email',
		'status',
		'public_note',
		'private_note',
		'duplicate_of',
		'created_at',
		'updated_at',
		'resolved_at'
	],
	editors: ['id', 'name', 'pass_hash', 'created_at'],
	sessions: ['id', 'editor_id', 'created_at', 'expires_at'],
	audit: ['id', 'report_id', 'editor_id', 'action', 'detail', 'at'],
	rate_limits: ['key', 'count', 'expires_at']
};
