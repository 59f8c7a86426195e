/**
 * Synthetic corpora for the search benchmark, generated from the real one: each synthetic pair
 * takes every field from two real pairs of one topic (about half the sentences of each, so that
 * a pair stays on its topic and its length stays real), and a few words in every hundred are
 * replaced by invented ones, so that the vocabulary grows with the corpus as a real one would.
 * Seeded, so every run searches the same documents.
 */
import { FIELD_NAMES, type SearchDocument } from '../src/lib/search/fields';

/** Share of words replaced by an invented word. */
const INVENTED_SHARE = 0.03;
const SYLLABLES = ['ba', 'ker', 'lo', 'mi', 'nor', 'pa', 'que', 'ri', 'sal', 'ton', 'vu', 'zen'];

/** mulberry32: a small, fast, seeded generator; good enough to pick donors and words. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function inventWord(random: () => number): string {
	const n = 2 + Math.floor(random() * 3);
	return Array.from({ length: n }, () => SYLLABLES[Math.floor(random() * SYLLABLES.length)]).join(
		''
	);
}

function mixText(a: string, b: string, random: () => number): string {
	const sentences = [...a.split(/(?<=[.?!])\s+/), ...b.split(/(?<=[.?!])\s+/)].filter(Boolean);
	const keep = sentences.filter(() => random() < 0.5);
	const chosen = keep.length ? keep : sentences.slice(0, 1);
	return chosen
		.join(' ')
		.split(' ')
		.map((word) => (random() < INVENTED_SHARE ? inventWord(random) : word))
		.join(' ');
}

/** `count` documents made from `real`, with ids SY-0001… */
export function syntheticDocuments(
	real: readonly SearchDocument[],
	count: number,
	seed = 42
): SearchDocument[] {
	const random = seededRandom(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
	// Map.groupBy is Node 21+.
	const byTopic = new Map<string, SearchDocument[]>();
	for (const d of real) byTopic.set(d.topic, [...(byTopic.get(d.topic) ?? []), d]);
	return Array.from({ length: count }, (_, i) => {
		const base = pick(real);
		const other = pick(byTopic.get(base.topic)!);
		const doc = { id: `SY-${String(i + 1).padStart(5, '0')}` } as SearchDocument;
		for (const field of FIELD_NAMES) doc[field] = mixText(base[field], other[field], random);
		doc.topic = base.topic;
		return doc;
	});
}
