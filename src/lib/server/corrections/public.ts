/** Reports as the public sees them, each with the words and link of what it is about. */
import { corpus } from '../corpus/corpus';
import { database } from '../db/connect';
import { getReport, listResolved, publicView, type PublicReport } from '../db/reports';
import { resolveTarget } from './targets';

const withTarget = (r: PublicReport) => ({
	...r,
	about: resolveTarget(corpus, r.target) ?? { id: r.target, label: r.target, href: '' }
});

export async function trackedReport(id: string) {
	const row = await getReport((await database()).kysely, id);
	return row ? withTarget(publicView(row)) : null;
}

export async function correctionsLog() {
	return (await listResolved((await database()).kysely)).map(withTarget);
}
export type LoggedReport = Awaited<ReturnType<typeof correctionsLog>>[number];
