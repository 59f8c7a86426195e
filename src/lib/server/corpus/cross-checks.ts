/**
 * The checks that span files: ids against file names and folders, references between files,
 * quotes against source excerpts, dates against today, links and markup in prose.
 */
import { formatPath, type FieldPath, type ParsedFile, type Problem } from './parse';
import type { Citation, Pair } from './schema';
import { checkPoints } from './inline-checks';
import { quotedPassages, quoteInExcerpts } from './text';
import type { Located, Registry } from './validate';

export interface CrossContext {
	problems: Problem[];
	today: string;
	root: string;
}
type Sources = Registry<'sources.yaml'>['sources'];
type SourceIndex = Map<string, Sources[number]>;

/** Sources by id; the first definition wins, so a duplicate id is one error, not a cascade. */
function indexSources(list: Sources): SourceIndex {
	const index: SourceIndex = new Map();
	for (const s of list) if (!index.has(s.id)) index.set(s.id, s);
	return index;
}

function report(ctx: CrossContext, where: ParsedFile, path: FieldPath, message: string) {
	ctx.problems.push({
		file: where.file,
		line: where.lineOf(path),
		path: formatPath(path),
		message,
		level: 'error'
	});
}

function checkDate(ctx: CrossContext, where: ParsedFile, path: FieldPath, date: string | null) {
	if (date && date > ctx.today) {
		report(ctx, where, path, `date ${date} is in the future (today is ${ctx.today})`);
	}
}

function checkUnique(
	ctx: CrossContext,
	where: ParsedFile,
	key: string,
	ids: string[],
	what: string
) {
	const seen = new Map<string, number>();
	ids.forEach((id, i) => {
		const first = seen.get(id);
		if (first === undefined) return void seen.set(id, i);
		const line = where.lineOf([key, first, 'id']);
		report(
			ctx,
			where,
			[key, i, 'id'],
			`duplicate ${what} id "${id}" (first defined on line ${line})`
		);
	});
}

/** Checks citations exist and quote verbatim, and that the prose's quoted passages are backed. */
function checkCitations(
	ctx: CrossContext,
	where: ParsedFile,
	path: FieldPath,
	node: { sources: Citation[] } & Record<string, unknown>,
	proseKeys: string[],
	sources: SourceIndex
) {
	node.sources.forEach((cite, i) => {
		const source = sources.get(cite.source);
		const at = [...path, 'sources', i];
		if (!source) {
			report(
				ctx,
				where,
				[...at, 'source'],
				`unknown source "${cite.source}": expected an id from claims/sources.yaml (npm run sources:sync copies pack sources there)`
			);
		} else if (cite.quote && !quoteInExcerpts(cite.quote, source.excerpts)) {
			report(
				ctx,
				where,
				[...at, 'quote'],
				`quote is not verbatim in the excerpts of source "${cite.source}": expected words copied exactly from one excerpt`
			);
		}
	});
	const excerpts = node.sources.flatMap((c) => sources.get(c.source)?.excerpts ?? []);
	for (const key of proseKeys) {
		const text = node[key];
		if (typeof text !== 'string') continue;
		for (const passage of quotedPassages(text)) {
			if (passage.split(/\s+/).length >= 4 && !quoteInExcerpts(passage, excerpts)) {
				report(
					ctx,
					where,
					[...path, key],
					`quoted passage "${passage.slice(0, 60)}" is not verbatim in an excerpt of a source cited here: quote only excerpt text, or cite the source it comes from`
				);
			}
		}
	}
}

/** Checks markdown prose: no raw HTML, links only to https. */
function checkMarkdown(ctx: CrossContext, where: ParsedFile, path: FieldPath, text: string) {
	if (/<\/?[a-z!][^>]*>/i.test(text)) {
		report(
			ctx,
			where,
			path,
			'raw HTML is not allowed: expected markdown (emphasis, links, lists) only'
		);
	}
	for (const [, url] of text.matchAll(/\]\(\s*<?([^)\s>]*)/g)) {
		if (!url.startsWith('https://'))
			report(ctx, where, path, `link "${url}" is not an https:// URL`);
	}
}

