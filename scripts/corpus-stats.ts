/**
 * `npm run corpus:stats`: the corpus counted the way a closing note or a reviewer asks for it —
 * pairs and newest "as of" per topic, points and not-addressed answers per side, findings by bearing
 * and by kind of source (the news share), responses by kind of source (the share resting on agency
 * statements alone), and sources read via a republisher. Markdown on stdout.
 */
import { readCorpusFiles, todayUtc } from '../src/lib/server/corpus/load';
import { validateCorpus } from '../src/lib/server/corpus/validate';
import type { Source } from '../src/lib/server/corpus/schema';

const { data, problems } = validateCorpus(readCorpusFiles(), { today: todayUtc() });
if (!data) {
	console.error(
		`corpus:stats: the corpus has errors (${problems.length} problems): run check:claims`
	);
	process.exit(1);
}
const sources = new Map(data.sources.map((s) => [s.id, s]));
const src = (id: string) => sources.get(id)!;
const pct = (n: number, d: number) => (d ? `${Math.round((100 * n) / d)} %` : '—');
const table = (head: string[], rows: (string | number)[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`]
		.concat(rows.map((r) => `| ${r.join(' | ')} |`))
		.join('\n');

const topics = [...data.topics].sort((a, b) => a.order - b.order);
const pairsOf = (topic: string) => data.pairs.filter((p) => p.topic === topic);

/** A finding's kind: the most primary type among its sources. */
const KIND_ORDER: Source['type'][] = [
	'court',
	'inspector-general',
	'gao-crs',
	'academic',
	'government',
	'reference',
	'think-tank',
	'ngo-advocacy',
	'opinion',
	'news'
];
const findingKind = (ids: string[]) =>
	KIND_ORDER.find((k) => ids.some((id) => src(id).type === k)) ?? 'news';
/** A response rests on agency statements alone when every source is the agency's own voice. */
const pressOnly = (ids: string[]) =>
	ids.length > 0 &&
	ids.every(
		(id) => src(id).perspective === 'agency' && ['government', 'news'].includes(src(id).type)
	);

const out: string[] = [`# Corpus figures (${todayUtc()})`, ''];
out.push(
	`${data.pairs.length} pairs in ${topics.length} topics; ${data.sources.length} sources.`,
	''
);
out.push(
	'## Per topic',
	'',
	table(
		[
			'Topic',
			'Pairs',
			'Newest as of',
			"Critics' points",
			"Response's points",
			'Not addressed by critics',
			'Not addressed by response',
			'Findings',
			'News findings',
			'Oldest review'
		],
		topics.map((t) => {
			const ps = pairsOf(t.id);
			const sum = (f: (p: (typeof ps)[number]) => number) => ps.reduce((n, p) => n + f(p), 0);
			const newest = ps
				.flatMap((p) => [p.critique.as_of, p.response.as_of])
				.sort()
				.at(-1);
			return [
				t.title,
				ps.length,
				newest ?? '—',
				sum((p) => p.critique.points.length),
				sum((p) => p.response.points.length),
				sum((p) => p.critique.answers.filter((a) => a.not_addressed).length),
				sum((p) => p.response.answers.filter((a) => a.not_addressed).length),
				sum((p) => p.findings.length),
				sum(
					(p) =>
						p.findings.filter((f) => findingKind(f.sources.map((c) => c.source)) === 'news').length
				),
				ps
					.map((p) => p.last_reviewed)
					.sort()
					.at(0) ?? '—'
			];
		})
	),
	''
);

const bears = {
	critique: { supports: 0, undercuts: 0, context: 0 },
	response: { supports: 0, undercuts: 0, context: 0 }
};
for (const p of data.pairs)
	for (const f of p.findings)
		for (const b of f.bears) {
			const side = p.critique.points.some((pt) => pt.id === b.point) ? 'critique' : 'response';
			bears[side][b.how]++;
		}
out.push(
	'## Findings by bearing (one count per finding and point)',
	'',
	table(
		['Side', 'Supports', 'Undercuts', 'Context'],
		(['critique', 'response'] as const).map((s) => [
			s === 'critique' ? "Critics' points" : "Response's points",
			bears[s].supports,
			bears[s].undercuts,
			bears[s].context
		])
	),
	''
);

const findings = data.pairs.flatMap((p) =>
	p.findings.map((f) => findingKind(f.sources.map((c) => c.source)))
);
const kinds = KIND_ORDER.map((k) => [k, findings.filter((f) => f === k).length] as const).filter(
	([, n]) => n
);
out.push(
	'## Findings by kind of source (the most primary source of each finding)',
	'',
	table(
		['Kind', 'Findings', 'Share'],
		kinds.map(([k, n]) => [k, n, pct(n, findings.length)])
	),
	'',
	`News share of findings: ${pct(findings.filter((f) => f === 'news').length, findings.length)} of ${findings.length}. Pairs with fewer than 2 findings: ${
		data.pairs
			.filter((p) => p.findings.length < 2)
			.map((p) => p.id)
			.join(', ') || 'none'
	}.`,
	''
);

const responses = data.pairs.filter((p) => p.response.status !== 'none-found');
const press = responses.filter((p) => pressOnly(p.response.sources.map((c) => c.source)));
out.push(
	'## Responses by kind of source',
	'',
	`Responses resting on agency statements alone (every source the agency's own, government or news): ${press.length} of ${responses.length} (${pct(press.length, responses.length)}): ${press.map((p) => p.id).join(', ') || 'none'}.`,
	'',
	table(
		['Response status', 'Pairs'],
		['direct', 'policy', 'supporters', 'none-found'].map((s) => [
			s,
			data.pairs.filter((p) => p.response.status === s).length
		])
	),
	''
);

const cited = new Set(
	data.pairs.flatMap((p) =>
		[p.critique, p.response, ...p.findings].flatMap((c) => c.sources.map((s) => s.source))
	)
);
const via = data.sources.filter((s) => s.via && cited.has(s.id));
out.push(
	'## Sources read via a republisher (cited ones)',
	'',
	`${via.length} of ${cited.size} cited sources: ${via.map((s) => `${s.id} (${s.via})`).join('; ') || 'none'}.`,
	''
);
console.log(out.join('\n'));
