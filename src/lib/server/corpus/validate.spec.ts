import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { formatProblem } from './format';
import { readCorpusFiles } from './load';
import type { Problem } from './parse';
import { validateCorpus, type CorpusFile } from './validate';

const FIXTURE = fileURLToPath(new URL('./fixtures/valid', import.meta.url));
const TODAY = '2026-11-28';
const PAIR = 'claims/test-topic/TT-01.yaml';

const fixture = () => readCorpusFiles(FIXTURE);

/** Validates the fixture corpus after `change` has rewritten one file's text. */
function validateWith(path: string, change: (text: string) => string) {
	const files = fixture().map((f) => (f.path === path ? { ...f, text: change(f.text) } : f));
	return validateCorpus(files, { today: TODAY });
}

function errors(problems: Problem[]) {
	return problems.filter((p) => p.level === 'error');
}

/** The one error expected, with its file, line and field. */
function expectOneError(
	problems: Problem[],
	expected: { file: string; line?: number; path?: string; message: RegExp }
) {
	const found = errors(problems);
	expect(found.map(formatProblem)).toHaveLength(1);
	const [p] = found;
	expect(p.file).toBe(expected.file);
	if (expected.line !== undefined) expect(p.line).toBe(expected.line);
	if (expected.path !== undefined) expect(p.path).toBe(expected.path);
	expect(p.message).toMatch(expected.message);
}

const lineOf = (path: string, needle: string) =>
	fixture()
		.find((f) => f.path === path)!
		.text.split('\n')
		.findIndex((l) => l.includes(needle)) + 1;

describe('validateCorpus on the valid fixture', () => {
	it('finds no problem and returns the data', () => {
		const { data, problems } = validateCorpus(fixture(), { today: TODAY });
		expect(problems.map(formatProblem)).toEqual([]);
		expect(data?.pairs.map((p) => p.id)).toEqual(['TT-01', 'TT-02']);
	});
});