/** Registry-level checks: unique ids, dates, and the topics and sources that entries name. */
export function checkRegistries(
	ctx: CrossContext,
	topics: Located<Registry<'topics.yaml'>>,
	sourceFiles: Located<Registry<'sources.yaml'>>[],
	timeline: Located<Registry<'timeline.yaml'>>,
	glossary: Located<Registry<'glossary.yaml'>>,
	retired: Located<Registry<'retired.yaml'>>,
	about: Located<Registry<'about.yaml'>>
) {
	const topicIds = new Set(topics.data.topics.map((t) => t.id));
	const sourceIndex = indexSources(sourceFiles.flatMap((f) => f.data.sources));
	checkUnique(
		ctx,
		topics.file,
		'topics',
		topics.data.topics.map((t) => t.id),
		'topic'
	);
	checkUnique(
		ctx,
		topics.file,
		'topics',
		topics.data.topics.map((t) => t.code),
		'topic code'
	);
	// Source ids are unique across sources.yaml and the files of sources/.
	const firstSource = new Map<string, string>();
	for (const { data, file } of sourceFiles) {
		checkUnique(
			ctx,
			file,
			'sources',
			data.sources.map((s) => s.id),
			'source'
		);
		data.sources.forEach((s, i) => {
			const other = firstSource.get(s.id);
			if (other && other !== file.file)
				report(ctx, file, ['sources', i, 'id'], `duplicate source id "${s.id}": also in ${other}`);
			else firstSource.set(s.id, file.file);
			checkDate(ctx, file, ['sources', i, 'date'], s.date);
		});
	}
	checkUnique(
		ctx,
		timeline.file,
		'events',
		timeline.data.events.map((e) => e.id),
		'event'
	);
	checkUnique(
		ctx,
		glossary.file,
		'terms',
		glossary.data.terms.map((t) => t.id),
		'term'
	);
	checkUnique(
		ctx,
		retired.file,
		'retired',
		retired.data.retired.map((r) => r.id),
		'retired'
	);
	retired.data.retired.forEach((r, i) =>
		checkDate(ctx, retired.file, ['retired', i, 'retired'], r.retired)
	);
	const checkTopics = (where: ParsedFile, key: string, i: number, ids: string[]) =>
		ids.forEach((id, j) => {
			if (!topicIds.has(id))
				report(
					ctx,
					where,
					[key, i, 'topics', j],
					`unknown topic "${id}": expected one of ${[...topicIds].join(', ')}`
				);
		});
	timeline.data.events.forEach((event, i) => {
		checkDate(ctx, timeline.file, ['events', i, 'date'], event.date);
		checkTopics(timeline.file, 'events', i, event.topics);
		checkCitations(ctx, timeline.file, ['events', i], event, ['description'], sourceIndex);
	});
	about.data.sections.forEach((section, i) =>
		section.facts.forEach((fact, j) =>
			checkCitations(ctx, about.file, ['sections', i, 'facts', j], fact, ['text'], sourceIndex)
		)
	);
	about.data.offices.forEach((office, i) =>
		checkCitations(ctx, about.file, ['offices', i], office, ['text'], sourceIndex)
	);
	glossary.data.terms.forEach((term, i) => {
		checkTopics(glossary.file, 'terms', i, term.topics);
		checkCitations(
			ctx,
			glossary.file,
			['terms', i],
			term,
			['critics', 'agency', 'neutral'],
			sourceIndex
		);
	});
}

/**
 * A review date is earned: \`last_reviewed\` is the date of the latest history entry that says what
 * was \`checked\`. Other entries are revisions and may come after it.
 */
function checkReview(ctx: CrossContext, file: ParsedFile, pair: Pair) {
	const reviews = pair.history
		.map((h, i) => ({ ...h, i }))
		.filter((h) => h.checked)
		.sort((a, b) => a.date.localeCompare(b.date));
	const latest = reviews.at(-1);
	if (!latest)
		report(
			ctx,
			file,
			['last_reviewed'],
			`last_reviewed ${pair.last_reviewed} is not earned: no history entry says what was checked (add \`checked:\` to the entry of ${pair.last_reviewed})`
		);
	else if (latest.date !== pair.last_reviewed)
		report(
			ctx,
			file,
			['last_reviewed'],
			latest.date > pair.last_reviewed
				? `last_reviewed ${pair.last_reviewed} is older than the latest review in history (${latest.date}, history[${latest.i}]): set last_reviewed to ${latest.date}`
				: `last_reviewed ${pair.last_reviewed} has no history entry of that date with \`checked:\` (the latest review is ${latest.date})`
		);
}

