import type { Handle, HandleServerError, ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { building, dev } from '$app/environment';
import { env } from '$env/dynamic/private';
import { BASE_HEADERS, cspForPath, fallbackCsp, hstsFor } from '$lib/server/http/headers.js';
import { originProblem } from '$lib/server/http/origin';
import {
	cacheKey,
	cachedResponse,
	conditionsOf,
	encodeEntry,
	isCacheable,
	beginRender,
	isRead,
	renderUnderWay,
	storeResponse,
	toResponse,
	type Conditions
} from '$lib/server/http/page-cache';
import { RenderBudget, budgetConfig, tooManyRenders } from '$lib/server/http/render-budget';
import { RenderQueue, renderConcurrency } from '$lib/server/http/render-queue';

const renderConfig = building ? null : budgetConfig(env);
const renderBudget = renderConfig && new RenderBudget(renderConfig);
const renderQueue = new RenderQueue(renderConcurrency(env));

/**
 * The readiness checks `init` passed, or null before it has (they throw when one fails); and,
 * when the origin is known, whether today's citations have been compiled (false meanwhile).
 */
let checks: Record<string, boolean> | null = null;

/**
 * For the server (src/lib/server/http/server.js), which imports this module, the instance SvelteKit
 * runs, to answer /healthz: ready when every check is true.
 */
export const readiness = () => checks;

/**
 * Start-up: a production server without a trusted origin refuses to start (http/origin.ts), and
 * the corpus, search index and citation engine are loaded and tried before the server says it is
 * ready (readiness.ts; the server reports them on /healthz through `readiness`). Either failing
 * stops the start.
 * The citations' daily warm-up (cite/warm.ts) and the hourly purge of readers' emails
 * (db/purge.ts) start here too.
 */
export const init: ServerInit = async () => {
	if (building) return;
	const problem = dev ? null : originProblem(env);
	if (problem) throw new Error(`Not starting: ${problem}`);
	const { checkReadiness, warmCitationsDaily } = await import('$lib/server/readiness');
	const warming = warmCitationsDaily();
	checks = { ...checkReadiness(), ...(warming && { citationsCompiled: false }) };
	void warming?.then(() => (checks = { ...checks, citationsCompiled: true }));
	// Readers' emails are deleted 90 days after their report is resolved: checked now, then hourly.
	const [{ database }, { scheduleEmailPurge }] = await Promise.all([
		import('$lib/server/db/connect'),
		import('$lib/server/db/purge')
	]);
	scheduleEmailPurge(async () => (await database()).kysely);
};

/** Serves rendered pages from the page cache, and stores and compresses what it renders. */
const cacheAndCompress: Handle = async ({ event, resolve }) => {
	// Prerendering writes files (precompressed by the adapter) and may not read the query.
	if (building) return resolve(event);
	// The raw request URL, not event.url: SvelteKit normalises a page's data request
	// (/path/__data.json?x-sveltekit-invalidated=…) to the page's own URL, and the two must
	// never share an entry.
	const key = cacheKey(new URL(event.request.url));
	const conditions = conditionsOf(event.request.headers);
	const read = isRead(event.request.method);
	const hit = key && read ? cachedResponse(key) : undefined;
	if (hit) return toResponse(hit, conditions);
	// The same page being rendered for another request: its entry, once stored, serves this one.
	const underWay = key && read ? renderUnderWay(key) : undefined;
	if (underWay) {
		const entry = await underWay;
		if (entry) return toResponse(entry, conditions);
	}
	// A render: counted against the client's budget (render-budget.ts), by the time it takes.
	const client = renderBudget ? event.getClientAddress() : '';
	const wait = renderBudget?.take(client) ?? 0;
	if (wait > 0) return tooManyRenders(wait);
	const end = key && read && !renderUnderWay(key) ? beginRender(key) : null;
	// Renders take turns (render-queue.ts); a request made by a render (event.fetch) is part of
	// its turn, and would wait for itself.
	const leave = event.isSubRequest ? null : await renderQueue.enter();
	const started = performance.now();
	try {
		const response = await resolve(event);
		const type = response.headers.get('content-type') ?? '';
		if (isCacheable(event.request, response)) {
			const entry = await storeResponse(key, response);
			end?.(entry);
			return toResponse(entry, conditions);
		}
		end?.(null);
		// Not cacheable but still worth compressing (a 404 page, an API error).
		if (/^(text\/html|application\/json)/.test(type) && !response.headers.has('content-encoding')) {
			return toResponse(await storeResponse(null, response), { ...conditions, ifNoneMatch: null });
		}
		return response;
	} finally {
		// A render that failed: those waiting render the page themselves.
		end?.(null);
		leave?.();
		if (!event.isSubRequest) renderBudget?.charge(client, performance.now() - started);
	}
};

/** Every response SvelteKit renders carries the security headers; the embed route may be framed. */
const securityHeaders: Handle = async ({ event, resolve }) => {
	let response = await resolve(event);
	const path = event.url.pathname;
	const csp = response.headers.get('content-security-policy');
	try {
		applyHeaders(response.headers, path, csp);
	} catch {
		// Headers of some responses (fetch results) are immutable: set them on a copy.
		response = new Response(response.body, response);
		applyHeaders(response.headers, path, csp);
	}
	return response;
};

function applyHeaders(headers: Headers, path: string, csp: string | null) {
	for (const [name, value] of Object.entries({ ...BASE_HEADERS, ...hstsFor(env.ORIGIN) })) {
		if (!headers.has(name)) headers.set(name, value);
	}
	// HTML says its charset in its content type, not only in a meta tag. (Not while prerendering:
	// SvelteKit saves a page as .html only when its type is exactly text/html.)
	if (!building && headers.get('content-type') === 'text/html') {
		headers.set('content-type', 'text/html; charset=utf-8');
	}
	headers.set('content-security-policy', csp ? cspForPath(csp, path) : fallbackCsp(path));
}

// Headers are set on the way out of the cache too: the cache stores bodies with their headers.
export const handle = sequence(securityHeaders, cacheAndCompress);

/**
 * A cache hit for a GET or HEAD of `url` (a request target, as Node's `req.url` gives it), encoded
 * for the request's conditions (Accept-Encoding, If-None-Match) and with the security headers, or
 * undefined. The server (src/lib/server/http/server.js) imports this module, the instance SvelteKit
 * runs, and calls it before SvelteKit: a hit then costs a lookup and one write instead of a
 * Request, a Response and a stream, which under load was most of the garbage the server made.
 * Same cache, same key, same bytes and same headers as a hit served by `handle`.
 */
export function cachedPage(url: string, conditions: Conditions) {
	let parsed: URL;
	try {
		// Joined as adapter-node joins its origin and the target, so the keys are the same.
		parsed = new URL(`http://localhost${url}`);
	} catch {
		return undefined;
	}
	const key = cacheKey(parsed);
	const hit = key ? cachedResponse(key) : undefined;
	if (!hit) return undefined;
	const { status, headers, body } = encodeEntry(hit, conditions);
	applyHeaders(headers, parsed.pathname, headers.get('content-security-policy'));
	return { status, headers: [...headers], body };
}

/** Unexpected errors: logged on the server, a plain message for the reader, never a stack trace. */
export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status >= 500) console.error(`${event.request.method} ${event.url.pathname}:`, error);
	return {
		message: status === 404 ? 'Not found.' : 'Something went wrong on our side. Please try again.'
	};
};
