import type { Problem } from './parse';

/** One problem as a line an editor can jump to: `file:line: field: message`. */
export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}: ${p.level}: ${p.path ? `${p.path}: ` : ''}${p.message}`;
}

/** Problems sorted by file and line, errors and warnings together. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