describe('validateCorpus errors name file, line and field', () => {
	it('reports malformed YAML with its line', () => {
		const { data, problems } = validateWith(PAIR, (t) =>
			t.replace('tags: [hearings]', 'tags: [hearings')
		);
		expect(data).toBeNull();
		const [p] = errors(problems);
		expect(p.file).toBe(PAIR);
		expect(p.message).toMatch(/YAML syntax/);
		expect(p.line).toBeGreaterThanOrEqual(lineOf(PAIR, 'tags:'));
	});

	it('reports an empty file', () => {
		const { problems } = validateWith(PAIR, () => '');
		expectOneError(problems, { file: PAIR, line: 1, message: /empty/ });
	});

	it('reports a missing field at its parent', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('  summary: The group argues that people wait too long for a hearing.\n', '')
		);
		expectOneError(problems, { file: PAIR, path: 'critique.summary', message: /missing field/ });
	});

	it('reports a wrong type with the line of the field', () => {
		const { problems } = validateWith(PAIR, (t) => t.replace('tags: [hearings]', 'tags: 42'));
		expectOneError(problems, {
			file: PAIR,
			line: lineOf(PAIR, 'tags:'),
			path: 'tags',
			message: /expected array/
		});
	});

	it('reports a history entry whose `resolves` is not a report id', () => {
		const entry = (resolves: string) => (t: string) =>
			`${t}  - date: 2021-01-03\n    change: Corrected.\n    resolves: ${resolves}\n`;
		expect(errors(validateWith(PAIR, entry('AbCdEfGhIjKlMnOpQrStUv')).problems)).toEqual([]);
		const { problems } = validateWith(PAIR, entry('/corrections/abc'));
		expectOneError(problems, {
			file: PAIR,
			line: lineOf(PAIR, 'checked:') + 3,
			path: 'history[2].resolves',
			message: /expected a report id/
		});
	});

	it('reports an unknown field by name', () => {
		const { problems } = validateWith(PAIR, (t) => t.replace('tags:', 'colour: red\ntags:'));
		expectOneError(problems, { file: PAIR, message: /unknown field "colour"/ });
	});

	it('reports an invalid response status', () => {
		const { problems } = validateWith(PAIR, (t) => t.replace('status: direct', 'status: maybe'));
		expectOneError(problems, { file: PAIR, path: 'response.status', message: /direct, policy/ });
	});

	it('reports a voice that does not fit the status', () => {
		const { problems } = validateWith(PAIR, (t) => t.replace('voice: agency', 'voice: supporters'));
		expectOneError(problems, { file: PAIR, path: 'response.voice', message: /agency/ });
	});

	it('reports a duplicate pair id in two files', () => {
		const files = fixture();
		const copy = files.find((f) => f.path === PAIR)!;
		files.push({ path: 'claims/other-topic/TT-01.yaml', text: copy.text });
		const { problems } = validateCorpus(files, { today: TODAY });
		expect(errors(problems).some((p) => /duplicate pair id "TT-01"/.test(p.message))).toBe(true);
	});

	it('reports a duplicate source id in the registry, naming the first line', () => {
		const path = 'claims/sources.yaml';
		const { problems } = validateWith(path, (t) => {
			const first = t.slice(
				t.indexOf('  - id: critic-report'),
				t.indexOf('  - id: agency-statement')
			);
			return t + first;
		});
		expectOneError(problems, {
			file: path,
			path: 'sources[2].id',
			message: /duplicate source id "critic-report" \(first defined on line 2\)/
		});
	});

	it('reports an id that does not match its file name', () => {
		const { problems } = validateWith('claims/test-topic/TT-02.yaml', (t) =>
			t.replace('id: TT-02\n', 'id: TT-03\n').replaceAll('TT-02-', 'TT-03-')
		);
		expect(errors(problems).map(formatProblem)).toContain(
			'claims/test-topic/TT-02.yaml:1: error: id: id "TT-03" does not match the file name "TT-02.yaml": expected TT-02'
		);
	});

	it('reports a claim id that does not belong to its pair', () => {
		const { problems } = validateWith(PAIR, (t) => t.replace('id: TT-01-R', 'id: TT-02-R'));
		expectOneError(problems, { file: PAIR, path: 'response.id', message: /expected TT-01-R/ });
	});

	it('reports an unknown topic', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('topic: test-topic', 'topic: nowhere')
		);
		expect(errors(problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(/unknown topic "nowhere"/)
		);
	});

	it('reports a pair filed in the wrong topic folder', () => {
		const files = fixture().map((f) =>
			f.path === PAIR ? { ...f, path: 'claims/other-topic/TT-01.yaml' } : f
		);
		const { problems } = validateCorpus(files, { today: TODAY });
		expectOneError(problems, {
			file: 'claims/other-topic/TT-01.yaml',
			path: 'topic',
			message: /does not match the folder "other-topic\/"/
		});
	});

	it('reports an unknown source', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t
				.replace('      - source: critic-report', '      - source: nobody')
				.replace('held for 45 days [@critic-report]', 'held for 45 days [@nobody]')
		);
		expectOneError(problems, {
			file: PAIR,
			line: lineOf(PAIR, '      - source: critic-report'),
			path: 'findings[0].sources[0].source',
			message: /unknown source "nobody"/
		});
	});

	it('reports an unknown related pair', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('related: [TT-02]', 'related: [TT-77]')
		);
		expectOneError(problems, {
			file: PAIR,
			path: 'related[0]',
			message: /unknown related pair "TT-77"/
		});
	});

	it('reports an unknown timeline event', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('timeline: [test-event-2020]', 'timeline: [nope]')
		);
		expectOneError(problems, {
			file: PAIR,
			path: 'timeline[0]',
			message: /unknown timeline event "nope"/
		});
	});

	it('reports a quote that is not verbatim in the excerpts', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace(
				'quote: The agency held people for 45 days',
				'quote: The agency held people for 90 days'
			)
		);
		expectOneError(problems, {
			file: PAIR,
			path: 'critique.sources[0].quote',
			message: /not verbatim/
		});
	});

	it('reports a quoted passage in an argument that no cited excerpt contains', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace(
				'"The agency held people for 45 days without a hearing"',
				'"The agency held people for months"'
			)
		);
		expectOneError(problems, { file: PAIR, path: 'critique.argument', message: /quoted passage/ });
	});

	it('reports a future date', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('as_of: 2020-05-01', 'as_of: 2031-01-01')
		);
		expectOneError(problems, { file: PAIR, path: 'critique.as_of', message: /in the future/ });
	});

	it('reports a date that is not a real day', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('as_of: 2020-05-01', 'as_of: 2020-02-30')
		);
		expectOneError(problems, { file: PAIR, path: 'critique.as_of', message: /real calendar date/ });
	});

	it('reports a last_reviewed that no review in history backs', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('last_reviewed: 2021-01-02', 'last_reviewed: 2020-12-01')
		);
		expectOneError(problems, {
			file: PAIR,
			path: 'last_reviewed',
			message: /older than the latest review in history \(2021-01-02/
		});
		const unearned = validateWith(PAIR, (t) =>
			t
				.replace(/\n {4}checked: [^\n]+/, '')
				.replace('last_reviewed: 2021-01-02', 'last_reviewed: 2021-01-02')
		);
		expectOneError(unearned.problems, {
			file: PAIR,
			path: 'last_reviewed',
			message: /not earned: no history entry says what was checked/
		});
	});

	it('lets a revision follow the last review', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace(
				'    checked: The two sources, and the events of the topic up to this date.',
				'    checked: The two sources, and the events of the topic up to this date.\n  - date: 2021-03-01\n    change: Fixed a typo.'
			)
		);
		expect(errors(problems).map(formatProblem)).toEqual([]);
	});

	it('reports a source URL that is not https', () => {
		const path = 'claims/sources.yaml';
		const { problems } = validateWith(path, (t) =>
			t.replace('https://example.org/critic-report', 'http://example.org/critic-report')
		);
		expectOneError(problems, { file: path, path: 'sources[0].url', message: /https/ });
	});

	it('reports raw HTML and non-https links in an argument', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('fairness requires', 'fairness <b>requires</b> ([see](http://example.org))')
		);
		const messages = errors(problems).map((p) => `${p.path}: ${p.message}`);
		expect(messages).toEqual([
			expect.stringMatching(/critique.argument: raw HTML/),
			expect.stringMatching(/critique.argument: link "http:\/\/example.org" is not an https/)
		]);
	});

	it('refuses a retired id', () => {
		const files = fixture();
		const copy = files.find((f) => f.path === PAIR)!;
		files.push({
			path: 'claims/test-topic/TT-09.yaml',
			text: copy.text.replaceAll('TT-01', 'TT-09').replace('related: [TT-02]', 'related: []')
		});
		const { problems } = validateCorpus(files, { today: TODAY });
		expectOneError(problems, {
			file: 'claims/test-topic/TT-09.yaml',
			path: 'id',
			message: /retired/
		});
	});

	it('reports a missing registry file', () => {
		const files = fixture().filter((f) => f.path !== 'claims/timeline.yaml');
		const { data, problems } = validateCorpus(files, { today: TODAY });
		expect(data).toBeNull();
		expectOneError(problems, { file: 'claims/timeline.yaml', message: /missing registry/ });
	});

	it('reports every problem at once, across files', () => {
		const files: CorpusFile[] = fixture().map((f) =>
			f.path === PAIR
				? { ...f, text: f.text.replace('as_of: 2020-05-01', 'as_of: 2031-01-01') }
				: f.path === 'claims/test-topic/TT-02.yaml'
					? { ...f, text: f.text.replace('- source: agency-statement', '- source: gone') }
					: f
		);
		const { problems } = validateCorpus(files, { today: TODAY });
		expect(new Set(errors(problems).map((p) => p.file))).toEqual(
			new Set([PAIR, 'claims/test-topic/TT-02.yaml'])
		);
	});
});

