/**
 * A small corpus with known counts for the balance tests: the registries of the checker's valid
 * fixture, with our own sources, events and four pairs whose words, sources, statuses, dates and
 * findings are chosen so that every chart has a known answer (see stats.spec.ts).
 */
import { fileURLToPath } from 'node:url';
import { readCorpusFiles } from '../corpus/load';
import { validateCorpus, type CorpusFile } from '../corpus/validate';
import { buildViews } from '../corpus/views';
import { liveMarkdown } from '../markdown/sanitise';

const VALID = fileURLToPath(new URL('../corpus/fixtures/valid', import.meta.url));

interface SideSpec {
	words: number;
	sources: string[];
	asOf: string;
}

type How = 'supports' | 'undercuts' | 'context';

interface PairSpec {
	id: string;
	topic: 'test-topic' | 'other-topic';
	status: 'direct' | 'policy' | 'supporters' | 'none-found';
	critique: SideSpec;
	response: SideSpec;
	/** Each finding: its source, and the points (C1 or R1 of this pair) it bears on. */
	findings: { source: string; bears: [string, How][] }[];
	/** The sides that leave the other side's point not addressed. */
	notAddressed?: ('critique' | 'response')[];
	timeline: string[];
}

export const FIXTURE_PAIRS: PairSpec[] = [
	{
		id: 'TT-01',
		topic: 'test-topic',
		status: 'direct',
		critique: { words: 100, sources: ['critic-report', 'ig-report'], asOf: '2018-06-01' },
		response: { words: 100, sources: ['agency-statement'], asOf: '2018-07-01' },
		findings: [{ source: 'ig-report', bears: [['C1', 'supports']] }],
		timeline: ['event-a']
	},
	{
		id: 'TT-02',
		topic: 'test-topic',
		status: 'none-found',
		critique: { words: 90, sources: ['news-story'], asOf: '2020-03-01' },
		response: { words: 0, sources: [], asOf: '2021-01-01' },
		findings: [],
		timeline: []
	},
	{
		id: 'TT-03',
		topic: 'test-topic',
		status: 'policy',
		critique: { words: 100, sources: ['news-story'], asOf: '2018-02-01' },
		response: { words: 160, sources: ['agency-statement'], asOf: '2019-05-01' },
		findings: [],
		notAddressed: ['response'],
		timeline: ['event-a', 'event-b']
	},
	{
		id: 'OT-01',
		topic: 'other-topic',
		status: 'supporters',
		critique: { words: 120, sources: ['critic-report'], asOf: '2025-02-01' },
		response: { words: 110, sources: ['think-tank-brief', 'ig-report'], asOf: '2025-03-01' },
		findings: [
			{
				source: 'ig-report',
				bears: [
					['R1', 'undercuts'],
					['C1', 'context']
				]
			}
		],
		notAddressed: ['critique'],
		timeline: ['event-b']
	}
];

const SOURCES = [
	['critic-report', 'ngo-advocacy', 'critic'],
	['agency-statement', 'government', 'agency'],
	['ig-report', 'inspector-general', 'neutral'],
	['news-story', 'news', 'critic'],
	['think-tank-brief', 'think-tank', 'supporter']
];

const EVENTS = [
	['event-founding', '2003', 'founding', ['other-topic']],
	['event-a', '2018-06', 'policy', ['test-topic']],
	['event-b', '2025-01-20', 'court', ['test-topic', 'other-topic']]
] as const;

const VOICE = {
	direct: 'agency',
	policy: 'agency',
	supporters: 'supporters',
	'none-found': 'none'
};

const words = (n: number) =>
	Array.from({ length: n }, (_, i) => ['the', 'record', 'shows', 'a', 'point'][i % 5]).join(' ');
const cites = (ids: string[]) => `[${ids.map((s) => `{ source: ${s} }`).join(', ')}]`;

const cited = (ids: string[]) => (ids.length ? ` [@${ids.join('; @')}]` : '');

