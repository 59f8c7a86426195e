import { describe, expect, it } from 'vitest';
import { FILE_FORMATS, citationFileHref, parseCitationFile, type FileFormat } from './formats';

describe('citation file names', () => {
	it('read back to the id and format they were written from', () => {
		for (const format of Object.keys(FILE_FORMATS) as FileFormat[]) {
			for (const id of ['FS-01-C', 'gao-19-163-reunify-separated-children']) {
				const file = citationFileHref(id, format).split('/').pop()!;
				expect(parseCitationFile(file)).toEqual({ id, format });
			}
		}
	});

	it('refuse unknown extensions and odd names', () => {
		for (const file of ['FS-01-C.pdf', 'FS-01-C', '../etc/passwd.bib', 'a b.ris', '.bib'])
			expect(parseCitationFile(file)).toBeNull();
	});
});
