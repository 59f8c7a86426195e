/**
 * Parsing: YAML text in, plain values out, with a way back from a field path to its line.
 * Takes text, not paths, so tests feed it fixtures without touching the disk.
 */
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { z } from 'zod';

export type Level = 'error' | 'warning';

/** One problem in the corpus: where it is and what was expected. */
export interface Problem {
	file: string;
	line: number;
	path: string;
	message: string;
	level: Level;
}

export type FieldPath = readonly PropertyKey[];

/** A parsed file: its value and a function that finds the line of any field path in it. */
export interface ParsedFile {
	file: string;
	value: unknown;
	lineOf: (path: FieldPath) => number;
}

/** Dotted form of a field path, as the reader writes it: `critique.sources[1].quote`. */
export function formatPath(path: FieldPath): string {
	return path
		.map((key, i) =>
			typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`
		)
		.join('');
}

/** Parses one YAML file; syntax errors and emptiness come back as problems, never as throws. */
export function parseYamlFile(
	file: string,
	text: string
): { parsed: ParsedFile | null; problems: Problem[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter, prettyErrors: false });
	const problems: Problem[] = doc.errors.map((err) => ({
		file,
		line: err.linePos?.[0]?.line ?? lineCounter.linePos(err.pos[0]).line,
		path: '',
		message: `YAML syntax: ${err.message.split('\n')[0]}`,
		level: 'error'
	}));
	if (problems.length) return { parsed: null, problems };
	if (doc.contents === null) {
		return {
			parsed: null,
			problems: [{ file, line: 1, path: '', message: 'the file is empty', level: 'error' }]
		};
	}
	const lineOf = (path: FieldPath) => lineOfPath(doc, lineCounter, path);
	return { parsed: { file, value: doc.toJS(), lineOf }, problems };
}

/** The line of the deepest node on `path` that exists (a missing field points at its parent). */
function lineOfPath(doc: Document, lineCounter: LineCounter, path: FieldPath): number {
	let node: unknown = doc.contents;
	let line = rangeLine(node, lineCounter) ?? 1;
	for (const key of path) {
		let next: unknown;
		if (isMap(node)) {
			const item = node.items.find(
				(pair) => (pair.key as { value?: unknown } | null)?.value === key
			);
			// A field's own line is where its key stands, which is what an editor jumps to.
			line = rangeLine(item?.key, lineCounter) ?? line;
			next = item?.value;
		} else if (isSeq(node) && typeof key === 'number') next = node.items[key];
		if (next === undefined || next === null) break;
		line = rangeLine(next, lineCounter, isMap(node)) ?? line;
		node = next;
	}
	return line;
}

function rangeLine(node: unknown, lineCounter: LineCounter, keepKeyLine = false): number | null {
	const range = (node as Node | undefined)?.range;
	if (!range) return null;
	// For a mapping value written on the next lines (a block), the key's line is more useful.
	if (keepKeyLine && (isMap(node) || isSeq(node))) return null;
	return lineCounter.linePos(range[0]).line;
}

/** Runs a schema over a parsed file; every issue becomes a problem with its line. */
export function checkSchema<S extends z.ZodType>(
	parsed: ParsedFile,
	schema: S
): { data: z.infer<S> | null; problems: Problem[] } {
	const result = schema.safeParse(parsed.value, { reportInput: true });
	if (result.success) return { data: result.data, problems: [] };
	const problems = result.error.issues.map((issue) => {
		const path = issue.path as FieldPath;
		return {
			file: parsed.file,
			line: parsed.lineOf(path),
			path: formatPath(path),
			message: describeIssue(issue),
			level: 'error' as const
		};
	});
	return { data: null, problems };
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against claims/README.md`;
	}
	if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
		return `missing field: ${issue.message.replace(/^Invalid input: /, '')}`;
	}
	return issue.message.replace(/^Invalid input: /, '');
}
