/**
 * Fixed-window rate limits kept in the database, so that they hold across instances. The client is
 * known only by a salted hash of its address; the raw address is never stored.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface Limit {
	/** A name for what is limited: `report`, `login`. */
	bucket: string;
	max: number;
	windowSeconds: number;
}

export const hashClient = (address: string, salt: string) =>
	createHash('sha256').update(salt).update('\0').update(address).digest('base64url');

/**
 * Counts one attempt for `client`; answers whether it is allowed and, when not, how many seconds
 * until the window ends (the Retry-After).
 */
export async function hit(
	db: Kysely<Database>,
	limit: Limit,
	client: string,
	now = new Date()
): Promise<{ ok: true } | { ok: false; retryAfter: number }> {
	const windowMs = limit.windowSeconds * 1000;
	const start = Math.floor(now.getTime() / windowMs) * windowMs;
	const end = start + windowMs;
	const key = `${limit.bucket}:${start}:${client}`;
	const row = await db
		.insertInto('rate_limits')
		.values({ key, count: 1, expires_at: new Date(end).toISOString() })
		.onConflict((oc) =>
			oc.column('key').doUpdateSet((eb) => ({ count: eb('rate_limits.count', '+', 1) }))
		)
		.returning('count')
		.executeTakeFirstOrThrow();
	// Now and then, forget windows that have ended.
	if (row.count === 1 && Math.random() < 0.05) await sweep(db, now);
	if (row.count <= limit.max) return { ok: true };
	return { ok: false, retryAfter: Math.max(1, Math.ceil((end - now.getTime()) / 1000)) };
}

export async function sweep(db: Kysely<Database>, now = new Date()) {
	await db.deleteFrom('rate_limits').where('expires_at', '<', now.toISOString()).execute();
}
