/**
 * Lighthouse 12.2.3 (the last line that runs on Node 20) in Debian's Chromium, mobile emulation
 * with simulated throttling (its defaults), reduced to the four category scores and two timings.
 */
import { readFileSync } from 'node:fs';
import { spawnTracked, stop } from './processes';

const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CHROME_FLAGS = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
].join(' ');
const RUN_TIMEOUT_MS = 180_000;

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseScores {
	scores: Record<Category, number>;
	/** First and Largest Contentful Paint and Total Blocking Time, simulated, in ms. */
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	/** Weighted audits that did not pass, in the categories below 100. */
	failing: string[];
}

/** The median run of several, and the spread of their performance scores. */
export interface LighthouseRuns extends LighthouseScores {
	runs: number;
	performanceRange: [number, number];
}

/**
 * The run whose performance score is the median (the lower middle of an even count), as
 * Lighthouse's own guidance picks one run of several: its figures belong together, unlike
 * medians taken field by field.
 */
export function medianRun(runs: LighthouseScores[]): LighthouseRuns {
	if (!runs.length) throw new Error('no Lighthouse run to take the median of');
	const sorted = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
	const median = sorted[Math.floor((sorted.length - 1) / 2)];
	const range: [number, number] = [
		sorted[0].scores.performance,
		sorted[sorted.length - 1].scores.performance
	];
	return { ...median, runs: runs.length, performanceRange: range };
}

interface LighthouseReport {
	categories: Record<
		Category,
		{ score: number | null; auditRefs: { id: string; weight: number }[] }
	>;
	audits: Record<string, { numericValue?: number; score: number | null }>;
	runtimeError?: { message: string };
}

/** Reads the scores (0–100) and timings out of a Lighthouse JSON report. */
export function readLighthouseReport(json: string): LighthouseScores {
	const report = JSON.parse(json) as LighthouseReport;
	if (report.runtimeError) throw new Error(`Lighthouse: ${report.runtimeError.message}`);
	const scores = Object.fromEntries(
		CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])
	) as Record<Category, number>;
	const failing = CATEGORIES.flatMap((c) =>
		(report.categories[c]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
			.map((ref) => ref.id)
	);
	return {
		scores,
		failing: [...new Set(failing)],
		fcpMs: report.audits['first-contentful-paint']?.numericValue ?? Number.NaN,
		lcpMs: report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
		tbtMs: report.audits['total-blocking-time']?.numericValue ?? Number.NaN
	};
}

/** Runs Lighthouse on `url`, writing its JSON report to `outputFile`. */
export async function runLighthouse(url: string, outputFile: string): Promise<LighthouseScores> {
	const args = [
		'-y',
		LIGHTHOUSE,
		url,
		'--output=json',
		`--output-path=${outputFile}`,
		'--quiet',
		`--only-categories=${CATEGORIES.join(',')}`,
		`--chrome-flags=${CHROME_FLAGS}`
	];
	// Its own process group, so that stopping it also stops the Chromium it launched.
	const tracked = spawnTracked('lighthouse', 'npx', args, {
		env: { ...process.env, CHROME_PATH },
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true
	});
	let stderr = '';
	tracked.child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const timer = setTimeout(() => void stop(tracked), RUN_TIMEOUT_MS);
	const code = await new Promise<number | null>((resolve) => tracked.child.once('exit', resolve));
	clearTimeout(timer);
	if (code !== 0) throw new Error(`Lighthouse exited ${code}: ${stderr.trim().slice(-500)}`);
	return readLighthouseReport(readFileSync(outputFile, 'utf8'));
}