describe('balance warnings', () => {
	const warnings = (problems: Problem[]) => problems.filter((p) => p.level === 'warning');

	it('refuses a claim whose argument cites nothing (a claim without a source)', () => {
		const { data, problems } = validateWith(PAIR, (t) =>
			t
				.replace(
					/ {2}sources:\n {4}- source: agency-statement\n {6}quote: [^\n]+\n/,
					'  sources: []\n'
				)
				.replace(/\n {4}\[@agency-statement\]/, '')
				.replace(
					/"Every person in custody receives a hearing as the law requires"\n {8}\[@agency-statement\]/,
					'every person gets a hearing'
				)
		);
		expect(data).toBeNull();
		expect(errors(problems).map((p) => `${p.path}: ${p.message}`)).toEqual([
			expect.stringMatching(/^response.argument: the text of the argument has no citation/),
			expect.stringMatching(/^response.argument: quoted passage "Every person/),
			expect.stringMatching(
				/^response.answers\[0\].text: the text of the answer to TT-01-C1 has no citation/
			)
		]);
	});

	it('warns when the arguments differ in length by more than 1.5×', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace(
				'which it says it met in every case it reviewed.',
				'which it says it met in every case it reviewed. '.repeat(8)
			)
		);
		expect(warnings(problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(/differ in length by/)
		);
	});

	it('warns about a loaded term outside quotes, not inside them', () => {
		const outside = validateWith(PAIR, (t) => t.replace('loses work', 'is kidnapping'));
		expect(warnings(outside.problems).map((p) => `${p.path}: ${p.message}`)).toEqual([
			expect.stringMatching(/critique.argument: loaded term "kidnapping"/)
		]);
		const quoted = validateWith(PAIR, (t) => t.replace('loses work', 'called it "kidnapping"'));
		expect(warnings(quoted.problems)).toEqual([]);
	});

	it('warns about a none-found response that still argues', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t
				.replace('status: direct', 'status: none-found')
				.replace('voice: agency', 'voice: none')
				.replace(/ {2}points:\n {4}- id: TT-01-R1\n[^\n]+\n/, '')
				.replace(/ {2}answers:\n {4}- point: TT-01-R1\n(?: {6}[^\n]+\n| {8}[^\n]+\n)+/, '')
				.replace(/\n {6}- \{ point: TT-01-R1, how: context \}/, '')
		);
		expect(errors(problems).map(formatProblem)).toEqual([]);
		expect(warnings(problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(/none-found but the argument/)
		);
	});

	it('warns about timeline events since the last review', () => {
		const path = 'claims/timeline.yaml';
		const { data, problems } = validateWith(path, (t) =>
			t.replace('date: 2020-05', 'date: 2021-06')
		);
		expect(data).not.toBeNull();
		expect(warnings(problems).map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
			expect.stringMatching(
				/^claims\/test-topic\/TT-01.yaml last_reviewed: 1 timeline event\(s\) since this pair was last reviewed on 2021-01-02 \(test-event-2020, 2021-06\)/
			),
			expect.stringMatching(/^claims\/test-topic\/TT-02.yaml last_reviewed: 1 timeline event/)
		]);
	});

	it('warns when the two sides speak for dates more than five years apart, unless historical', () => {
		const apart = validateWith(PAIR, (t) => t.replace('as_of: 2020-05-01', 'as_of: 2014-05-01'));
		expect(warnings(apart.problems).map((p) => `${p.path}: ${p.message}`)).toEqual([
			expect.stringMatching(/^response.as_of: the two sides speak for dates 6 years apart/)
		]);
		const historical = validateWith(PAIR, (t) =>
			t
				.replace('as_of: 2020-05-01', 'as_of: 2014-05-01')
				.replace('last_reviewed:', 'historical: true\nlast_reviewed:')
		);
		expect(warnings(historical.problems)).toEqual([]);
	});
});

