/** Editor accounts (scrypt-hashed passphrases) and their sessions, both in the database. */
import { createHash, randomBytes, randomUUID, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

type K = Kysely<Database>;
const scryptAsync = promisify(scrypt) as (
	pass: string,
	salt: Buffer,
	len: number,
	opts: { N: number; r: number; p: number; maxmem: number }
) => Promise<Buffer>;

/** scrypt parameters (OWASP's minimum is N=2^17, r=8, p=1). Stored with each hash. */
const PARAMS = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LEN = 32;
export const SESSION_DAYS = 7;
export const MIN_PASSPHRASE = 12;

export async function hashPassphrase(passphrase: string, params = PARAMS) {
	const salt = randomBytes(16);
	const key = await scryptAsync(passphrase, salt, KEY_LEN, {
		...params,
		maxmem: 256 * 1024 * 1024
	});
	return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassphrase(passphrase: string, stored: string) {
	const [scheme, N, r, p, salt, key] = stored.split('$');
	if (scheme !== 'scrypt' || !key) return false;
	const expected = Buffer.from(key, 'base64');
	const actual = await scryptAsync(passphrase, Buffer.from(salt, 'base64'), expected.length, {
		N: Number(N),
		r: Number(r),
		p: Number(p),
		maxmem: 256 * 1024 * 1024
	});
	return timingSafeEqual(actual, expected);
}

/** Creates an account; `params` lets tests hash cheaply (the parameters are stored with the hash). */
export async function addEditor(db: K, name: string, passphrase: string, params = PARAMS) {
	if (!/^[a-z0-9][a-z0-9._-]{1,31}$/i.test(name)) {
		throw new Error('An editor name is 2–32 letters, digits, dots, dashes or underscores.');
	}
	if (passphrase.length < MIN_PASSPHRASE) {
		throw new Error(`A passphrase has at least ${MIN_PASSPHRASE} characters.`);
	}
	const id = randomUUID();
	await db
		.insertInto('editors')
		.values({
			id,
			name,
			pass_hash: await hashPassphrase(passphrase, params),
			created_at: new Date().toISOString()
		})
		.execute();
	return id;
}

// A hash to compare against when the name is unknown, so that both cases take as long.
const DUMMY = hashPassphrase(randomBytes(16).toString('hex'));

/** The editor's id when name and passphrase match, else null. */
export async function checkLogin(db: K, name: string, passphrase: string) {
	const editor = await db
		.selectFrom('editors')
		.select(['id', 'pass_hash'])
		.where('name', '=', name)
		.executeTakeFirst();
	const ok = await verifyPassphrase(passphrase, editor?.pass_hash ?? (await DUMMY));
	return ok && editor ? editor.id : null;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** A new session (a fresh random token at every login); the cookie carries the token. */
export async function createSession(db: K, editorId: string, now = new Date()) {
	const token = randomBytes(32).toString('base64url');
	const expires = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
	await db
		.insertInto('sessions')
		.values({
			id: tokenHash(token),
			editor_id: editorId,
			created_at: now.toISOString(),
			expires_at: expires.toISOString()
		})
		.execute();
	return { token, expires };
}

/** The signed-in editor for a cookie's token, or null when unknown or expired. */
export async function sessionEditor(db: K, token: string | undefined, now = new Date()) {
	if (!token) return null;
	const row = await db
		.selectFrom('sessions')
		.innerJoin('editors', 'editors.id', 'sessions.editor_id')
		.select(['editors.id', 'editors.name', 'sessions.expires_at'])
		.where('sessions.id', '=', tokenHash(token))
		.executeTakeFirst();
	if (!row || row.expires_at <= now.toISOString()) return null;
	return { id: row.id, name: row.name };
}

export async function endSession(db: K, token: string | undefined, now = new Date()) {
	if (token) await db.deleteFrom('sessions').where('id', '=', tokenHash(token)).execute();
	await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
}
