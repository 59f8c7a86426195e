/**
 * The corpus schemas: the single source of truth for the shape of every file in `claims/`.
 * Types are inferred from these schemas (`z.infer`) and never written a second time.
 */
import { z } from 'zod';
import { REPORT_ID } from '../../corrections/labels';

/** Full calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const isoDate = z
	.string({ error: 'expected a date written YYYY-MM-DD (quote-free YAML is fine)' })
	.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD')
	.refine(isRealDate, 'expected a real calendar date');

/** A source's date may be partial (`YYYY`, `YYYY-MM`) because publishers do not always give a day. */
export const partialDate = z.preprocess(
	// YAML reads a bare year (`date: 2020`) as a number.
	(v) => (typeof v === 'number' ? String(v) : v),
	z
		.string()
		.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
		.refine(isRealDate, 'expected a real calendar date')
);

function isRealDate(value: string): boolean {
	const [y, m = 1, d = 1] = value.split('-').map(Number);
	const date = new Date(Date.UTC(y, m - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const slug = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase kebab-case id such as "zero-tolerance"');
export const pairId = z
	.string()
	.regex(/^[A-Z]{2}-\d{2,3}$/, 'expected a pair id: topic code and number, such as "FS-03"');
export const claimId = z
	.string()
	.regex(/^[A-Z]{2}-\d{2,3}-[CR]$/, 'expected a claim id such as "FS-03-C" or "FS-03-R"');
export const pointId = z
	.string()
	.regex(
		/^[A-Z]{2}-\d{2,3}-[CR][1-9]$/,
		'expected a point id: claim id and number, such as "FS-03-C1" or "FS-03-R2"'
	);
const httpsUrl = z
	.string()
	.url('expected a URL')
	.refine((u) => u.startsWith('https://'), 'expected an https:// URL');
const text = z.string().trim().min(1, 'expected non-empty text');

/** Who makes a claim: the kinds a reader can filter on. */
export const speakerKinds = [
	'advocacy-group',
	'agency',
	'official',
	'legislator',
	'court',
	'inspector-general',
	'gao-crs',
	'academic',
	'think-tank',
	'association',
	'news'
] as const;
export const speaker = z.strictObject({
	name: text,
	kind: z.enum(speakerKinds)
});

export const sourceTypes = [
	'government',
	'court',
	'inspector-general',
	'gao-crs',
	'ngo-advocacy',
	'think-tank',
	'academic',
	'news',
	'opinion',
	'reference'
] as const;
export const perspectives = ['critic', 'agency', 'supporter', 'neutral'] as const;

/** A citation of one source by a claim, a finding, an event or a term. */
export const citation = z.strictObject({
	source: slug,
	/** Verbatim words from one of the source's excerpts. */
	quote: text.optional(),
	/** Where in the source: page, section, paragraph. */
	pinpoint: text.optional()
});

/**
 * One short, checkable statement of what a side claims, in the narrator's neutral voice. Its id is
 * stable (`<claim id><n>`, such as `EM-01-C1`): answers and findings point at it.
 */
export const point = z.strictObject({ id: pointId, text });

/**
 * One side's answer to one point of the other side: the answer in that side's terms, with inline
 * citations (`text`); or `not_addressed: true`, and `text` says in one sentence what was looked for.
 */
export const answer = z.strictObject({
	point: pointId,
	not_addressed: z.boolean().default(false),
	text
});

const claimBase = z.strictObject({
	id: claimId,
	summary: text,
	/**
	 * The side's case in prose: a few short paragraphs of limited markdown (emphasis, links, lists),
	 * each carrying at least one inline citation `[@source-id]`. No raw HTML.
	 */
	argument: text,
	by: speaker,
	as_of: isoDate,
	/** What this side claims, point by point: 1 to 4 points. */
	points: z.array(point).min(1, 'expected at least one point').max(4, 'expected at most 4 points'),
	/** This side's answer to every point of the other side. */
	answers: z.array(answer).default([]),
	sources: z.array(citation)
});

/** The critics' side of a pair. */
export const critique = claimBase;

export const responseStatuses = ['direct', 'policy', 'supporters', 'none-found'] as const;

/**
 * The other side. Its status fixes whose voice it is: the agency answered (`direct`) or its policy
 * speaks to the point (`policy`); only supporters answered (`supporters`); nothing was found.
 */
export const response = z.discriminatedUnion(
	'status',
	[
		claimBase.extend({ status: z.literal('direct'), voice: z.literal('agency') }),
		claimBase.extend({ status: z.literal('policy'), voice: z.literal('agency') }),
		claimBase.extend({ status: z.literal('supporters'), voice: z.literal('supporters') }),
		claimBase.extend({
			status: z.literal('none-found'),
			voice: z.literal('none'),
			argument: z.string().default(''),
			by: speaker.optional(),
			points: z.array(point).max(0, 'a none-found response makes no points').default([])
		})
	],
	{ error: `expected status to be one of: ${responseStatuses.join(', ')}` }
);

export const bearings = ['supports', 'undercuts', 'context'] as const;
/** How a finding bears on one point of either side. */
export const bearing = z.strictObject({ point: pointId, how: z.enum(bearings) });

/** A neutral finding ("what the record shows"), set apart from both sides. */
export const finding = z.strictObject({
	/** Limited markdown; every paragraph carries an inline citation `[@source-id]`. */
	text,
	by: speaker,
	date: partialDate,
	/** The points this finding bears on, and how. Never a verdict on the pair. */
	bears: z.array(bearing).min(1, 'a finding names at least one point it bears on'),
	sources: z.array(citation).min(1, 'a finding needs at least one source')
});

/**
 * One revision of a pair. An entry with `checked` is a review: it says what was checked, up to its
 * date, and `last_reviewed` is the date of the latest such entry.
 */
export const historyEntry = z.strictObject({
	date: isoDate,
	change: text,
	/** For a review: what was checked (sources re-read, events searched for up to this date). */
	checked: text.optional(),
	/** The reader's report this revision answers: its tracking id (`/corrections/<id>`). */
	resolves: z
		.string()
		.regex(REPORT_ID, 'expected a report id: the 22 characters after /corrections/')
		.optional()
});

/** One argument pair: a file `claims/<topic>/<PAIR-ID>.yaml`. */
export const pair = z.strictObject({
	id: pairId,
	topic: slug,
	question: text.refine((q) => q.endsWith('?'), 'expected the question to end with "?"'),
	tags: z.array(slug).default([]),
	critique,
	response,
	findings: z.array(finding).default([]),
	related: z.array(pairId).default([]),
	timeline: z.array(slug).default([]),
	/**
	 * A pair whose two sides speak for different eras on purpose: the checker then does not warn
	 * that their `as_of` dates are more than five years apart.
	 */
	historical: z.boolean().default(false),
	last_reviewed: isoDate,
	history: z.array(historyEntry).min(1, 'expected at least one history entry')
});

export const topic = z.strictObject({
	id: slug,
	code: z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter topic code such as "FS"'),
	title: text,
	description: text,
	order: z.number().int()
});

export const excerpt = z.strictObject({ text, supports: text });

export const source = z.strictObject({
	id: slug,
	title: text.nullable(),
	publisher: text,
	date: partialDate.nullable(),
	url: httpsUrl,
	type: z.enum(sourceTypes),
	perspective: z.enum(perspectives),
	topics: z.array(slug).default([]),
	excerpts: z.array(excerpt).min(1, 'expected at least one excerpt'),
	/** What was seen when the source was checked. */
	verified: text,
	/**
	 * Where the stored copy that was read is published, when it is not the publisher's own site
	 * (a republisher, a wire partner, a document mirror): the page says "Publisher (read via …)".
	 */
	via: text.optional()
});

export const eventKinds = [
	'founding',
	'program',
	'policy',
	'law',
	'court',
	'report',
	'funding'
] as const;
export const timelineEvent = z.strictObject({
	id: slug,
	date: partialDate,
	title: text,
	kind: z.enum(eventKinds),
	description: text,
	topics: z.array(slug).min(1, 'expected at least one topic'),
	sources: z.array(citation).min(1, 'an event needs at least one source')
});

export const glossaryTerm = z.strictObject({
	id: slug,
	term: text,
	/** Other spellings and near-synonyms, so search and the glossary find the term. */
	variants: z.array(text).default([]),
	critics: text,
	agency: text,
	neutral: text,
	topics: z.array(slug).default([]),
	sources: z.array(citation).min(1, 'a term needs at least one source')
});

/** Words that carry one side's framing; outside quotes they raise a balance warning. */
export const loadedTerm = z.strictObject({
	term: text,
	side: z.enum(['critics', 'agency']),
	instead: text
});

/** Ids that once existed and were retired: they answer 410 and point to their replacement. */
export const retiredId = z.strictObject({
	id: z.union([pairId, claimId]),
	retired: isoDate,
	replaced_by: z.union([pairId, claimId]).nullable(),
	reason: text
});

/** A sourced statement on the About page. */
export const aboutFact = z.strictObject({
	text,
	sources: z.array(citation).min(1, 'an About fact needs at least one source')
});

/** An office named by the seed article, checked against the sources. */
export const aboutOffice = z.strictObject({
	id: slug,
	/** The name as the seed article gives it. */
	seed_name: text,
	/** The name as the sources give it, or null when no source names it. */
	name: text.nullable(),
	verdict: z.enum(['supported', 'dated', 'wrong', 'unsupported']),
	text,
	sources: z.array(citation)
});

export const about = z.strictObject({
	sections: z.array(z.strictObject({ id: slug, title: text, facts: z.array(aboutFact).min(1) })),
	offices: z.array(aboutOffice)
});

export const registries = {
	'topics.yaml': z.strictObject({ topics: z.array(topic).min(1) }),
	'sources.yaml': z.strictObject({ sources: z.array(source) }),
	'timeline.yaml': z.strictObject({ events: z.array(timelineEvent) }),
	'glossary.yaml': z.strictObject({ terms: z.array(glossaryTerm) }),
	'loaded-terms.yaml': z.strictObject({ terms: z.array(loadedTerm) }),
	'retired.yaml': z.strictObject({ retired: z.array(retiredId).default([]) }),
	'about.yaml': about
} as const;
export type RegistryName = keyof typeof registries;

export type Speaker = z.infer<typeof speaker>;
export type SpeakerKind = (typeof speakerKinds)[number];
export type Citation = z.infer<typeof citation>;
export type Point = z.infer<typeof point>;
export type Answer = z.infer<typeof answer>;
export type Bearing = z.infer<typeof bearing>;
export type BearingKind = (typeof bearings)[number];
export type Critique = z.infer<typeof critique>;
export type Response = z.infer<typeof response>;
export type ResponseStatus = (typeof responseStatuses)[number];
export type Claim = Critique | Response;
export type Finding = z.infer<typeof finding>;
export type Pair = z.infer<typeof pair>;
export type Topic = z.infer<typeof topic>;
export type Source = z.infer<typeof source>;
export type SourceType = (typeof sourceTypes)[number];
export type Perspective = (typeof perspectives)[number];
export type TimelineEvent = z.infer<typeof timelineEvent>;
export type GlossaryTerm = z.infer<typeof glossaryTerm>;
export type LoadedTerm = z.infer<typeof loadedTerm>;
export type RetiredId = z.infer<typeof retiredId>;
export type About = z.infer<typeof about>;
