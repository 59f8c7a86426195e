/** Load with autocannon's programmatic API, reduced to the figures the bench reports. */
import autocannon from 'autocannon';

export interface LoadFigures {
	/** Mean of the per-second request counts. */
	rps: number;
	/** The lowest and highest rps of the runs a median was taken over. */
	rpsRange?: [number, number];
	p50: number;
	p99: number;
	max: number;
	/** Mean bytes per response, as sent (compressed when the server compressed). */
	bytesPerResponse: number;
	/** Responses by status code, e.g. { '200': 51234 }. */
	statuses: Record<string, number>;
	/** Connection errors other than timeouts (autocannon's own count includes them). */
	errors: number;
	timeouts: number;
	/** Cores busy during the run (CPU seconds / wall seconds): the server's and autocannon's. */
	serverCores?: number;
	generatorCores?: number;
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
	// Every completed response is one latency sample (the typings omit totalCount).
	const { totalCount } = result.latency as autocannon.Histogram & { totalCount: number };
	const completed = totalCount || 1;
	return {
		rps: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		max: result.latency.max,
		bytesPerResponse: result.throughput.total / completed,
		statuses: statusCounts(result),
		errors: result.errors - result.timeouts,
		timeouts: result.timeouts
	};
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: number[]): number {
	if (values.length === 0) return Number.NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Figures of repeated runs of one target: medians of rate and latencies, summed counts. */
export function medianFigures(runs: LoadFigures[]): LoadFigures {
	const statuses: Record<string, number> = {};
	for (const run of runs) {
		for (const [code, n] of Object.entries(run.statuses))
			statuses[code] = (statuses[code] ?? 0) + n;
	}
	return {
		rps: median(runs.map((r) => r.rps)),
		rpsRange: [Math.min(...runs.map((r) => r.rps)), Math.max(...runs.map((r) => r.rps))],
		p50: median(runs.map((r) => r.p50)),
		p99: median(runs.map((r) => r.p99)),
		max: Math.max(...runs.map((r) => r.max)),
		bytesPerResponse: median(runs.map((r) => r.bytesPerResponse)),
		statuses,
		errors: runs.reduce((n, r) => n + r.errors, 0),
		timeouts: runs.reduce((n, r) => n + r.timeouts, 0),
		serverCores: median(runs.map((r) => r.serverCores ?? Number.NaN)),
		generatorCores: median(runs.map((r) => r.generatorCores ?? Number.NaN))
	};
}
