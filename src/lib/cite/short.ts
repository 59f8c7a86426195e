/**
 * A claim's short citation: one line a handout prints under the claim, enough to quote it and find
 * it again (who says it, as of when, which claim in which revision, and its permanent address).
 * The full styles (APA, MLA, Chicago) stay in the cite box.
 */
import { formatDate } from '$lib/labels';
import { SITE_NAME } from './model';

export interface ShortCitationOf {
	claimId: string;
	/** Who makes the claim; null for a response that was not found. */
	speaker: string | null;
	asOf: string;
	revision: number;
	lastReviewed: string;
	permalink: string;
}

export function shortCitation(c: ShortCitationOf): string {
	const who = c.speaker ? `${c.speaker}, as of` : 'No response found, as of';
	return (
		`${who} ${formatDate(c.asOf)}. ${SITE_NAME}, ${c.claimId}, rev. ${c.revision} ` +
		`(reviewed ${formatDate(c.lastReviewed)}). ${c.permalink}`
	);
}
