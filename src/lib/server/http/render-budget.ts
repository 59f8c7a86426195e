/**
 * A per-client budget for renders that miss the page cache. A cache hit costs a lookup; a render
 * costs the server a page (and a citation page up to a second), so a client asking for URL after
 * unique URL could otherwise take all of it. Each client (by address) has a bucket of `burst`
 * renders that refills at `perSecond`; past it the server answers 429 with Retry-After. A render is
 * charged by the time it took (one per 50 ms, at least one), so slow pages cost what they cost.
 *
 * Configured by the environment: RENDER_BURST (default 60), RENDER_PER_SECOND (default 5),
 * RENDER_UNIT_MS (default 50),
 * RENDER_BUDGET=off to turn it off. Loopback clients (the tests, a proxy on the same machine
 * that sets no ADDRESS_HEADER) are exempt unless RENDER_BUDGET_LOOPBACK=1.
 */
import { LRUCache } from 'lru-cache';

export interface BudgetConfig {
	burst: number;
	perSecond: number;
	loopback: boolean;
	/** The render time that counts as one render (ms). */
	unitMs: number;
}

/** The render time that counts as one render, unless RENDER_UNIT_MS says otherwise. */
export const RENDER_UNIT_MS = 50;

const positive = (text: string | undefined, fallback: number) => {
	const n = Number(text);
	return text !== undefined && text !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
};

/** The budget the environment asks for, or null when it is turned off. */
export function budgetConfig(env: Record<string, string | undefined>): BudgetConfig | null {
	if (env.RENDER_BUDGET === 'off') return null;
	return {
		burst: positive(env.RENDER_BURST, 60),
		perSecond: positive(env.RENDER_PER_SECOND, 5),
		unitMs: positive(env.RENDER_UNIT_MS, RENDER_UNIT_MS),
		loopback: env.RENDER_BUDGET_LOOPBACK === '1'
	};
}

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/** Most clients remembered; the least recent are forgotten (and start again with a full bucket). */
const MAX_CLIENTS = 10_000;

export class RenderBudget {
	private buckets = new LRUCache<string, { tokens: number; at: number }>({ max: MAX_CLIENTS });
	constructor(
		private config: BudgetConfig,
		private now: () => number = () => performance.now()
	) {}

	private exempt(client: string) {
		return !this.config.loopback && LOOPBACK.test(client);
	}

	/** The client's bucket, refilled for the time since it was last used. */
	private bucket(client: string) {
		const { burst, perSecond } = this.config;
		const now = this.now();
		const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
		bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
		bucket.at = now;
		this.buckets.set(client, bucket);
		return bucket;
	}

	/**
	 * Starts a render for the client: 0 if its bucket holds one (which is taken now, so that
	 * renders asked for at once are each counted), else the seconds until it will. `charge` takes
	 * the rest of what the render cost once it is done.
	 */
	take(client: string): number {
		if (this.exempt(client)) return 0;
		const bucket = this.bucket(client);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.max(1, Math.ceil((1 - bucket.tokens) / this.config.perSecond));
	}

	/**
	 * Takes what a finished render cost from the client's bucket: one render per RENDER_UNIT_MS of
	 * the time it took, at least one. A page that takes a quarter of a second costs five cheap
	 * ones, so a client cannot buy expensive renders at the price of cheap ones. The bucket may go
	 * below zero; the client then waits until it refills.
	 */
	charge(client: string, ms: number): void {
		if (this.exempt(client)) return;
		// One render was taken when it started.
		this.bucket(client).tokens -= Math.max(1, ms / this.config.unitMs) - 1;
	}
}

/** The answer past the budget: plain, short, and saying when to come back. */
export function tooManyRenders(retryAfter: number): Response {
	return new Response(
		'Too many requests for pages that are not cached. Please try again shortly.\n',
		{
			status: 429,
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'retry-after': String(retryAfter),
				'cache-control': 'no-store'
			}
		}
	);
}
