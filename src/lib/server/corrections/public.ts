/** Reports as the public sees them, each with the words and link of what it is about. */
import { corpus } from '../corpus/corpus';
import { database } from '../db/connect';
import {
	getReport,
	listResolved,
	listResolvedFor,
	publicView,
	type PublicReport
} from '../db/reports';
import { resolvingEntry } from './log';
import { resolveTarget } from './targets';

const withTarget = (r: PublicReport) => ({
	...r,
	about: resolveTarget(corpus, r.target) ?? { id: r.target, label: r.target, href: '' }
});

export async function trackedReport(id: string) {
	const row = await getReport((await database()).kysely, id);
	// The pair revision that answered it, when a history entry names it (`resolves`).
	return row ? { ...withTarget(publicView(row)), answeredBy: resolvingEntry(corpus, id) } : null;
}

/** The public log: every resolved report, or those about `targets` only. */
export async function correctionsLog(targets?: string[]) {
	const db = (await database()).kysely;
	const rows = targets ? await listResolvedFor(db, targets) : await listResolved(db);
	return rows.map(withTarget);
}
export type LoggedReport = Awaited<ReturnType<typeof correctionsLog>>[number];