/** Pair-level checks: file name, folder, ids, references, quotes, dates, prose. */
export function checkPairs(
	ctx: CrossContext,
	pairs: Located<Pair>[],
	topics: Located<Registry<'topics.yaml'>>,
	sources: Sources,
	timeline: Located<Registry<'timeline.yaml'>>,
	retired: Located<Registry<'retired.yaml'>>
) {
	const topicById = new Map(topics.data.topics.map((t) => [t.id, t]));
	const sourceIndex = indexSources(sources);
	const eventIds = new Set(timeline.data.events.map((e) => e.id));
	const retiredIds = new Set(retired.data.retired.map((r) => r.id));
	const firstFile = new Map<string, string>();
	for (const { data: pair, file } of pairs) {
		const [folder, name] = file.file.slice(ctx.root.length + 1).split('/');
		const stem = name.replace(/\.ya?ml$/, '');
		if (stem !== pair.id)
			report(
				ctx,
				file,
				['id'],
				`id "${pair.id}" does not match the file name "${name}": expected ${stem}`
			);
		const other = firstFile.get(pair.id);
		if (other) report(ctx, file, ['id'], `duplicate pair id "${pair.id}": also used by ${other}`);
		else firstFile.set(pair.id, file.file);
		if (retiredIds.has(pair.id))
			report(
				ctx,
				file,
				['id'],
				`id "${pair.id}" is retired (claims/retired.yaml) and may not be reused`
			);
		const topic = topicById.get(pair.topic);
		if (!topic)
			report(
				ctx,
				file,
				['topic'],
				`unknown topic "${pair.topic}": expected one of ${[...topicById.keys()].join(', ')}`
			);
		else if (!pair.id.startsWith(`${topic.code}-`))
			report(
				ctx,
				file,
				['id'],
				`id "${pair.id}" does not start with the code of topic "${topic.id}": expected ${topic.code}-NN`
			);
		if (folder !== pair.topic)
			report(
				ctx,
				file,
				['topic'],
				`topic "${pair.topic}" does not match the folder "${folder}/": expected the file in claims/${pair.topic}/`
			);
		for (const [side, suffix] of [
			['critique', 'C'],
			['response', 'R']
		] as const) {
			const claim = pair[side];
			if (claim.id !== `${pair.id}-${suffix}`)
				report(
					ctx,
					file,
					[side, 'id'],
					`claim id "${claim.id}" does not match its pair: expected ${pair.id}-${suffix}`
				);
			checkDate(ctx, file, [side, 'as_of'], claim.as_of);
			checkMarkdown(ctx, file, [side, 'argument'], claim.argument);
			claim.answers.forEach((a, i) =>
				checkMarkdown(ctx, file, [side, 'answers', i, 'text'], a.text)
			);
			// The argument's and answers' quotes are checked paragraph by paragraph in checkPoints.
			checkCitations(ctx, file, [side], claim, ['summary'], sourceIndex);
		}
		pair.findings.forEach((finding, i) => {
			checkDate(ctx, file, ['findings', i, 'date'], finding.date);
			checkMarkdown(ctx, file, ['findings', i, 'text'], finding.text);
			checkCitations(ctx, file, ['findings', i], finding, [], sourceIndex);
		});
		checkPoints(ctx.problems, file, pair, (id) => sourceIndex.get(id)?.excerpts);
		checkDate(ctx, file, ['last_reviewed'], pair.last_reviewed);
		pair.history.forEach((h, i) => checkDate(ctx, file, ['history', i, 'date'], h.date));
		checkReview(ctx, file, pair);
		pair.timeline.forEach((id, i) => {
			if (!eventIds.has(id))
				report(
					ctx,
					file,
					['timeline', i],
					`unknown timeline event "${id}": expected an id from claims/timeline.yaml`
				);
		});
	}
	for (const { data: pair, file } of pairs) {
		pair.related.forEach((id, i) => {
			if (id === pair.id) report(ctx, file, ['related', i], `a pair cannot be related to itself`);
			else if (!firstFile.has(id))
				report(
					ctx,
					file,
					['related', i],
					`unknown related pair "${id}": expected the id of a pair in claims/`
				);
		});
	}
}
