import { CSV_TABLES, LIST_SEPARATOR } from '$lib/cite/csv';
import { corpus } from '$lib/server/corpus/corpus';

export const prerender = true;

export function load() {
	return {
		counts: corpus.counts,
		separator: LIST_SEPARATOR,
		// Each CSV file's columns, documented from the same list that writes the file.
		csv: CSV_TABLES.map((t) => ({
			file: t.file,
			title: t.title,
			row: t.row,
			columns: t.columns.map(({ name, about }) => ({ name, about }))
		}))
	};
}
