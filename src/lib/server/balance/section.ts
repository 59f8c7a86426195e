/**
 * What every chart on the balance page carries besides its picture: an anchor, a title, a text
 * summary and the data as a table, so the page reads the same without the SVG.
 */
import { DEFAULT_STATE, filtersHref, type FilterState } from '$lib/explorer/filters';
import type { MarkQuery } from './drill';

/** A table cell; `href` links it to the pairs it counts. */
export interface Cell {
	text: string;
	href?: string;
}

export interface TableModel {
	caption: string;
	columns: string[];
	/** The first cell of a row is its header. */
	rows: Cell[][];
}

export interface ChartSection<M> {
	id: string;
	title: string;
	summary: string[];
	model: M;
	table: TableModel;
}

/** The explorer filtered to a subset, e.g. `{ topic: ['detention'], status: ['direct'] }`. */
export function explorerHref(filters: Partial<FilterState>): string {
	return `/${filtersHref({ ...DEFAULT_STATE, ...filters })}`;
}

/** The page listing the exact claims behind a mark. */
export function markHref(query: MarkQuery): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value !== undefined) params.set(key, String(value));
	}
	return `/balance/claims?${params}`;
}

/** A number that links to what it counts, or plain text when it counts nothing. */
export function countCell(n: number, href: string): Cell {
	return n > 0 ? { text: String(n), href } : { text: '0' };
}
