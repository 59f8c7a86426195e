/**
 * The sources listing: filters by type, perspective and the topics of the claims that cite a source.
 * Query parameters are checked like the explorer's: unknown values are dropped with a notice.
 */
import { corpus } from './corpus/corpus';
import { perspectives, sourceTypes } from './corpus/schema';

const topicsCiting = new Map(
	corpus.sources.map((s) => [
		s.id,
		[...new Set((corpus.citedBy.get(s.id) ?? []).map((c) => corpus.pairById.get(c.pairId)!.topic))]
	])
);

function pick<T extends string>(
	params: URLSearchParams,
	key: string,
	allowed: readonly T[],
	notices: string[]
): T[] {
	const values = params
		.getAll(key)
		.flatMap((v) => v.split(','))
		.filter(Boolean);
	return values.filter((v): v is T => {
		const ok = (allowed as readonly string[]).includes(v);
		if (!ok) notices.push(`Ignored ${key} "${v.slice(0, 40)}": not a known value.`);
		return ok;
	});
}

/** The sources a query string selects, with the notices for what it ignored. */
export function listSources(params: URLSearchParams) {
	const notices: string[] = [];
	for (const key of new Set(params.keys())) {
		if (!['type', 'perspective', 'topic'].includes(key)) {
			notices.push(`Ignored the unknown parameter "${key.slice(0, 40)}".`);
		}
	}
	const type = pick(params, 'type', sourceTypes, notices);
	const perspective = pick(params, 'perspective', perspectives, notices);
	const topic = pick(
		params,
		'topic',
		corpus.topics.map((t) => t.id),
		notices
	);
	const sources = corpus.sources
		.filter(
			(s) =>
				(!type.length || type.includes(s.type)) &&
				(!perspective.length || perspective.includes(s.perspective)) &&
				(!topic.length || topicsCiting.get(s.id)!.some((t) => topic.includes(t)))
		)
		.map((s) => ({
			id: s.id,
			title: s.title,
			publisher: s.publisher,
			date: s.date,
			type: s.type,
			perspective: s.perspective,
			citations: corpus.citedBy.get(s.id)?.length ?? 0
		}));
	return { state: { type, perspective, topic }, notices, sources };
}
