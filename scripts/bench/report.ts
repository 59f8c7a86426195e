/**
 * The bench's result as markdown: the machine, three tables (the app against the yardsticks on the
 * same bytes; the CPU of each side; the pages' weight, Lighthouse, memory and start) and the
 * conditions of the run.
 */
import { SERVERS, type RouteSummary, type ServerName } from './compare';
import type { LoadFigures } from './load';
import { TARGETS, type BenchResult } from './result';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const met = (ok: boolean | null) => (ok === null ? '—' : ok ? 'yes' : '**no**');

/** "200 ×1,234, 404 ×5" — the statuses of a run that were not all 2xx. */
export function describeStatuses(figures: LoadFigures): string {
	const codes = Object.entries(figures.statuses).sort(([a], [b]) => a.localeCompare(b));
	const parts = codes.map(([code, n]) => `${code} ×${int(n)}`);
	if (figures.errors) parts.push(`errors ×${int(figures.errors)}`);
	if (figures.timeouts) parts.push(`timeouts ×${int(figures.timeouts)}`);
	return parts.join(', ');
}

const fixed = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const times = (n: number) => `${fixed(n)}×`;
const name = (s: ServerName) => (s === 'node' ? 'node:http' : s);

/** One row per route: req/s of each server on the same bytes, the per-round ratios, the target. */
function loadRows(loads: RouteSummary[]): string[][] {
	return loads.map(({ route, kind, median: m, ratios, cpuRatios }) => {
		const perRound = (r: { rounds: number[]; median: number }) =>
			`**${times(r.median)}** (${r.rounds.map((x) => fixed(x)).join(', ')})`;
		const targeted = kind !== 'uncached';
		const ok = ratios.sirv.median >= TARGETS.vsSirv && ratios.node.median >= TARGETS.vsNode;
		return [
			`\`${route}\``,
			kind,
			kb(m.app.bytesPerResponse),
			...SERVERS.map((s) => int(m[s].rps)),
			perRound(ratios.sirv),
			perRound(ratios.node),
			times(ratios.nginx.median),
			`${times(cpuRatios.sirv.median)} · ${times(cpuRatios.node.median)}`,
			targeted ? `≥ ${TARGETS.vsSirv}× sirv, ≥ ${TARGETS.vsNode}× node:http` : 'reported',
			met(targeted ? ok : null)
		];
	});
}

/** One row per route and server: which side was busy, and what a request cost the server. */
function cpuRows(loads: RouteSummary[]): string[][] {
	return loads.flatMap(({ route, median: m }) =>
		SERVERS.map((s) => {
			const f = m[s];
			const failed = [
				f.non2xx && `non-2xx ×${int(f.non2xx)}`,
				f.errors && `errors ×${int(f.errors)}`
			];
			return [
				`\`${route}\``,
				name(s),
				int(f.rps),
				`${fixed(f.p50, 1)} · ${fixed(f.p99, 1)}`,
				fixed(f.generatorCores),
				fixed(f.serverCores),
				`${int(f.serverUsPerRequest)} µs`,
				failed.filter(Boolean).join(', ') || '—'
			];
		})
	);
}

function pageRows(r: BenchResult): string[][] {
	return r.pages.flatMap(
		({ route, role, firstLoad: { html, js, css, inlineCss }, pairs, claimBytes }) => {
			const largest = js.largest
				? `, largest ${new URL(js.largest.url).pathname.split('/').pop()} ${kb(js.largest.gzip)} gzip`
				: '';
			const weights =
				`JS ${js.files} files, ${kb(js.raw)} (${kb(js.gzip)} gzip${largest}) · ` +
				`CSS ${css.files} files, ${kb(css.raw)} (${kb(css.gzip)} gzip)` +
				(inlineCss ? `, ${kb(inlineCss)} inline in the HTML` : '');
			const perText = claimBytes ? html.raw / claimBytes : Number.NaN;
			const carried = claimBytes
				? `, ${pairs} ${pairs === 1 ? 'pair' : 'pairs'} with ${kb(claimBytes)} of claim text: ` +
					`${fixed(perText, 1)}× the text`
				: '';
			const jsTarget = role && TARGETS[`${role}JsGzip`];
			const htmlTarget = role && TARGETS[`${role}HtmlPerText`];
			return [
				[
					'first-load JS, CSS',
					`\`${route}\``,
					weights,
					jsTarget ? `JS ≤ ${kb(jsTarget)} gzip` : '—',
					met(jsTarget ? js.gzip <= jsTarget : null)
				],
				[
					'HTML bytes',
					`\`${route}\``,
					`${kb(html.raw)} (${kb(html.gzip)} gzip)${carried}`,
					htmlTarget ? `≤ ${htmlTarget}× the text` : '—',
					met(htmlTarget ? perText <= htmlTarget : null)
				]
			];
		}
	);
}

