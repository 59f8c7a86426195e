/**
 * Words for the corpus' codes, shared by server and client. One place, so every page names a
 * status, a side or a kind of speaker the same way.
 */

export const SIDE_LABEL = { critique: "Critics' claim", response: 'Response' } as const;

export const STATUS_LABEL = {
	direct: "The agency's direct answer",
	policy: "The agency's policy",
	supporters: "Supporters' answer (no agency answer found)",
	'none-found': 'No response found'
} as const;

export const STATUS_EXPLAINED = {
	direct: 'ICE or DHS answered this criticism itself (statements, testimony, releases).',
	policy: 'Agency policy or guidance speaks to this criticism, without answering it by name.',
	supporters: 'Only outside supporters of the agency answered; it is labelled as theirs.',
	'none-found': 'No public answer was found; the column says so rather than write one.'
} as const;

export const SPEAKER_KIND_LABEL = {
	'advocacy-group': 'Advocacy group',
	agency: 'Agency',
	official: 'Official',
	legislator: 'Legislator',
	court: 'Court',
	'inspector-general': 'Inspector general',
	'gao-crs': 'GAO / CRS',
	academic: 'Academic',
	'think-tank': 'Think tank',
	association: 'Association',
	news: 'News'
} as const;

export const SOURCE_TYPE_LABEL = {
	government: 'Government',
	court: 'Court',
	'inspector-general': 'Inspector general',
	'gao-crs': 'GAO / CRS',
	'ngo-advocacy': 'Advocacy',
	'think-tank': 'Think tank',
	academic: 'Academic',
	news: 'News',
	opinion: 'Opinion',
	reference: 'Reference'
} as const;

/** How a neutral finding bears on a point. */
export const BEARING_LABEL = {
	supports: 'Supports',
	undercuts: 'Undercuts',
	context: 'Context'
} as const;

export const PERSPECTIVE_LABEL = {
	critic: 'Critic',
	agency: 'Agency',
	supporter: 'Supporter',
	neutral: 'Neutral'
} as const;

/**
 * English month names. A list, not `toLocaleString`: that builds a new `Intl.DateTimeFormat` on
 * every call, and the explorer formats about a hundred dates while it hydrates (a third of a second
 * on a slow phone), and the server's and the browser's ICU data could differ.
 */
const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

/** A date as a reader writes it: "26 June 2018", "June 2018", "2018". */
export function formatDate(date: string | null): string {
	if (!date) return 'undated';
	const [y, m, d] = date.split('-').map(Number);
	return [d, m ? MONTHS[m - 1] : '', y].filter(Boolean).join(' ');
}
