/**
 * A per-client budget for renders that miss the page cache. A cache hit costs a lookup; a render
 * costs the server a page (and a citation page up to a second), so a client asking for URL after
 * unique URL could otherwise take all of it. Each client (by address) has a bucket of `burst`
 * renders that refills at `perSecond`; past it the server answers 429 with Retry-After.
 *
 * Configured by the environment: RENDER_BURST (default 60), RENDER_PER_SECOND (default 5),
 * RENDER_BUDGET=off to turn it off. Loopback clients (the tests, a proxy on the same machine
 * that sets no ADDRESS_HEADER) are exempt unless RENDER_BUDGET_LOOPBACK=1.
 */
import { LRUCache } from 'lru-cache';

export interface BudgetConfig {
	burst: number;
	perSecond: number;
	loopback: boolean;
}

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

	/** Takes one render from the client's bucket: 0 if allowed, else the seconds to wait. */
	take(client: string): number {
		if (!this.config.loopback && LOOPBACK.test(client)) return 0;
		const { burst, perSecond } = this.config;
		const now = this.now();
		const bucket = this.buckets.get(client) ?? { tokens: burst, at: now };
		bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
		bucket.at = now;
		this.buckets.set(client, bucket);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
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
