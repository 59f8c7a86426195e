/**
 * Everything a cite box shows for one claim: the claim in every style and reference format, its
 * evidence card, and each primary source's own citation. Memoised, because citeproc takes a few
 * milliseconds per entry and a pair page shows dozens.
 */
import { LRUCache } from 'lru-cache';
import { formatEvidenceCard, tagLine } from '$lib/cite/card';
import {
	claimToCsl,
	forStyles,
	pairToCsl,
	sourceForStyles,
	sourceToCsl,
	type CslItem
} from '$lib/cite/csl';
import {
	absoluteUrl,
	claimPath,
	pairPath,
	type ExportPair,
	type ExportSide,
	type ExportSource
} from '$lib/cite/model';
import {
	STYLES,
	STYLE_IDS,
	renderStyle,
	toBibtex,
	toCslJson,
	toRis,
	type RenderedStyle,
	type StyleId
} from './engine';

export interface StyledCitation extends RenderedStyle {
	style: StyleId;
	label: string;
}

/** A primary source's own citation, as the cite box lists it. */
export interface SourceCitation {
	id: string;
	label: string;
	styles: StyledCitation[];
}

/** A claim's citation in every format, with its sources' and its evidence card. */
export interface ClaimCitation {
	claimId: string;
	permalink: string;
	accessed: string;
	styles: StyledCitation[];
	bibtex: string;
	ris: string;
	csl: string;
	card: string;
	sources: SourceCitation[];
}

// Every entry of a day's citations fits (about 3,500 style entries and 150 claim bundles for the
// corpus today): the warm-up at start (warm.ts) must not be evicted by the pages that follow it.
const memo = new LRUCache<string, { value: unknown }>({ max: 20_000 });
function remember<T>(key: string, make: () => T): T {
	const kept = memo.get(key);
	if (kept) return kept.value as T;
	const value = make();
	memo.set(key, { value });
	return value;
}

const styleKey = (item: CslItem, style: StyleId) => `${style}|${JSON.stringify(item)}`;

/** One item in one style, rendered once and remembered under `key`. */
const styledEntry = (item: CslItem, style: StyleId, key = styleKey(item, style)) =>
	remember(key, () => ({ style, label: STYLES[style], ...renderStyle(item, style) }));

const styled = (item: CslItem): StyledCitation[] =>
	STYLE_IDS.map((style) => styledEntry(item, style));

/** A source as the three styles cite it. */
const sourceStyleItem = (source: ExportSource, accessed: string) =>
	sourceForStyles(sourceToCsl(source, accessed));

export const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Renders, one entry per turn of the event loop, every style entry that `citeClaim` will need for
 * this claim and has not rendered yet. citeproc takes several milliseconds per entry and a claim
 * has dozens (its own three styles and three for each source): done in one go, that held the
 * event loop for most of a second on a pair page's first render, and /healthz with it. After
 * this, `citeClaim` only reads what is remembered. Returns how many entries it rendered.
 */
export async function prepareClaim(
	pair: ExportPair,
	side: ExportSide,
	place: CitePlace
): Promise<number> {
	const items = [
		forStyles(claimItem(pair, side, place)),
		...pair[side].sources.map((s) => sourceStyleItem(s, place.accessed))
	];
	let rendered = 0;
	for (const item of items) {
		for (const style of STYLE_IDS) {
			const key = styleKey(item, style);
			if (memo.has(key)) continue;
			styledEntry(item, style, key);
			rendered++;
			await nextTurn();
		}
	}
	return rendered;
}

/** A source's citation in the three styles. */
export function citeSource(source: ExportSource, accessed: string): SourceCitation {
	return {
		id: source.id,
		label: source.title ?? source.publisher,
		styles: styled(sourceStyleItem(source, accessed))
	};
}

/** The context of every citation on a page: the site origin and today's date. */
export interface CitePlace {
	origin: string;
	accessed: string;
}

/** The CSL-JSON item of a claim, as the reference formats carry it. */
export function claimItem(pair: ExportPair, side: ExportSide, place: CitePlace): CslItem {
	const claim = pair[side];
	const permalink = absoluteUrl(place.origin, claimPath(claim.id));
	return claimToCsl(claim, pair, { accessed: place.accessed, permalink });
}

/** One claim's citation in every format. */
export function citeClaim(pair: ExportPair, side: ExportSide, place: CitePlace): ClaimCitation {
	const item = claimItem(pair, side, place);
	return remember(`claim|${JSON.stringify(item)}`, () => {
		const claim = pair[side];
		const styles = styled(forStyles(item));
		const mla = (s: StyledCitation[]) => s.find((c) => c.style === 'mla')!.text;
		const sources = claim.sources.map((s) => citeSource(s, place.accessed));
		const quotes = claim.sources.flatMap((s, i) =>
			s.quote ? [{ text: s.quote, cite: mla(sources[i].styles), pinpoint: s.pinpoint }] : []
		);
		return {
			claimId: claim.id,
			permalink: item.URL,
			accessed: place.accessed,
			styles,
			bibtex: toBibtex(item),
			ris: toRis(item),
			csl: toCslJson(item),
			card: formatEvidenceCard({ tag: tagLine(claim.summary), citation: mla(styles), quotes }),
			sources: sources
		};
	});
}

/** A whole pair's citation in the three styles, with its permanent address. */
export function citePair(pair: ExportPair, place: CitePlace) {
	const permalink = absoluteUrl(place.origin, pairPath(pair.id));
	const item = pairToCsl(pair, { accessed: place.accessed, permalink });
	return { permalink, styles: styled(forStyles(item)) };
}
