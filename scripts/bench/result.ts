/** What a bench measured, as the report renders it, and the targets it is set against (issue 14). */
import type { FirstLoad } from './assets';
import type { RouteSummary } from './compare';
import type { LighthouseRuns } from './lighthouse';

/** Targets printed beside the figures: reported, not asserted. */
export const TARGETS = {
	/** Prerendered and cached pages, on the same bytes. */
	vsSirv: 0.9,
	vsNode: 0.5,
	/** First-load JavaScript, gzip bytes: `/` and a pair page. */
	homeJsGzip: 12_000,
	pairJsGzip: 4_000,
	/** A page's HTML over the claim text it carries: `/` and a pair page. */
	homeHtmlPerText: 1.8,
	pairHtmlPerText: 4,
	lighthouse: 100,
	tbtMs: 50,
	/** FCP at most this much above the floor page's in the same run. */
	fcpOverFloorMs: 300,
	rssGrowth: 0.2,
	startMs: 2000,
	firstRequestMs: 300
};

export interface PageRow {
	route: string;
	/** `home` and `pair` have targets of their own. */
	role?: 'home' | 'pair';
	firstLoad: FirstLoad;
	/** Pairs whose claims the page shows, and the bytes of their claim text. */
	pairs: number;
	claimBytes: number;
}
export interface LighthouseRow {
	route: string;
	/** Set for the floor: a minimal static page, this machine's best case. */
	floor?: boolean;
	result: LighthouseRuns | { error: string };
}
export interface BenchResult {
	machine: string[];
	loads: RouteSummary[];
	pages: PageRow[];
	lighthouse: LighthouseRow[];
	memory: { before: number; after: number; peak: number };
	/** Spawn to the first 200 of `url`; then the first request of each route (cold), ms. */
	start: { ms: number; url: string; firstRequests: { route: string; ms: number }[] };
	notes: string[];
}
