/**
 * Readers' emails forgotten on time: `purgeEmails` runs when the server starts and then every hour,
 * on a timer that never keeps the process alive. Each instance runs it; the update is idempotent,
 * so several instances sharing one PostgreSQL database do no harm.
 */
import type { Kysely } from 'kysely';
import { purgeEmails } from './reports';
import type { Database } from './schema';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

export function scheduleEmailPurge(
	open: () => Promise<Kysely<Database>>,
	{ everyMs = PURGE_EVERY_MS, log = console.error } = {}
) {
	// A database that is down is tried again at the next run; it never stops the server.
	const run = async () => {
		try {
			return await purgeEmails(await open());
		} catch (e) {
			log(`Email purge failed, next try in ${Math.round(everyMs / 60_000)} min: ${String(e)}`);
			return 0;
		}
	};
	const first = run();
	const timer = setInterval(run, everyMs);
	timer.unref();
	return { first, timer, stop: () => clearInterval(timer) };
}
