/** What a bench measured, as the report renders it, and the targets it is set against. */
import type { FirstLoad } from './assets';
import type { LighthouseRuns } from './lighthouse';
import type { LoadFigures } from './load';

/** Targets printed beside the figures: reported, not asserted. */
export const TARGETS = {
	homeVsSirv: 0.5,
	prerenderedVsSirv: 0.9,
	homeJsGzip: 40_000,
	lighthouse: 100,
	rssGrowth: 0.2,
	startMs: 2000
};

export type RouteKind = 'rendered' | 'prerendered';

export interface LoadRow {
	route: string;
	kind: RouteKind;
	figures: LoadFigures;
}
export interface PageRow {
	route: string;
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
	loads: LoadRow[];
	sirv: LoadFigures;
	nginx: LoadFigures;
	pages: PageRow[];
	lighthouse: LighthouseRow[];
	memory: { before: number; after: number; peak: number };
	/** Spawn to the first 200 of `url`; then how long the first `/` took (cold). */
	start: { ms: number; url: string; firstHomeMs: number };
	notes: string[];
}
