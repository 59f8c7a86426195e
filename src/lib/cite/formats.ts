/**
 * The downloadable citation files: one catalogue shared by the server (which writes them) and the
 * cite box (which links to them). A file is addressed as `/downloads/citations/<id>.<ext>`, where
 * the id is a claim id (`FS-01-C`) or a source id (`gao-19-163-reunify-separated-children`).
 */

export const FILE_FORMATS = {
	bibtex: { ext: 'bib', label: 'BibTeX', mime: 'application/x-bibtex; charset=utf-8' },
	ris: { ext: 'ris', label: 'RIS', mime: 'application/x-research-info-systems; charset=utf-8' },
	csl: {
		ext: 'json',
		label: 'CSL-JSON',
		mime: 'application/vnd.citationstyles.csl+json; charset=utf-8'
	},
	card: { ext: 'txt', label: 'Evidence card', mime: 'text/plain; charset=utf-8' }
} as const;
export type FileFormat = keyof typeof FILE_FORMATS;

/** The reference-manager formats, which every claim and every source has. */
export const REFERENCE_FORMATS = ['bibtex', 'ris', 'csl'] as const satisfies FileFormat[];

const BY_EXT = new Map<string, FileFormat>(
	Object.entries(FILE_FORMATS).map(([format, f]) => [f.ext, format as FileFormat])
);

/** The address of one citation file. */
export function citationFileHref(id: string, format: FileFormat): string {
	return `/downloads/citations/${id}.${FILE_FORMATS[format].ext}`;
}

/** Reads a citation file name (`FS-01-C.bib`) back into its id and format; null if malformed. */
export function parseCitationFile(file: string): { id: string; format: FileFormat } | null {
	const match = /^([A-Za-z0-9-]{1,120})\.([a-z]{2,4})$/.exec(file);
	const format = match && BY_EXT.get(match[2]);
	return match && format ? { id: match[1], format } : null;
}
