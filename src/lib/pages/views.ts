/**
 * What the shared reading components render, as plain types the browser may import (types only:
 * no corpus, no server module). Page models (`src/lib/server/pages/`) build them from the corpus
 * views; the corpus views themselves fit them too, so other pages can pass those unchanged.
 */
import type {
	PERSPECTIVE_LABEL,
	SOURCE_TYPE_LABEL,
	SPEAKER_KIND_LABEL,
	STATUS_LABEL
} from '$lib/labels';

export type Side = 'critique' | 'response';
export type ResponseStatus = keyof typeof STATUS_LABEL;

/** Who makes a claim or a finding. */
export interface SpeakerView {
	name: string;
	kind: keyof typeof SPEAKER_KIND_LABEL;
}

/** One entry of a list of sources: the source, the words quoted from it, where in it. */
export interface SourceEntryView {
	/** The entry's element id (`EM-01-C-s2`), which inline citations link to. */
	anchor: string;
	quote?: string;
	pinpoint?: string;
	ref: {
		url: string;
		title: string | null;
		publisher: string;
		via?: string;
		date: string | null;
		type: keyof typeof SOURCE_TYPE_LABEL;
		perspective: keyof typeof PERSPECTIVE_LABEL;
	};
}

/** A claim in full: its head, its points and argument (safe HTML), its sources. */
export interface ClaimFullView {
	id: string;
	side: Side;
	pairId: string;
	summary: string;
	by?: SpeakerView;
	as_of: string;
	/** The response's status (a critique has none). */
	status?: ResponseStatus;
	points: readonly { id: string; html: string }[];
	/** Empty when the side has no argument (no response found). */
	argumentHtml: string;
	sources: readonly SourceEntryView[];
}

/** One citation style of the cite box, as citeproc rendered it (sanitised inline HTML). */
export interface StyledCitationView {
	style: string;
	label: string;
	html: string;
}

/** Everything a claim's "Cite this claim" box shows. */
export interface CiteBoxView {
	claimId: string;
	permalink: string;
	accessed: string;
	styles: readonly StyledCitationView[];
	bibtex: string;
	ris: string;
	csl: string;
	card: string;
	sources: readonly { id: string; label: string; styles: readonly StyledCitationView[] }[];
}

/** A timeline event as a dated link. */
export interface EventLinkView {
	id: string;
	date: string;
	title: string;
}

/** What a printed page says of itself (see $lib/server/cite/handout). */
export interface HandoutView {
	address: string;
	printed: string;
	/** SVG markup drawn on the server by `qrcode`. */
	qr: string;
}
