/** The Atom feed of the corrections log: every text escaped, absolute links from the origin. */
import { escapeXml } from '../cite/feeds';
import { SITE_NAME, absoluteUrl } from '../cite/model';
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

function entry(r: FeedCorrection, origin: string) {
	const url = absoluteUrl(origin, `/corrections/${r.id}`);
	const summary = [
		`${REPORT_STATUS_LABEL[r.status]}: ${REPORT_KIND_LABEL[r.kind]}.`,
		`About: ${r.about.label}.`,
		r.note ?? ''
	].join(' ');
	return [
		'  <entry>',
		`    <id>${escapeXml(url)}</id>`,
		`    <title>${escapeXml(`${REPORT_STATUS_LABEL[r.status]}: ${r.about.label}`)}</title>`,
		`    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
		`    <updated>${escapeXml(r.resolved ?? '')}</updated>`,
		`    <summary>${escapeXml(summary.trim())}</summary>`,
		'  </entry>'
	].join('\n');
}

export function formatCorrectionsFeed(reports: readonly FeedCorrection[], origin: string) {
	const self = absoluteUrl(origin, '/corrections/feed.xml');
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`  <id>${escapeXml(self)}</id>`,
		`  <title>${SITE_NAME}: corrections</title>`,
		`  <link rel="self" type="application/atom+xml" href="${escapeXml(self)}"/>`,
		`  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(origin, '/corrections'))}"/>`,
		`  <updated>${escapeXml(reports[0]?.resolved ?? '1970-01-01T00:00:00Z')}</updated>`,
		`  <author><name>${SITE_NAME}</name></author>`,
		...reports.map((r) => entry(r, origin)),
		'</feed>',
		''
	].join('\n');
}
