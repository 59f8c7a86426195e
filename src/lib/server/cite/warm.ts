/**
 * Citations compiled when the server starts, not on a reader's first request: every claim's
 * citation bundle (its three styles, its sources' three styles, BibLaTeX, RIS, CSL-JSON, the
 * evidence card) for today and the site's origin, one style entry per turn of the event loop, so
 * the server answers meanwhile. A citation names the day it was accessed, so the work is done
 * again after each UTC midnight. A pair page opened before the warm-up reaches it renders what it
 * lacks itself, as before.
 */
import type { CorpusViews } from '../corpus/views';
import { citeClaim, nextTurn, prepareClaim, type CitePlace } from './cite';
import { toExportPairs } from './records';

/** Renders and remembers every claim's citations for `place`; returns what it did. */
export async function warmCitations(
	views: Pick<CorpusViews, 'pairs' | 'topicById'>,
	place: CitePlace
) {
	const started = performance.now();
	let entries = 0;
	const pairs = toExportPairs(views);
	for (const pair of pairs) {
		for (const side of ['critique', 'response'] as const) {
			entries += await prepareClaim(pair, side, place);
			citeClaim(pair, side, place);
			await nextTurn();
		}
	}
	return { pairs: pairs.length, entries, ms: Math.round(performance.now() - started) };
}

const DAY_MS = 86_400_000;

/**
 * Warms now, and again just after each UTC midnight, for the place `placeOf()` gives at that
 * time. The timers do not keep the process alive. The promise settles when the first run has
 * ended, done or failed (it never rejects): the server is not ready before (readiness.ts).
 */
export function keepCitationsWarm(
	views: Pick<CorpusViews, 'pairs' | 'topicById'>,
	placeOf: () => CitePlace,
	log: (line: string) => void = console.log
) {
	// Never rejects: a failed warm-up is logged, and pages render what they lack themselves.
	const run = async () => {
		try {
			const place = placeOf();
			const { pairs, entries, ms } = await warmCitations(views, place);
			log(
				`citations: ${pairs} pairs, ${entries} entries rendered for ${place.accessed} in ${ms} ms`
			);
		} catch (error) {
			log(`citations: warm-up failed: ${(error as Error).message}`);
		}
	};
	const schedule = () => {
		const wait = DAY_MS - (Date.now() % DAY_MS) + 1_000;
		setTimeout(() => void run().then(schedule), wait).unref();
	};
	const first = run();
	void first.then(schedule);
	return first;
}
