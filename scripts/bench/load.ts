/** Load with autocannon's programmatic API (`npm run test:load`), reduced to the figures it reports. */
import autocannon from 'autocannon';

export interface LoadFigures {
	/** Mean of the per-second request counts. */
	rps: number;
	p50: number;
	p99: number;
	max: number;
	/** Responses by status code, e.g. { '200': 51234 }. */
	statuses: Record<string, number>;
	/** Connection errors other than timeouts (autocannon's own count includes them). */
	errors: number;
	timeouts: number;
}

export interface LoadOptions {
	connections: number;
	seconds: number;
	/** A number of requests to send instead of a duration. */
	amount?: number;
	headers?: Record<string, string>;
	/** Paths to rotate through; each connection walks the list in order. */
	requests?: autocannon.Request[];
	/** Seconds after which a request counts as timed out. */
	timeout?: number;
}

/** Counts by status code from an autocannon result. */
export function statusCounts(result: autocannon.Result): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) {
		counts[code] = stats.count ?? 0;
	}
	return counts;
}

/** Runs autocannon against `url` and returns the figures. */
export async function runLoad(url: string, options: LoadOptions): Promise<LoadFigures> {
	const result = await autocannon({
		url,
		connections: options.connections,
		...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
		headers: options.headers,
		requests: options.requests,
		timeout: options.timeout ?? 10
	});
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		max: result.latency.max,
		statuses: statusCounts(result),
		errors: result.errors - result.timeouts,
		timeouts: result.timeouts
	};
}
