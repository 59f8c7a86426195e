/**
 * Readiness: what the server needs before it may say it is ready, each loaded and tried once at
 * start-up (the hooks' init), so that no reader pays the first cost and a server that cannot serve
 * its dynamic routes does not start. The server (http/server.js) reports the result on /healthz.
 */
import { env } from '$env/dynamic/private';
import { corpus } from './corpus/corpus';
import { todayUtc } from './corpus/load';
import { citeSource } from './cite/cite';
import { citePlace } from './cite/place';
import { keepCitationsWarm } from './cite/warm';
import { toExportSource } from './cite/records';
import { searchPairs } from './search/searcher';

export type Checks = Record<'corpus' | 'search' | 'citations', boolean>;

/** Loads and tries each part; throws, naming the part, when one is not usable. */
export function checkReadiness(): Checks {
	const fail = (part: string, why: string) => {
		throw new Error(`Not ready: ${part}: ${why}`);
	};
	if (corpus.pairs.length === 0) fail('corpus', 'no pairs were loaded');
	const [first] = corpus.pairs;
	// A search for the first pair's own question finds it: the index is loaded and matches the corpus.
	if (!searchPairs(first.question).hits.some((h) => h.id === first.id)) {
		fail('search index', `a search for ${first.id}'s question does not find it`);
	}
	// The citation engine compiles its styles on first use (seconds, for APA): done here, once.
	const source = corpus.sources[0];
	if (!source || citeSource(toExportSource(source), todayUtc()).styles.some((s) => !s.text)) {
		fail('citation engine', 'a source could not be cited');
	}
	return { corpus: true, search: true, citations: true };
}

/**
 * Every claim's citations for today, compiled in the background (the server answers meanwhile) so
 * no reader waits for them, and again after each UTC midnight (cite/warm.ts). The promise settles
 * once the first run has ended: until then the server says it is not ready, because a page
 * rendered meanwhile compiles its own citations — tens of milliseconds of citeproc per claim on the
 * one event loop, during which nothing else, not even a new connection, is taken in (the measured
 * cause of slow health checks under a burst at start: ARCHITECTURE.md). With ALLOWED_HOSTS instead
 * of ORIGIN the origin is each request's, not known yet: nothing is compiled ahead, and null says
 * so.
 */
export function warmCitationsDaily(): Promise<void> | null {
	const origin = env.ORIGIN;
	return origin ? keepCitationsWarm(corpus, () => citePlace(new URL(origin))) : null;
}
