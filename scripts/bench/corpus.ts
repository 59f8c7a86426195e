/**
 * What the bench needs from the corpus: pair and topic ids to build paths, and the bytes of claim
 * text (summary and argument of both sides) each pair carries, to set a page's HTML against.
 */
import { readCorpusFiles, todayUtc } from '../../src/lib/server/corpus/load';
import { validateCorpus } from '../../src/lib/server/corpus/validate';

export interface CorpusFacts {
	pairIds: string[];
	topicIds: string[];
	/** UTF-8 bytes of the summaries and arguments of both claims, by pair id. */
	claimBytes: Map<string, number>;
}

/** Reads and validates claims/ under `root`; throws if the corpus has errors. */
export function readCorpusFacts(root = process.cwd()): CorpusFacts {
	const { data } = validateCorpus(readCorpusFiles(root), { today: todayUtc() });
	if (!data) throw new Error('claims/ has errors: run npm run check:claims');
	const bytes = (text: string) => Buffer.byteLength(text, 'utf8');
	const claimBytes = new Map(
		data.pairs.map((pair) => [
			pair.id,
			[pair.critique, pair.response].reduce((n, c) => n + bytes(c.summary) + bytes(c.argument), 0)
		])
	);
	return {
		pairIds: data.pairs.map((p) => p.id),
		topicIds: data.topics.map((t) => t.id),
		claimBytes
	};
}

/** Ids of the pairs a page links to (`href="/pairs/ID"`, relative or absolute). */
export function linkedPairIds(html: string, known: Iterable<string>): string[] {
	const ids = new Set(known);
	const linked = new Set<string>();
	for (const [, id] of html.matchAll(/href="(?:[^"]*\/)?pairs\/([A-Z]{2}-\d{2,3})(?:[?#"])/g)) {
		if (ids.has(id)) linked.add(id);
	}
	return [...linked];
}