describe('corpus v2: points, answers, inline citations, bearings', () => {
	const one = (change: (t: string) => string, expected: { path: string; message: RegExp }) => {
		const { data, problems } = validateWith(PAIR, change);
		expect(data).toBeNull();
		expectOneError(problems, { file: PAIR, ...expected });
	};
	/** The expected error is among the errors, each of which is in the changed file. */
	const among = (change: (t: string) => string, expected: { path: string; message: RegExp }) => {
		const { data, problems } = validateWith(PAIR, change);
		expect(data).toBeNull();
		const found = errors(problems);
		expect(found.every((p) => p.file === PAIR)).toBe(true);
		expect(found).toContainEqual(
			expect.objectContaining({
				path: expected.path,
				message: expect.stringMatching(expected.message)
			})
		);
		return found.map((p) => `${p.path}: ${p.message}`);
	};

	it('reports a point with no answer from the other side', () => {
		one(
			(t) => t.replace(/ {4}- point: TT-01-C2\n {6}not_addressed: true\n {6}text: [^\n]+\n/, ''),
			{ path: 'critique.points[1].id', message: /point "TT-01-C2" has no answer from the response/ }
		);
	});

	it('reports an answer to an unknown point, and to a point of its own side', () => {
		among((t) => t.replace('  - point: TT-01-C2', '  - point: TT-01-C9'), {
			path: 'response.answers[1].point',
			message: /answer to unknown point "TT-01-C9"/
		});
		const own = validateWith(PAIR, (t) =>
			t.replace('    - point: TT-01-R1\n', '    - point: TT-01-C1\n')
		);
		expect(errors(own.problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(/answer to "TT-01-C1", a point of this same side/)
		);
	});

	it('reports a point answered twice', () => {
		among((t) => t.replace('    - point: TT-01-C2\n', '    - point: TT-01-C1\n'), {
			path: 'response.answers[1].point',
			message: /point "TT-01-C1" is answered twice/
		});
	});

	it('reports a point id that does not belong to its claim', () => {
		one(
			(t) =>
				t
					.replace('    - id: TT-01-C2\n', '    - id: TT-01-R2\n')
					.replace('  - point: TT-01-C2', '  - point: TT-01-R2'),
			{ path: 'critique.points[1].id', message: /does not belong to claim TT-01-C/ }
		);
	});

	it('reports a paragraph without a citation', () => {
		among((t) => t.replace('\n    [@critic-report, p. 3]', ''), {
			path: 'critique.argument',
			message: /the text of the argument has no citation/
		});
	});

	it('reports a citation of a source the claim does not list', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('[@critic-report, p. 3]', '[@critic-report, p. 3; @agency-statement]')
		);
		expect(errors(problems).map((p) => `${p.path}: ${p.message}`)).toEqual([
			expect.stringMatching(
				/^critique.argument: the text of the argument cites \[@agency-statement\], which is not in its sources/
			)
		]);
	});

	it('reports a listed source cited nowhere', () => {
		one(
			(t) =>
				t.replace(
					'      pinpoint: p. 3\n',
					'      pinpoint: p. 3\n    - source: agency-statement\n'
				),
			{ path: 'critique.sources[1].source', message: /listed but cited nowhere/ }
		);
	});

	it('reports a citation it cannot read', () => {
		one((t) => t.replace('[@critic-report, p. 3]', '[@critic-report; p. 3]'), {
			path: 'critique.argument',
			message: /cannot be read at "p. 3"/
		});
	});

	it('checks a quoted passage against the sources cited in its own paragraph', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace(
				'minimum that\n    fairness requires',
				'minimum that\n    fairness requires, while the agency says "Every person in custody receives a hearing"'
			)
		);
		expect(errors(problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(/not verbatim in an excerpt of a source cited in that paragraph/)
		);
	});

	it('reports a finding that bears on an unknown point, or on none', () => {
		one(
			(t) => t.replace('{ point: TT-01-R1, how: context }', '{ point: TT-01-R7, how: context }'),
			{
				path: 'findings[0].bears[1].point',
				message: /bears on unknown point "TT-01-R7"/
			}
		);
		one((t) => t.replace(/ {4}bears:\n(?: {6}- [^\n]+\n)+/, ''), {
			path: 'findings[0].bears',
			message: /missing field/
		});
	});

	it('reports a finding without a citation', () => {
		among((t) => t.replace('held for 45 days [@critic-report].', 'held for 45 days.'), {
			path: 'findings[0].text',
			message: /the text of the finding has no citation/
		});
	});

	it('reads sources from sources/*.yaml and refuses an id defined twice', () => {
		const extra = {
			path: 'claims/sources/more-sources.yaml',
			text: 'sources:\n  - id: second-report\n    title: Another report\n    publisher: A court\n    date: 2020\n    url: https://example.org/second\n    type: court\n    perspective: neutral\n    excerpts:\n      - text: The court found the delays unlawful.\n        supports: the delays\n    verified: fixture\n'
		};
		const cited = fixture()
			.map((f) =>
				f.path === PAIR
					? {
							...f,
							text: f.text
								.replace(
									'held for 45 days [@critic-report].',
									'held for 45 days [@critic-report; @second-report].'
								)
								.replace(
									'      - source: critic-report\nrelated',
									'      - source: critic-report\n      - source: second-report\nrelated'
								)
						}
					: f
			)
			.concat(extra);
		const ok = validateCorpus(cited, { today: TODAY });
		expect(ok.problems.map(formatProblem)).toEqual([]);
		expect(ok.data?.sources.map((s) => s.id)).toContain('second-report');
		const twice = validateCorpus(
			cited.concat({ ...extra, path: 'claims/sources/again-sources.yaml' }),
			{ today: TODAY }
		);
		expect(errors(twice.problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(
				/duplicate source id "second-report": also in claims\/sources\/again-sources.yaml|duplicate source id "second-report": also in claims\/sources\/more-sources.yaml/
			)
		);
	});
});
