/**
 * Renders that missed the page cache take turns. A render is CPU on the one event loop (Svelte's
 * server rendering is synchronous between awaits), so a hundred started at once interleave and
 * everything else the server does — /healthz, cache hits, static files — waits behind all of
 * them. Here at most `concurrency` renders run at a time, and each starts on a later turn of the
 * event loop (setImmediate), so what arrived meanwhile is answered between two renders rather than
 * after the whole queue. The total work is the same; what changes is who waits: renders wait for
 * renders, and a health check waits for at most the slice of one render that is running.
 *
 * RENDER_CONCURRENCY (default 1) sets how many may run at once.
 */
export class RenderQueue {
	private running = 0;
	/** Turns handed out on a later turn of the event loop but not yet begun. */
	private starting = 0;
	private readonly waiting: (() => void)[] = [];

	constructor(private readonly concurrency = 1) {}

	/** Renders running and waiting now (for tests and the load test's report). */
	get size() {
		return { running: this.running + this.starting, waiting: this.waiting.length };
	}

	/**
	 * Waits for a turn, which always begins on a later turn of the event loop (so the requests that
	 * arrived together are all read, and the cheap ones answered, before the first render); the
	 * function returned ends it (only its first call counts).
	 */
	async enter(): Promise<() => void> {
		await new Promise<void>((resolve) => {
			this.waiting.push(resolve);
			this.pump();
		});
		let done = false;
		return () => {
			if (done) return;
			done = true;
			this.running--;
			this.pump();
		};
	}

	/** Hands free turns to the first waiting renders, each on a later turn of the event loop. */
	private pump() {
		while (this.running + this.starting < this.concurrency && this.waiting.length > this.starting) {
			this.starting++;
			setImmediate(() => {
				this.starting--;
				this.running++;
				this.waiting.shift()!();
			});
		}
	}
}

/** The concurrency the environment asks for (RENDER_CONCURRENCY), 1 when unset or not a count. */
export function renderConcurrency(env: Record<string, string | undefined>): number {
	const n = Number(env.RENDER_CONCURRENCY);
	return Number.isInteger(n) && n >= 1 ? n : 1;
}
