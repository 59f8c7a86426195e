/** Editors' sign-in: the session cookie, the guard every editor page and action calls, login. */
import { error, fail, redirect, type Cookies, type RequestEvent } from '@sveltejs/kit';
import { database } from '../db/connect';
import { checkLogin, createSession, endSession, sessionEditor } from '../db/editors';
import { hit } from '../db/rate-limit';
import { LOGIN_LIMIT, clientId } from '../corrections/limits';

export const SESSION_COOKIE = 'editor_session';

const cookieOptions = (url: URL) => ({
	path: '/editor',
	httpOnly: true,
	sameSite: 'strict' as const,
	// Secure behind TLS (ORIGIN https://…); a plain-http localhost would never send it back.
	secure: url.protocol === 'https:'
});

/** The signed-in editor, or a redirect to the login page: no editor page or action without one. */
export async function requireEditor(event: Pick<RequestEvent, 'cookies' | 'url' | 'setHeaders'>) {
	event.setHeaders({ 'cache-control': 'no-store' });
	const db = (await database()).kysely;
	const editor = await sessionEditor(db, event.cookies.get(SESSION_COOKIE));
	if (!editor) redirect(303, '/editor/login');
	return { db, editor };
}

export async function login(event: RequestEvent) {
	const db = (await database()).kysely;
	const form = await event.request.formData();
	const name = String(form.get('name') ?? '').trim();
	const passphrase = String(form.get('passphrase') ?? '');
	const limited = await hit(db, LOGIN_LIMIT, clientId(event.getClientAddress()));
	if (!limited.ok) {
		event.setHeaders({ 'retry-after': String(limited.retryAfter) });
		error(429, 'Too many sign-in attempts from your address. Please wait and try again.');
	}
	const editorId = name && passphrase ? await checkLogin(db, name, passphrase) : null;
	if (!editorId) return fail(400, { name, message: 'That name and passphrase do not match.' });
	// A new session id at every login; any session the browser carried before is ended.
	await endSession(db, event.cookies.get(SESSION_COOKIE));
	const { token, expires } = await createSession(db, editorId);
	event.cookies.set(SESSION_COOKIE, token, { ...cookieOptions(event.url), expires });
	redirect(303, '/editor');
}

export async function logout(event: { cookies: Cookies; url: URL }) {
	await endSession((await database()).kysely, event.cookies.get(SESSION_COOKIE));
	event.cookies.delete(SESSION_COOKIE, cookieOptions(event.url));
	redirect(303, '/editor/login');
}
