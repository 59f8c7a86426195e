import { argdown } from '@argdown/core';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkAif, corpusToAif, type AifDocument } from '$lib/cite/aif';
import { corpusToArgdown, escapeArgdown } from '$lib/cite/argdown';
import {
	CSV_COLUMNS,
	POINT_CSV_COLUMNS,
	corpusCsvRows,
	formatCorpusCsv,
	formatPointsCsv,
	pointCsvRows
} from '$lib/cite/csv';
import { fixtureViews } from './fixture-views';
import { realViews } from './real-views';
import { toExportPairs } from './records';

const fixture = toExportPairs(fixtureViews());
const real = toExportPairs(realViews());

describe('CSV', () => {
	for (const [name, pairs] of [
		['fixture', fixture],
		['real corpus', real]
	] as const) {
		it(`parses back with papaparse to the same rows (${name})`, () => {
			const parsed = Papa.parse<Record<string, string>>(formatCorpusCsv(pairs), {
				header: true,
				skipEmptyLines: true
			});
			expect(parsed.errors).toEqual([]);
			expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
			expect(parsed.data).toEqual(corpusCsvRows(pairs));
			expect(parsed.data).toHaveLength(pairs.length * 2);
		});
	}

	it('has one row per claim with its pair, side, topic, who, date and sources', () => {
		const row = corpusCsvRows(fixture).find((r) => r.claim_id === 'TT-01-C')!;
		expect(row).toMatchObject({
			pair_id: 'TT-01',
			side: 'critique',
			topic: 'test-topic',
			who: 'An advocacy group',
			as_of: '2020-05-01',
			source_ids: 'critic-report',
			path: '/claims/TT-01-C'
		});
	});

	it('writes points.csv: each point with the other side’s answer and the findings on it', () => {
		for (const pairs of [fixture, real]) {
			const parsed = Papa.parse<Record<string, string>>(formatPointsCsv(pairs), {
				header: true,
				skipEmptyLines: true
			});
			expect(parsed.errors).toEqual([]);
			expect(parsed.meta.fields).toEqual([...POINT_CSV_COLUMNS]);
			expect(parsed.data).toEqual(pointCsvRows(pairs));
		}
		const rows = pointCsvRows(fixture);
		expect(rows.find((r) => r.point_id === 'TT-01-C1')).toMatchObject({
			side: 'critique',
			answer_status: 'answered',
			answer_source_ids: 'agency-statement',
			findings_supporting: 'TT-01-F1',
			findings_context: ''
		});
		expect(rows.find((r) => r.point_id === 'TT-01-C2')?.answer_status).toBe('not addressed');
		expect(rows.find((r) => r.point_id === 'TT-01-R1')?.findings_context).toBe('TT-01-F1');
		// Answers are plain text: no citation brackets.
		expect(rows.every((r) => !r.answer.includes('[@'))).toBe(true);
	});

	it('defuses spreadsheet formulae', () => {
		const hostile = [{ ...fixture[0], question: '=HYPERLINK("https://evil.example")' }];
		expect(formatCorpusCsv(hostile)).toContain(`"'=HYPERLINK(""https://evil.example"")"`);
	});
});

