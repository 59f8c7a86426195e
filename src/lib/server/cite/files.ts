/**
 * The downloadable citation files, `/downloads/citations/<id>.<ext>`: a claim as BibTeX, RIS,
 * CSL-JSON or evidence card, or a source as BibTeX, RIS or CSL-JSON.
 */
import { sourceToCsl, type CslItem } from '$lib/cite/csl';
import { FILE_FORMATS, parseCitationFile, type FileFormat } from '$lib/cite/formats';
import type { CorpusViews } from '../corpus/views';
import { goneError } from './address';
import { citeClaim, claimItem, prepareClaim, type CitePlace } from './cite';
import { toBibtex, toCslJson, toRis } from './engine';
import { toExportPair, toExportSource } from './records';

type FileViews = Pick<
	CorpusViews,
	'claimById' | 'pairById' | 'sourceById' | 'topicById' | 'retiredById'
>;

export type CitationFile =
	| { status: 200; body: string; filename: string; contentType: string }
	| { status: 404 | 410; message: string };

const WRITERS: Record<Exclude<FileFormat, 'card'>, (item: CslItem) => string> = {
	bibtex: toBibtex,
	ris: toRis,
	csl: toCslJson
};

/** The body of a citation file, or why there is none. */
export async function citationFile(
	views: FileViews,
	file: string,
	place: CitePlace
): Promise<CitationFile> {
	const parsed = parseCitationFile(file);
	if (!parsed) return { status: 404, message: `There is no citation file "${file}".` };
	const { id, format } = parsed;
	const found = (body: string): CitationFile => ({
		status: 200,
		body,
		filename: `${id}.${FILE_FORMATS[format].ext}`,
		contentType: FILE_FORMATS[format].mime
	});

	const claim = views.claimById.get(id);
	if (claim) {
		const pair = toExportPair(views.pairById.get(claim.pairId)!, views);
		if (format === 'card') {
			await prepareClaim(pair, claim.side, place);
			return found(citeClaim(pair, claim.side, place).card);
		}
		return found(WRITERS[format](claimItem(pair, claim.side, place)));
	}
	const source = views.sourceById.get(id);
	if (source && format !== 'card') {
		return found(WRITERS[format](sourceToCsl(toExportSource(source), place.accessed)));
	}
	const retired = views.retiredById.get(id);
	if (retired) {
		return { status: 410, message: goneError(retired).message };
	}
	return { status: 404, message: `There is no claim or source "${id}" with a ${format} file.` };
}
