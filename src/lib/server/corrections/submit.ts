/** A reader's report, from the POSTed form to the tracking page. */
import { error, fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { corpus } from '../corpus/corpus';
import { database } from '../db/connect';
import { hit } from '../db/rate-limit';
import { createReport } from '../db/reports';
import { readLimitedForm, readReportForm } from './form';
import { MAX_BODY, REPORT_LIMIT, clientId } from './limits';
import { resolveTarget } from './targets';

/** Pages that read the database are never cached, by the page cache or anyone else. */
export const NO_STORE = { 'cache-control': 'no-store' };

export async function submitReport(event: RequestEvent) {
	const form = await readLimitedForm(event.request, MAX_BODY);
	if (!form) error(413, `A report is at most ${MAX_BODY / 1024} kB.`);
	const db = (await database()).kysely;
	const limited = await hit(db, REPORT_LIMIT, clientId(event.getClientAddress()));
	if (!limited.ok) {
		event.setHeaders({ 'retry-after': String(limited.retryAfter) });
		const minutes = Math.ceil(limited.retryAfter / 60);
		error(429, `Too many reports from your address. Please try again in ${minutes} minutes.`);
	}
	const read = readReportForm(form);
	// A bot that filled the hidden field is told nothing different, and nothing is stored.
	if (read.bot) redirect(303, '/corrections');
	const target = resolveTarget(corpus, read.values.target);
	const errors = read.ok ? {} : { ...read.errors };
	if (!target)
		errors.target = `There is nothing here with the id “${read.values.target.slice(0, 60)}”.`;
	if (!read.ok || !target) return fail(400, { values: read.values, errors });
	const id = await createReport(db, read.report);
	redirect(303, `/corrections/${id}?sent`);
}
