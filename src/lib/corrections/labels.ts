/** Words for the codes of the corrections loop, shared by server and browser. */
export const REPORT_KIND_LABEL = {
	factual: 'A factual error',
	misattributed: 'A source that does not say this',
	context: 'Missing context',
	outdated: 'Outdated',
	wording: 'Unbalanced wording',
	other: 'Something else'
} as const;

export const REPORT_STATUS_LABEL = {
	received: 'Received',
	'under-review': 'Under review',
	corrected: 'Corrected',
	clarified: 'Clarified',
	declined: 'Declined',
	duplicate: 'Duplicate'
} as const;

export type ReportKind = keyof typeof REPORT_KIND_LABEL;
export type ReportStatus = keyof typeof REPORT_STATUS_LABEL;
export const REPORT_KINDS = Object.keys(REPORT_KIND_LABEL) as [ReportKind, ...ReportKind[]];
export const REPORT_STATUSES = Object.keys(REPORT_STATUS_LABEL) as [
	ReportStatus,
	...ReportStatus[]
];
/** The statuses an editor's decision closes a report with. */
export const RESOLVED_STATUSES = ['corrected', 'clarified', 'declined', 'duplicate'] as const;
/** What an editor may set: every status but the one a report arrives with. */
export const DECISIONS = REPORT_STATUSES.filter((s) => s !== 'received') as [
	Exclude<ReportStatus, 'received'>,
	...Exclude<ReportStatus, 'received'>[]
];

export const MAX_DESCRIPTION = 2000;
export const MAX_EVIDENCE = 5;

/** A report's tracking id: 128 random bits in base64url (also the `resolves` of a pair's history). */
export const REPORT_ID = /^[A-Za-z0-9_-]{22}$/;

/** The anchor of a pair's history entry on its page (revision 1 is the first entry). */
export const revisionAnchor = (revision: number) => `revision-${revision}`;
