/**
 * Claims and sources as CSL-JSON items, the data that citation-js turns into every citation format.
 * Pure: the access date and the permanent URL come in as arguments.
 */
import { formatDate } from '$lib/labels';
import { SITE_NAME, type ExportClaim, type ExportPair, type ExportSource } from './model';

/** The CSL-JSON date form: `[[year, month?, day?]]`. */
export interface CslDate {
	'date-parts': number[][];
}

/** The part of a CSL-JSON item that this site fills in. */
export interface CslItem {
	id: string;
	type: string;
	title?: string;
	'container-title'?: string;
	publisher?: string;
	author?: { literal: string }[];
	genre?: string;
	version?: string;
	issued?: CslDate;
	accessed?: CslDate;
	URL: string;
	note?: string;
}

/** `2018-06-18` → `{ 'date-parts': [[2018, 6, 18]] }`; partial dates keep their precision. */
export function cslDate(date: string): CslDate {
	return { 'date-parts': [date.split('-').map(Number)] };
}

/** What a claim citation names besides the claim: the access date and the permanent URL. */
export interface CiteContext {
	/** The reader's access date, `YYYY-MM-DD`. */
	accessed: string;
	/** The claim's permanent address, absolute. */
	permalink: string;
}

/**
 * One line naming the claim, who makes it, as of when, and the version cited. Styles show it as the
 * item's description (APA, Chicago: `genre`) or its version (MLA: `version`). The revision's date,
 * its last review, is the item's date (`issued`), which every style prints once.
 */
export function describeClaim(claim: ExportClaim, pair: ExportPair): string {
	const who = claim.speaker ? ` by ${claim.speaker.name}` : '';
	return `Claim ${claim.id}${who}, as of ${formatDate(claim.asOf)}; revision ${pair.revision}`;
}

/**
 * A claim as a CSL-JSON item: the summary is the title, the site the container, the last review
 * the date of the version, and the note spells out everything for reference managers.
 */
export function claimToCsl(claim: ExportClaim, pair: ExportPair, ctx: CiteContext): CslItem {
	const description = describeClaim(claim, pair);
	const who = claim.speaker ? `${claim.speaker.name} (${claim.speaker.kind})` : 'no one found';
	return {
		id: claim.id,
		type: 'webpage',
		// A summary is a sentence; as a title it loses its full stop (the styles punctuate).
		title: claim.summary.replace(/\.$/, ''),
		'container-title': SITE_NAME,
		publisher: SITE_NAME,
		genre: description,
		version: description,
		issued: cslDate(pair.lastReviewed),
		accessed: cslDate(ctx.accessed),
		URL: ctx.permalink,
		note:
			`${claim.side === 'critique' ? "Critics' claim" : 'Response'} ${claim.id} in pair ${pair.id}: ` +
			`${pair.question} Made by ${who}, as of ${claim.asOf}. ` +
			`Revision ${pair.revision}, last reviewed ${pair.lastReviewed}.`
	};
}

/** A whole pair as a CSL-JSON item: the question is the title. */
export function pairToCsl(pair: ExportPair, ctx: CiteContext): CslItem {
	const description = `Argument pair ${pair.id}; revision ${pair.revision}`;
	return {
		id: pair.id,
		type: 'webpage',
		title: pair.question,
		'container-title': SITE_NAME,
		publisher: SITE_NAME,
		genre: description,
		version: description,
		issued: cslDate(pair.lastReviewed),
		accessed: cslDate(ctx.accessed),
		URL: ctx.permalink,
		note: `The critics' claim ${pair.critique.id} and the response ${pair.response.id}.`
	};
}

/**
 * The item the three rendered styles get (a claim's or a pair's). Its date is the revision's (the
 * last review), so APA prints that date rather than "n.d."; the publisher goes, as the site is
 * already the container. Its title is a sentence (a summary, a question), so it is kept in sentence
 * case: MLA and Chicago would otherwise title-case every word of it. The title is not escaped:
 * citeproc reads it as text with a few inline tags and escapes what it prints itself.
 */
export function forStyles(item: CslItem): CslItem {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropped on purpose, see above
	const { publisher, title, ...rest } = item;
	if (!title) return rest;
	return { ...rest, title: `<span class="nocase">${title}</span>` };
}

// Reports and statements of institutions cite the institution as author (APA's group author).
const INSTITUTIONAL = new Set([
	'government',
	'court',
	'inspector-general',
	'gao-crs',
	'ngo-advocacy',
	'think-tank'
]);

/**
 * A primary source as a CSL-JSON item: its own citation, independent of this site. It carries what
 * the corpus records and nothing more (no title is made up for an untitled source), so reference
 * managers get the source as it is; `sourceForStyles` adapts it for the rendered styles.
 */
export function sourceToCsl(source: ExportSource, accessed: string): CslItem {
	const base = {
		id: source.id,
		...(source.title ? { title: source.title } : {}),
		...(source.date ? { issued: cslDate(source.date) } : {}),
		accessed: cslDate(accessed),
		URL: source.url
	};
	if (source.type === 'news') {
		return { ...base, type: 'article-newspaper', 'container-title': source.publisher };
	}
	if (INSTITUTIONAL.has(source.type)) {
		return {
			...base,
			type: 'report',
			author: [{ literal: source.publisher }],
			publisher: source.publisher
		};
	}
	return { ...base, type: 'webpage', 'container-title': source.publisher };
}

/**
 * A source's item as the three rendered styles get it. An untitled source is described, never
 * titled: the description goes in `genre`, which APA prints in brackets where the title would be
 * ("[Untitled web page]") and Chicago and MLA print plain, so no style falls back to repeating the
 * author as a title. An institution that is its own author is not named again as the publisher
 * (APA 7 omits a publisher that is the author), so its name is printed once.
 */
export function sourceForStyles(item: CslItem): CslItem {
	const author = item.author?.length === 1 ? item.author[0].literal : undefined;
	const { publisher, ...rest } = item;
	const styled = publisher !== undefined && publisher === author ? rest : item;
	if (item.title) return styled;
	// What an untitled work is, in the title's place: a description, not a title.
	const genre = item.type === 'article-newspaper' ? 'Untitled news article' : 'Untitled web page';
	return { ...styled, genre };
}