describe('AIF', () => {
	it('passes the structural check (fixture and real corpus)', () => {
		for (const pairs of [fixture, real]) {
			const aif = corpusToAif(pairs);
			expect(checkAif(aif)).toEqual([]);
			const claims =
				pairs.length * 2 - pairs.filter((p) => p.response.status === 'none-found').length;
			const points = pairs.flatMap((p) => [...p.critique.points, ...p.response.points]).length;
			const answers = pairs
				.flatMap((p) => [...p.critique.answers, ...p.response.answers])
				.filter((a) => !a.notAddressed).length;
			const findings = pairs.flatMap((p) => p.findings).length;
			expect(aif.nodes.filter((n) => n.type === 'I')).toHaveLength(
				claims + points + answers + findings
			);
		}
	});

	it('attacks the critics’ claim from the response through a Default Conflict node', () => {
		const aif = corpusToAif(fixture);
		const ca = aif.nodes.find((n) => n.nodeID === 'TT-01-CA')!;
		expect(ca).toMatchObject({ type: 'CA', text: 'Default Conflict' });
		const into = aif.edges.filter((e) => e.toID === ca.nodeID).map((e) => e.fromID);
		const out = aif.edges.filter((e) => e.fromID === ca.nodeID).map((e) => e.toID);
		expect([into, out]).toEqual([['TT-01-R'], ['TT-01-C']]);
	});

	it('has each point support its claim, each answer conflict with its point, findings bear', () => {
		const aif = corpusToAif(fixture);
		const via = (from: string, to: string) =>
			aif.nodes.find(
				(n) =>
					aif.edges.some((e) => e.fromID === from && e.toID === n.nodeID) &&
					aif.edges.some((e) => e.fromID === n.nodeID && e.toID === to)
			)?.type;
		expect(via('TT-01-C1', 'TT-01-C')).toBe('RA');
		expect(via('TT-01-R-answers-TT-01-C1', 'TT-01-C1')).toBe('CA');
		expect(via('TT-01-C-answers-TT-01-R1', 'TT-01-R1')).toBe('CA');
		// TT-01-C2 is not addressed by the response: no answer node.
		expect(aif.nodes.some((n) => n.nodeID === 'TT-01-R-answers-TT-01-C2')).toBe(false);
		expect(via('TT-01-F1', 'TT-01-C1')).toBe('RA');
		// A context bearing has no AIF scheme: no edge from the finding to TT-01-R1.
		expect(via('TT-01-F1', 'TT-01-R1')).toBeUndefined();
	});

	it('says who made each claim with a locution carrying its source URL and date', () => {
		const aif = corpusToAif(fixture);
		const loc = aif.locutions.find((l) => l.nodeID === 'TT-01-C-L')!;
		expect(loc).toMatchObject({
			timestamp: '2020-05-01',
			source: 'https://example.org/critic-report'
		});
		const person = aif.participants.find((p) => p.participantID === loc.personID)!;
		expect(person.firstname).toBe('An advocacy group');
	});

	it('catches an I-to-I edge, a missing node and a bad type', () => {
		const bad: AifDocument = {
			nodes: [
				{ nodeID: 'a', text: 'A', type: 'I' },
				{ nodeID: 'b', text: 'B', type: 'I' },
				{ nodeID: 'c', text: 'C', type: 'XX' as 'I' }
			],
			edges: [
				{ edgeID: 'e1', fromID: 'a', toID: 'b' },
				{ edgeID: 'e2', fromID: 'a', toID: 'zz' }
			],
			locutions: [{ nodeID: 'a', personID: 'p9', timestamp: '', source: '' }],
			participants: []
		};
		expect(checkAif(bad)).toEqual([
			'node c has type XX',
			'edge e1 joins I to I without a scheme node',
			'edge e2 joins a missing node',
			'locution of a, not an L-node',
			'locution of a names no participant'
		]);
	});
});

describe('Argdown', () => {
	const text = corpusToArgdown(fixture);
	const lines = text.split('\n');

	it('has the topics as headings and each pair question below', () => {
		expect(lines).toContain('# Test topic');
		expect(lines).toContain('## TT-01: Are people held too long before a hearing?');
	});

	it('states the critics’ claim and has the response attack it, with metadata in braces', () => {
		const at = lines.findIndex((l) => l.startsWith('[TT-01-C]: '));
		expect(lines[at + 1]).toMatch(/^ {2}- \[TT-01-R\]: The agency says/);
		const data = parseYaml(lines[at].slice(lines[at].indexOf(' {') + 1));
		expect(data).toEqual({
			pair: 'TT-01',
			side: 'critique',
			by: 'An advocacy group',
			kind: 'advocacy-group',
			as_of: '2020-05-01',
			sources: ['https://example.org/critic-report'],
			path: '/claims/TT-01-C'
		});
	});

	it('escapes the characters that would start Argdown syntax', () => {
		expect(escapeArgdown('a [b] <c> {d} #e @f *g* _h_')).toBe(
			'a \\[b\\] \\<c\\> \\{d\\} \\#e \\@f \\*g\\* \\_h\\_'
		);
	});

	it('parses with Argdown into the argument map: points, answers and findings as relations', () => {
		const result = argdown.run({ input: text, process: ['parse-input', 'build-model'] });
		expect(result.lexerErrors ?? []).toEqual([]);
		expect(result.parserErrors ?? []).toEqual([]);
		const relations = (result.relations ?? []).map(
			(r) => `${r.from!.title} ${r.relationType} ${r.to!.title}`
		);
		expect(relations).toEqual(
			expect.arrayContaining([
				'TT-01-R attack TT-01-C',
				'TT-01-C1 support TT-01-C',
				'TT-01-R1 support TT-01-R',
				'TT-01-R-answers-TT-01-C1 attack TT-01-C1',
				'TT-01-C-answers-TT-01-R1 attack TT-01-R1',
				'TT-01-F1 support TT-01-C1'
			])
		);
		expect(relations.some((r) => r.includes('answers-TT-01-C2'))).toBe(false);
		expect(relations.some((r) => r.startsWith('TT-01-F1') && r.endsWith('TT-01-R1'))).toBe(false);
	});

	it('parses the real corpus with Argdown, every point a statement', () => {
		const result = argdown.run({
			input: corpusToArgdown(real),
			process: ['parse-input', 'build-model']
		});
		expect(result.parserErrors ?? []).toEqual([]);
		const titles = new Set(Object.keys(result.statements ?? {}));
		for (const p of real)
			for (const point of [...p.critique.points, ...p.response.points])
				expect(titles).toContain(point.id);
	});

	it('writes a statement for every claim of the real corpus', () => {
		const realText = corpusToArgdown(real);
		for (const p of real) expect(realText).toContain(`[${p.critique.id}]: `);
	});
});