function lighthouseRows(r: BenchResult): string[][] {
	const floorRun = r.lighthouse.find((l) => l.floor)?.result;
	const floorFcp = floorRun && 'fcpMs' in floorRun ? floorRun.fcpMs : Number.NaN;
	return r.lighthouse.map(({ route, floor, result }) => {
		const where = floor ? `${route} (floor)` : `\`${route}\``;
		const target = floor
			? '—'
			: `100 in all four, TBT ≤ ${TARGETS.tbtMs} ms, FCP ≤ floor + ${TARGETS.fcpOverFloorMs} ms`;
		if ('error' in result) return ['Lighthouse (mobile)', where, result.error, target, '—'];
		const s = result.scores;
		const [low, high] = result.performanceRange;
		const figure =
			`performance ${s.performance} · accessibility ${s.accessibility} · best practices ` +
			`${s['best-practices']} · SEO ${s.seo} (FCP ${int(result.fcpMs)} ms, LCP ` +
			`${int(result.lcpMs)} ms, TBT ${int(result.tbtMs)} ms; median of ${result.runs} ` +
			`${result.runs === 1 ? 'run' : `runs, performance ${low}–${high}`})` +
			(result.failing.length ? `; not passed: ${result.failing.join(', ')}` : '');
		const ok =
			Object.values(s).every((v) => v >= TARGETS.lighthouse) &&
			result.tbtMs <= TARGETS.tbtMs &&
			result.fcpMs <= floorFcp + TARGETS.fcpOverFloorMs;
		return ['Lighthouse (mobile)', where, figure, target, met(floor ? null : ok)];
	});
}

function serverRows(r: BenchResult): string[][] {
	const { before, after, peak } = r.memory;
	const growth = (after - before) / before;
	const first = r.start.firstRequests;
	const slowest = Math.max(...first.map((f) => f.ms));
	return [
		[
			'server RSS',
			'before → after load',
			`${mb(before)} → ${mb(after)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%), peak ${mb(peak)}`,
			`growth < ${TARGETS.rssGrowth * 100}%`,
			met(growth < TARGETS.rssGrowth)
		],
		[
			'start',
			'spawn → first 200',
			`${(r.start.ms / 1000).toFixed(2)} s (${r.start.url})`,
			`< ${TARGETS.startMs / 1000} s`,
			met(r.start.ms < TARGETS.startMs)
		],
		[
			'first request',
			'each route, just after start',
			first.map((f) => `\`${f.route}\` ${int(f.ms)} ms`).join(' · '),
			`≤ ${TARGETS.firstRequestMs} ms`,
			met(slowest <= TARGETS.firstRequestMs)
		]
	];
}

const table = (header: string[], rows: string[][]) => {
	const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
};

/** The tables alone. */
export function renderTable(r: BenchResult): string {
	const names = SERVERS.map((s) => `${name(s)} req/s`);
	return [
		'## The app against the yardsticks, same bytes',
		'',
		table(
			[
				'Route',
				'Kind',
				'Sent/response',
				...names,
				'app ÷ sirv (rounds)',
				'app ÷ node:http (rounds)',
				'app ÷ nginx',
				'per CPU second: app ÷ sirv · ÷ node:http',
				'Target',
				'Met'
			],
			loadRows(r.loads)
		),
		'',
		'## Which side was the limit',
		'',
		table(
			[
				'Route',
				'Server',
				'req/s',
				'p50 · p99 ms',
				'wrk cores',
				'server cores',
				'server CPU/request',
				'failed'
			],
			cpuRows(r.loads)
		),
		'',
		'## Pages, Lighthouse, memory, start',
		'',
		table(
			['Measure', 'Route', 'Figure', 'Target', 'Met'],
			[...pageRows(r), ...lighthouseRows(r), ...serverRows(r)]
		)
	].join('\n');
}

/** The whole results file: method, machine, tables, conditions. */
export function renderResults(r: BenchResult, method: string): string {
	return [
		'# Bench results',
		'',
		method,
		'',
		...r.machine.map((m) => `- ${m}`),
		'',
		renderTable(r),
		'',
		'## Conditions of this run',
		'',
		...r.notes.map((n) => `- ${n}`),
		''
	].join('\n');
}
