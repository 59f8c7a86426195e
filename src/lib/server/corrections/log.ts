/**
 * How the public log and a pair's change history meet: `/corrections?target=<id>` lists the
 * resolved reports about one thing (a pair: about it or anything in it), and a report's tracking
 * page links to the history entry (`resolves: <report id>`) that answered it.
 */
import { revisionAnchor } from '../../corrections/labels';
import type { CorpusViews } from '../corpus/views';
import { resolveTarget, targetsOfPair, type Target } from './targets';

export interface LogFilter {
	/** What the log is narrowed to; null for the whole log. */
	about: Target | null;
	/** The report targets it covers; undefined for the whole log. */
	targets?: string[];
	notices: string[];
}

export function readLogFilter(corpus: CorpusViews, params: URLSearchParams): LogFilter {
	const asked = params.get('target');
	if (asked === null || asked === '') return { about: null, notices: [] };
	const about = resolveTarget(corpus, asked);
	if (!about) {
		return {
			about: null,
			notices: [
				`There is nothing here with the id “${asked.slice(0, 60)}”: showing every resolved report.`
			]
		};
	}
	const targets = corpus.pairById.has(about.id) ? targetsOfPair(corpus, about.id) : [about.id];
	return { about, targets, notices: [] };
}

/** Each history entry that names a report, by that report's id: its pair and revision. */
const entriesByReport = new WeakMap<CorpusViews, Map<string, ResolvingEntry>>();

export interface ResolvingEntry {
	pairId: string;
	revision: number;
	date: string;
	change: string;
	href: string;
}

export function resolvingEntry(corpus: CorpusViews, reportId: string): ResolvingEntry | null {
	let byReport = entriesByReport.get(corpus);
	if (!byReport) {
		byReport = new Map();
		for (const pair of corpus.pairs) {
			pair.history.forEach((entry, i) => {
				if (!entry.resolves || byReport!.has(entry.resolves)) return;
				byReport!.set(entry.resolves, {
					pairId: pair.id,
					revision: i + 1,
					date: entry.date,
					change: entry.change,
					href: `/pairs/${pair.id}#${revisionAnchor(i + 1)}`
				});
			});
		}
		entriesByReport.set(corpus, byReport);
	}
	return byReport.get(reportId) ?? null;
}
