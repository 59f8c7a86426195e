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
			t.replace('      - source: critic-report', '      - source: nobody')
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

	it('reports last_reviewed before the latest history entry', () => {
		const { problems } = validateWith(PAIR, (t) =>
			t.replace('last_reviewed: 2021-01-02', 'last_reviewed: 2020-12-01')
		);
		expectOneError(problems, {
			file: PAIR,
			path: 'last_reviewed',
			message: /before the latest history/
		});
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

	it('warns about a claim without a source, without failing', () => {
		const { data, problems } = validateWith(PAIR, (t) =>
			t
				.replace(
					/ {2}sources:\n {4}- source: agency-statement\n {6}quote: [^\n]+\n/,
					'  sources: []\n'
				)
				.replace(
					'"Every person in custody receives a hearing as the law requires"',
					'every person gets a hearing'
				)
		);
		expect(data).not.toBeNull();
		expect(warnings(problems).map((p) => p.message)).toEqual(['the response cites no source']);
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
			t.replace('status: direct', 'status: none-found').replace('voice: agency', 'voice: none')
		);
		expect(warnings(problems).map((p) => p.message)).toContainEqual(
			expect.stringMatching(/none-found but the argument/)
		);
	});
});
