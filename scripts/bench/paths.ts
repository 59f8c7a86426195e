/**
 * The paths `npm run test:load` sends: the routes a reader uses, and hostile requests that a
 * server must answer with a clear 4xx (or a page), never a 5xx, a hang or a dropped connection.
 */

/** Replaced by a new number on every request: URLs that no cache has seen. */
export const UNIQUE = '{n}';

/** Prefix of a path sent with HEAD instead of GET. */
export const HEAD = 'HEAD ';

/** Prefix of a path that a reader's report is POSTed to (the form of /corrections/new). */
export const POST = 'POST ';

/** The form body of a reader's report on `target`, numbered so that no two are the same. */
export function reportBody(target: string, n: number): string {
	return new URLSearchParams({
		target,
		kind: 'factual',
		description: `Load test report ${n}: the date in the second paragraph looks wrong.`,
		evidence: '',
		email: '',
		website: ''
	}).toString();
}

/** Just under 8 KB, so that the request line stays inside Node's 16 KB header limit. */
const LONG = 8000;

/** The routes a reader uses, built from the corpus's pair and topic ids. */
export function routePaths(pairIds: string[], topicIds: string[]): string[] {
	const pairs = pairIds.slice(0, 6);
	const topics = topicIds.slice(0, 4);
	return [
		'/',
		...pairs.map((id) => `/pairs/${id}`),
		'/topics',
		...topics.map((id) => `/topics/${id}`),
		'/sources',
		'/glossary',
		'/about',
		...topics.slice(0, 2).map((id) => `/?topic=${id}`),
		'/?q=detention&topic=detention',
		'/api/pairs.json',
		'/api/topics.json',
		'/api/sources.json',
		...pairs.slice(0, 2).map((id) => `/api/pairs/${id}.json`),
		'/api/search?q=detention',
		// Corrections: the public log, its feed, the form, and a report sent (the database's part).
		'/corrections',
		'/corrections/feed.xml',
		`/corrections/new?target=${pairs[0]}-C`,
		`${POST}/corrections/new`
	];
}

/** Requests built to break a parser, a search engine or a file lookup. */
export function hostilePaths(pairId = 'EM-01'): string[] {
	const q = (raw: string) => `/?q=${raw}`;
	return [
		// Overlong URLs, near 8 KB.
		q('a'.repeat(LONG)),
		q('detention%20'.repeat(LONG / 12)),
		`/pairs/${'A'.repeat(LONG)}`,
		`/topics/${'x'.repeat(LONG)}`,
		`/api/search?q=${'b'.repeat(LONG)}`,
		// lunr's query syntax: wildcards, fuzziness, boosts, fields, presence.
		q('*'),
		q('*%20*%20*'),
		q('~'),
		q('detention~99'),
		q('^'),
		q('detention^-1'),
		q('tax:'),
		q('tax:detention'),
		q('%2B-'),
		q('%2Bdetention%20-ice'),
		q(':::'),
		q('%5C'),
		`/api/search?q=*`,
		`/api/search?q=tax:`,
		// Unicode, NUL and malformed percent-encoding.
		q('%F0%9F%A6%85%20d%C3%A9tention%20%E6%97%A5%E6%9C%AC%20%D8%A7%D9%84%D9%87%D8%AC%D8%B1%D8%A9'),
		q('%E2%80%AE%E2%80%8B'),
		q('%00'),
		q('a%00b'),
		q('%E0%A4%A'),
		q('%'),
		q('%ZZ'),
		`/?topic=%E0%A4%A&who=%00`,
		`/%E0%A4%A`,
		`/pairs/%E0%A4%A`,
		`/api/search?q=%E0%A4%A`,
		// Path traversal and NUL in paths.
		'/..%2f..%2fetc/passwd',
		'/..%2f..%2f..%2fetc%2fpasswd',
		'/_app/..%2f..%2fpackage.json',
		'/_app/immutable/..%2f..%2f..%2fsrc%2fhooks.server.ts',
		'/pairs/..%2f..%2fetc%2fpasswd',
		'/pairs/%00',
		`/pairs/${pairId}%00`,
		'/api/pairs/%00.json',
		'/api/pairs/..%2f..%2fpackage.json',
		'/%2e%2e/%2e%2e/etc/passwd',
		// Facets and ranges out of range or of the wrong type.
		'/?from=99999&to=-1&sort=%3Cscript%3E&sides=x&findings=maybe',
		'/?topic=__proto__&who=constructor&tag=prototype',
		// A different URL every time: a cache keyed by URL must stay bounded.
		q(`flood${UNIQUE}`),
		`/?topic=detention&tag=t${UNIQUE}&from=20${UNIQUE}`,
		`/pairs/ZZ-${UNIQUE}`,
		`/api/search?q=z${UNIQUE}`,
		// Adversarial: a long fuzzy term (lunr's automaton took seconds), junk parameters that must
		// not fill the cache, and HEAD floods (answered from the cache like GET).
		q(`${'c'.repeat(197)}~2`),
		q(`${'detention'.repeat(20)}~2`),
		`/api/search?q=${'c'.repeat(150)}~2`,
		`/robots.txt?k=${UNIQUE}`,
		`/?q=detention&utm_${UNIQUE}=x`,
		`${HEAD}/`,
		`${HEAD}/?q=detention&topic=detention`,
		`${HEAD}/pairs/${pairId}`,
		`${HEAD}/robots.txt?k=${UNIQUE}`,
		// Thousands of repeated parameters (kept under 8 KB).
		`/?${'topic=detention&'.repeat(480)}`,
		`/?${'a&'.repeat(3900)}`,
		`/api/search?${'q=x&'.repeat(1900)}`
	];
}

/**
 * URLs new on every request, sent after the load to measure RSS: junk parameters that no page
 * reads (never stored), and a known parameter with a new value each time (stored, within the
 * cache's bounds). Cheap routes, so that 50,000 of them take seconds, not minutes.
 */
export const JUNK_PATHS = [
	`/robots.txt?k=${UNIQUE}`,
	`/robots.txt?${UNIQUE}`,
	`/api/search?q=z${UNIQUE}`
];
