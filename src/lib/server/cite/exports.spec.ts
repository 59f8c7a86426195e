import { argdown } from '@argdown/core';
import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkAif, corpusToAif, type AifDocument } from '$lib/cite/aif';
import { corpusToArgdown, escapeArgdown } from '$lib/cite/argdown';
import {
	CSV_TABLES,
	LIST_SEPARATOR,
	csvColumns,
	csvRows,
	csvTable,
	formatCsv
} from '$lib/cite/csv';
import { fixtureViews } from './fixture-views';
import { realViews } from './real-views';
import { toExportPairs } from './records';

const fixture = toExportPairs(fixtureViews());
const real = toExportPairs(realViews());

const ORIGIN = 'https://example.org';
const rowsOf = (file: string, pairs = fixture) => csvRows(csvTable(file)!, pairs, ORIGIN);
const find = (file: string, column: string, value: string) =>
	rowsOf(file).find((r) => r[column] === value)!;

describe('CSV', () => {
	for (const [name, pairs] of [
		['fixture', fixture],
		['real corpus', real]
	] as const) {
		it(`parses back with papaparse to the same rows, every table (${name})`, () => {
			for (const table of CSV_TABLES) {
				const parsed = Papa.parse<Record<string, string>>(formatCsv(table, pairs, ORIGIN), {
					header: true,
					skipEmptyLines: true
				});
				expect(parsed.errors).toEqual([]);
				expect(parsed.meta.fields).toEqual(csvColumns(table));
				expect(parsed.data).toEqual(csvRows(table, pairs, ORIGIN));
			}
		});
	}

	it('documents every column of every table', () => {
		expect(CSV_TABLES.map((t) => t.file)).toEqual([
			'corpus.csv',
			'points.csv',
			'findings.csv',
			'citations.csv'
		]);
		for (const table of CSV_TABLES) {
			expect(new Set(csvColumns(table)).size).toBe(table.columns.length);
			for (const c of table.columns) expect(c.about).toMatch(/\S.{8,}/);
		}
	});

	it('has one row per claim with its pair, side, topic, who, date, full argument and sources', () => {
		expect(rowsOf('corpus.csv', real)).toHaveLength(real.length * 2);
		expect(find('corpus.csv', 'claim_id', 'TT-01-C')).toMatchObject({
			pair_id: 'TT-01',
			side: 'critique',
			topic: 'test-topic',
			who: 'An advocacy group',
			as_of: '2020-05-01',
			source_ids: 'critic-report',
			url: 'https://example.org/claims/TT-01-C'
		});
		// The full argument, plain: as long as the pair's, with no Markdown or citation left.
		for (const row of rowsOf('corpus.csv', real)) {
			const claim = real.find((p) => p.id === row.pair_id)![row.side as 'critique' | 'response'];
			expect(row.argument).toBe(claim.argument);
			expect(row.argument).not.toMatch(/\[@|\*\*|\]\(/);
		}
	});

	it('joins every list with one separator and gives absolute addresses', () => {
		for (const table of CSV_TABLES) {
			for (const row of csvRows(table, real, ORIGIN)) {
				expect(row.url).toMatch(/^https:\/\/example\.org\//);
				for (const [column, value] of Object.entries(row)) {
					if (/_ids$|_urls$|_points$|^findings_/.test(column) && value) {
						// Ids and URLs contain no space: split at the separator, nothing is left joined.
						for (const part of value.split(LIST_SEPARATOR)) expect(part).toMatch(/^\S+$/);
					}
				}
			}
		}
		const many = rowsOf('corpus.csv', real).find((r) => r.source_ids.includes(LIST_SEPARATOR))!;
		expect(many.source_urls.split(LIST_SEPARATOR)).toHaveLength(
			many.source_ids.split(LIST_SEPARATOR).length
		);
	});

	it('writes points.csv: each point with the other side’s answer and the findings on it', () => {
		expect(find('points.csv', 'point_id', 'TT-01-C1')).toMatchObject({
			side: 'critique',
			answer_status: 'answered',
			answer_source_ids: 'agency-statement',
			findings_supporting: 'TT-01-F1',
			findings_context: '',
			url: 'https://example.org/pairs/TT-01?view=points#TT-01-C1'
		});
		expect(find('points.csv', 'point_id', 'TT-01-C2').answer_status).toBe('not addressed');
		expect(find('points.csv', 'point_id', 'TT-01-R1').findings_context).toBe('TT-01-F1');
		// Answers are plain text: no citation brackets.
		expect(rowsOf('points.csv', real).every((r) => !r.answer.includes('[@'))).toBe(true);
	});

	it('writes findings.csv: each finding, who found it, when, and how it bears on each point', () => {
		const pair = fixture.find((p) => p.id === 'TT-01')!;
		const [finding] = pair.findings;
		const row = find('findings.csv', 'finding_id', 'TT-01-F1');
		expect(row).toMatchObject({
			pair_id: 'TT-01',
			finding: finding.text,
			by: finding.by.name,
			date: finding.date,
			supports_points: 'TT-01-C1',
			context_points: 'TT-01-R1',
			source_ids: finding.sources.map((s) => s.id).join(LIST_SEPARATOR),
			url: 'https://example.org/pairs/TT-01#TT-01-F1'
		});
		const findings = real.flatMap((p) => p.findings);
		expect(rowsOf('findings.csv', real)).toHaveLength(findings.length);
		// Every bearing is in exactly one of the three columns.
		const bearings = rowsOf('findings.csv', real).flatMap((r) =>
			[r.supports_points, r.undercuts_points, r.context_points].flatMap((v) =>
				v ? v.split(LIST_SEPARATOR) : []
			)
		);
		expect(bearings).toHaveLength(findings.flatMap((f) => f.bears).length);
	});

	it('writes citations.csv: every source each claim and finding cites, with its quote', () => {
		const row = find('citations.csv', 'cited_by', 'TT-01-C');
		expect(row).toMatchObject({
			cited_by_kind: 'critique',
			pair_id: 'TT-01',
			source_id: 'critic-report',
			quote: 'The agency held people for 45 days without a hearing in 2019.',
			pinpoint: 'p. 3',
			url: 'https://example.org/claims/TT-01-C'
		});
		expect(find('citations.csv', 'cited_by', 'TT-01-F1')).toMatchObject({
			cited_by_kind: 'finding',
			url: 'https://example.org/pairs/TT-01#TT-01-F1'
		});
		const cited = real.flatMap((p) => [
			...p.critique.sources,
			...p.response.sources,
			...p.findings.flatMap((f) => f.sources)
		]);
		const rows = rowsOf('citations.csv', real);
		expect(rows).toHaveLength(cited.length);
		expect(rows.filter((r) => r.quote).length).toBe(cited.filter((s) => s.quote).length);
		expect(rows.filter((r) => r.quote).length).toBeGreaterThan(0);
	});

	it('defuses spreadsheet formulae', () => {
		const hostile = [{ ...fixture[0], question: '=HYPERLINK("https://evil.example")' }];
		expect(formatCsv(csvTable('corpus.csv')!, hostile, ORIGIN)).toContain(
			`"'=HYPERLINK(""https://evil.example"")"`
		);
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
