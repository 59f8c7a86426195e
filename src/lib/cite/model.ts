/**
 * The export model: the corpus as citations and open-data formats see it. Flat records of plain
 * strings, built from the corpus views by `$lib/server/cite/records.ts`, so every format here is a
 * pure function that tests can feed by hand. These are the exports' own shapes, not corpus types.
 */

export const SITE_NAME = 'ICE Debate Explorer';

export type ExportSide = 'critique' | 'response';

/** A source as one claim cites it. */
export interface ExportSource {
	id: string;
	title: string | null;
	publisher: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or null when the publisher gives none. */
	date: string | null;
	url: string;
	/** The corpus' source type (`news`, `government`, …). */
	type: string;
	quote?: string;
	pinpoint?: string;
}

/** One point a side makes: a short, checkable statement. */
export interface ExportPoint {
	id: string;
	text: string;
}

/** One side's answer to a point of the other side. */
export interface ExportAnswer {
	/** The id of the point answered (a point of the other side). */
	point: string;
	/** True when the side has not answered the point; `text` then says what was looked for. */
	notAddressed: boolean;
	/** Plain text, citations removed. */
	text: string;
	/** The ids of the sources the answer cites, in order, each once. */
	citations: string[];
}

export type ExportBearing = 'supports' | 'undercuts' | 'context';

/** A finding of the neutral record, and the points it bears on. */
export interface ExportFinding {
	/** `<pair id>-F<n>`. */
	id: string;
	/** Plain text, citations removed. */
	text: string;
	by: { name: string; kind: string };
	date: string;
	bears: { point: string; how: ExportBearing }[];
	sources: ExportSource[];
}

/** One side of a pair. */
export interface ExportClaim {
	id: string;
	side: ExportSide;
	summary: string;
	/** Who makes the claim; null only for a response that was not found. */
	speaker: { name: string; kind: string } | null;
	asOf: string;
	/** The response's status (`direct`, `policy`, `supporters`, `none-found`); null for critiques. */
	status: string | null;
	/** The argument as plain text, citations removed. */
	argument: string;
	points: ExportPoint[];
	/** This side's answers to the other side's points. */
	answers: ExportAnswer[];
	sources: ExportSource[];
}

/** One argument pair with what a citation of it names. */
export interface ExportPair {
	id: string;
	topic: { id: string; title: string };
	question: string;
	lastReviewed: string;
	/** The revision number: the count of history entries. */
	revision: number;
	/** The latest history entry's change, for feeds. */
	latestChange: string;
	critique: ExportClaim;
	response: ExportClaim;
	findings: ExportFinding[];
}

/** The site-relative address of a pair page. */
export const pairPath = (pairId: string) => `/pairs/${pairId}`;

/** The site-relative permanent address of a claim (it redirects to its place on the pair page). */
export const claimPath = (claimId: string) => `/claims/${claimId}`;

/** The pair id a claim id belongs to: `FS-03-C` → `FS-03`. */
export const pairIdOfClaim = (claimId: string) => claimId.replace(/-[CR]$/, '');

/** Joins a site origin (no trailing slash) and a site-relative path. */
export const absoluteUrl = (origin: string, path: string) => `${origin.replace(/\/+$/, '')}${path}`;

/**
 * The site's base URL for permanent links: `ORIGIN` when it is set (and a valid http(s) URL),
 * otherwise the origin the request came to. No trailing slash.
 */
export function resolveOrigin(configured: string | undefined, requestOrigin: string): string {
	if (configured) {
		try {
			const url = new URL(configured);
			if (url.protocol === 'https:' || url.protocol === 'http:') return url.origin;
		} catch {
			// An ORIGIN that is not a URL is ignored, as if unset.
		}
	}
	return requestOrigin;
}