function claimYaml(pair: PairSpec, side: 'critique' | 'response'): string {
	const spec = pair[side];
	const none = side === 'response' && pair.status === 'none-found';
	const own = side === 'critique' ? 'C' : 'R';
	const other = side === 'critique' ? 'R' : 'C';
	const otherHasPoints = side === 'response' || pair.status !== 'none-found';
	const unanswered = none || pair.notAddressed?.includes(side);
	const answers = otherHasPoints
		? [
				'  answers:',
				`    - point: ${pair.id}-${other}1`,
				...(unanswered
					? ['      not_addressed: true', '      text: Nothing on this was found.']
					: [`      text: "An answer${cited(spec.sources.slice(0, 1))}"`])
			]
		: ['  answers: []'];
	return [
		`${side}:`,
		`  id: ${pair.id}-${own}`,
		...(side === 'response' ? [`  status: ${pair.status}`, `  voice: ${VOICE[pair.status]}`] : []),
		`  summary: One side says one thing about the question.`,
		`  argument: "${spec.words ? `${words(spec.words)}${cited(spec.sources)}` : ''}"`,
		...(none
			? ['  points: []']
			: [
					`  by: { name: A speaker, kind: ${side === 'critique' ? 'advocacy-group' : 'agency'} }`,
					`  points: [{ id: ${pair.id}-${own}1, text: The side makes one point. }]`
				]),
		...answers,
		`  as_of: ${spec.asOf}`,
		`  sources: ${cites(spec.sources)}`
	].join('\n');
}

function pairYaml(pair: PairSpec): string {
	const findings = pair.findings.map(
		(f) =>
			`  - { text: "A neutral body found a fact. [@${f.source}]", by: { name: An inspector general, kind: inspector-general }, date: 2020, bears: [${f.bears.map(([pt, how]) => `{ point: ${pair.id}-${pt}, how: ${how} }`).join(', ')}], sources: ${cites([f.source])} }`
	);
	return [
		`id: ${pair.id}`,
		`topic: ${pair.topic}`,
		'question: Is the question neutral?',
		claimYaml(pair, 'critique'),
		claimYaml(pair, 'response'),
		`findings:${findings.length ? `\n${findings.join('\n')}` : ' []'}`,
		`timeline: [${pair.timeline.join(', ')}]`,
		'last_reviewed: 2025-06-01',
		'history:\n  - { date: 2025-06-01, change: First published., checked: The fixture. }'
	].join('\n');
}

const sourcesYaml = () =>
	`sources:\n${SOURCES.map(
		([id, type, perspective]) =>
			`  - { id: ${id}, title: A title, publisher: A publisher, date: 2020, url: "https://example.org/${id}", type: ${type}, perspective: ${perspective}, excerpts: [{ text: A passage., supports: a point }], verified: fixture }`
	).join('\n')}`;

const timelineYaml = () =>
	`events:\n${EVENTS.map(
		([id, date, kind, topics]) =>
			`  - { id: ${id}, date: "${date}", kind: ${kind}, title: Event ${id}, description: Something happened., topics: [${topics.join(', ')}], sources: [{ source: ig-report }] }`
	).join('\n')}`;

/** The fixture corpus as files, ready for `validateCorpus`. */
export function balanceFixtureFiles(): CorpusFile[] {
	const registries = readCorpusFiles(VALID).filter(
		(f) => !/\/(sources|timeline)\.yaml$/.test(f.path) && !/^claims\/[^/]+\//.test(f.path)
	);
	return [
		...registries,
		{ path: 'claims/sources.yaml', text: sourcesYaml() },
		{ path: 'claims/timeline.yaml', text: timelineYaml() },
		...FIXTURE_PAIRS.map((p) => ({ path: `claims/${p.topic}/${p.id}.yaml`, text: pairYaml(p) }))
	];
}

/** The fixture validated and arranged, with the checker's problems (two balance warnings). */
export function fixtureViews() {
	const { data, problems } = validateCorpus(balanceFixtureFiles(), { today: '2026-11-28' });
	if (!data) throw new Error(problems.map((p) => p.message).join('\n'));
	return { views: buildViews(data, liveMarkdown), problems };
}
