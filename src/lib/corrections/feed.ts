/** The Atom feed of the corrections log: every text escaped, absolute links from the origin. */
import { formatAtom } from '../cite/feeds';
import { absoluteUrl } from '../cite/model';
import {
	REPORT_KIND_LABEL,
	REPORT_STATUS_LABEL,
	type ReportKind,
	type ReportStatus
} from './labels';

export interface FeedCorrection {
	id: string;
	status: ReportStatus;
	kind: ReportKind;
	resolved: string | null;
	note: string | null;
	about: { label: string; href: string };
}

/** The Atom feed of resolved reports, newest first as given. */
export function formatCorrectionsFeed(reports: readonly FeedCorrection[], origin: string) {
	return formatAtom({
		self: absoluteUrl(origin, '/corrections/feed.xml'),
		alternate: absoluteUrl(origin, '/corrections'),
		title: 'corrections',
		updated: reports[0]?.resolved ?? '1970-01-01T00:00:00Z',
		entries: reports.map((r) => ({
			url: absoluteUrl(origin, `/corrections/${r.id}`),
			title: `${REPORT_STATUS_LABEL[r.status]}: ${r.about.label}`,
			updated: r.resolved ?? '',
			summary: [
				`${REPORT_STATUS_LABEL[r.status]}: ${REPORT_KIND_LABEL[r.kind]}.`,
				`About: ${r.about.label}.`,
				r.note ?? ''
			]
				.join(' ')
				.trim()
		}))
	});
}
