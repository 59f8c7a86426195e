/**
 * The bench's result as one markdown table (figure, ratio to sirv and nginx, target, met) with the
 * machine's description above it and the conditions of the run below.
 */
import type { LoadFigures } from './load';
import { TARGETS, type BenchResult } from './result';

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const int = (n: number) => Math.round(n).toLocaleString('en-US');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const met = (ok: boolean | null) => (ok === null ? '—' : ok ? 'yes' : '**no**');

/** "200 ×1,234, 404 ×5" — the statuses of a run that were not all 2xx. */
export function describeStatuses(figures: LoadFigures): string {
	const codes = Object.entries(figures.statuses).sort(([a], [b]) => a.localeCompare(b));
	const parts = codes.map(([code, n]) => `${code} ×${int(n)}`);
	if (figures.errors) parts.push(`errors ×${int(figures.errors)}`);
	if (figures.timeouts) parts.push(`timeouts ×${int(figures.timeouts)}`);
	return parts.join(', ');
}

function loadFigure(f: LoadFigures): string {
	const onlyOk = Object.keys(f.statuses).every((c) => c.startsWith('2')) && !f.errors;
	const cores =
		f.serverCores === undefined || Number.isNaN(f.serverCores)
			? ''
			: ` · cores busy: server ${f.serverCores.toFixed(2)}, autocannon ${f.generatorCores?.toFixed(2)}`;
	const range =
		f.rpsRange && f.rpsRange[0] !== f.rpsRange[1]
			? ` (runs ${int(f.rpsRange[0])}–${int(f.rpsRange[1])})`
			: '';
	const figure = `${int(f.rps)} req/s${range} · p50 ${f.p50} ms · p99 ${f.p99} ms · ${kb(f.bytesPerResponse)}/response${cores}`;
	return onlyOk ? figure : `${figure} · ${describeStatuses(f)}`;
}

function loadRows(r: BenchResult): string[][] {
	const rows = r.loads.map(({ route, kind, figures: f }) => {
		const target =
			route === '/'
				? TARGETS.homeVsSirv
				: kind === 'prerendered'
					? TARGETS.prerenderedVsSirv
					: null;
		const notFound = !f.statuses['200'] && f.statuses['404'] ? ' (404: not there yet)' : '';
		return [
			'req/s, latency',
			`\`${route}\` ${kind}${notFound}`,
			loadFigure(f),
			ratio(f.rps, r.sirv.rps),
			ratio(f.rps, r.nginx.rps),
			target === null ? '—' : `≥ ${target}× sirv`,
			met(target === null || notFound ? null : f.rps >= target * r.sirv.rps)
		];
	});
	for (const [name, f] of [
		['sirv', r.sirv],
		['nginx', r.nginx]
	] as const) {
		const row = ['req/s, latency', `\`/\` as a file, ${name}`, loadFigure(f)];
		rows.push([...row, ratio(f.rps, r.sirv.rps), ratio(f.rps, r.nginx.rps), '—', '—']);
	}
	return rows;
}

function pageRows(r: BenchResult): string[][] {
	return r.pages.flatMap(
		({ route, firstLoad: { html, js, css, inlineCss }, pairs, claimBytes }) => {
			const isHome = route === '/';
			const largest = js.largest
				? `, largest ${new URL(js.largest.url).pathname.split('/').pop()} ${kb(js.largest.gzip)} gzip`
				: '';
			const weights =
				`JS ${js.files} files, ${kb(js.raw)} (${kb(js.gzip)} gzip${largest}) · ` +
				`CSS ${css.files} files, ${kb(css.raw)} (${kb(css.gzip)} gzip)` +
				(inlineCss ? `, ${kb(inlineCss)} inline in the HTML` : '');
			const carried = claimBytes
				? `, ${pairs} ${pairs === 1 ? 'pair' : 'pairs'} with ${kb(claimBytes)} of claim text: ` +
					`${(html.raw / claimBytes).toFixed(1)}× the text`
				: '';
			return [
				[
					'first-load JS, CSS',
					`\`${route}\``,
					weights,
					'',
					'',
					isHome ? `JS ≤ ${kb(TARGETS.homeJsGzip)} gzip` : '—',
					met(isHome ? js.gzip <= TARGETS.homeJsGzip : null)
				],
				[
					'HTML bytes',
					`\`${route}\``,
					`${kb(html.raw)} (${kb(html.gzip)} gzip)${carried}`,
					'',
					'',
					'—',
					'—'
				]
			];
		}
	);
}

function lighthouseRows(r: BenchResult): string[][] {
	return r.lighthouse.map(({ route, floor, result }) => {
		const where = floor ? `${route} (floor)` : `\`${route}\``;
		const target = floor ? '—' : '100 in all four';
		if ('error' in result) return ['Lighthouse (mobile)', where, result.error, '', '', target, '—'];
		const s = result.scores;
		const [low, high] = result.performanceRange;
		const figure =
			`performance ${s.performance} · accessibility ${s.accessibility} · best practices ` +
			`${s['best-practices']} · SEO ${s.seo} (FCP ${int(result.fcpMs)} ms, LCP ` +
			`${int(result.lcpMs)} ms, TBT ${int(result.tbtMs)} ms; median of ${result.runs} ` +
			`${result.runs === 1 ? 'run' : `runs, performance ${low}–${high}`})` +
			(result.failing.length ? `; not passed: ${result.failing.join(', ')}` : '');
		const ok = Object.values(s).every((v) => v >= TARGETS.lighthouse);
		return ['Lighthouse (mobile)', where, figure, '', '', target, met(floor ? null : ok)];
	});
}

function serverRows(r: BenchResult): string[][] {
	const { before, after, peak } = r.memory;
	const growth = (after - before) / before;
	return [
		[
			'server RSS',
			'before → after load',
			`${mb(before)} → ${mb(after)} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}%), peak ${mb(peak)}`,
			'',
			'',
			`growth < ${TARGETS.rssGrowth * 100}%`,
			met(growth < TARGETS.rssGrowth)
		],
		[
			'start',
			'spawn → first 200',
			`${(r.start.ms / 1000).toFixed(2)} s (${r.start.url}); the first \`/\` then took ` +
				`${(r.start.firstHomeMs / 1000).toFixed(2)} s`,
			'',
			'',
			`< ${TARGETS.startMs / 1000} s`,
			met(r.start.ms < TARGETS.startMs)
		]
	];
}

/** The table alone. */
export function renderTable(r: BenchResult): string {
	const header = ['Measure', 'Route', 'Figure', '× sirv', '× nginx', 'Target', 'Met'];
	const rows = [...loadRows(r), ...pageRows(r), ...lighthouseRows(r), ...serverRows(r)];
	const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
	return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The whole results file: machine, table, conditions. */
export function renderResults(r: BenchResult): string {
	return [
		'# Bench results',
		'',
		'Written by `npm run bench` (scripts/bench.ts). Figures as measured in one run on a shared,',
		'noisy machine: compare the ratios within the run more than the absolute figures.',
		'',
		...r.machine.map((m) => `- ${m}`),
		'',
		renderTable(r),
		'',
		...r.notes.map((n) => `- ${n}`),
		''
	].join('\n');
}
