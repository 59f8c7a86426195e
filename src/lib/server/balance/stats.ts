/**
 * The numbers behind every balance chart, counted from the corpus views. Pure: the same views
 * always give the same numbers, so tests count a fixture corpus with known answers.
 */
import { lengthRatio } from '$lib/balance/parity';
import { MAX_LENGTH_RATIO } from '../corpus/balance';
import {
	perspectives,
	responseStatuses,
	sourceTypes,
	type ResponseStatus,
	type Topic
} from '../corpus/schema';
import { SIDES, type CorpusViews, type PairView, type Side } from '../corpus/views';

export type Views = Pick<CorpusViews, 'pairs' | 'topics'>;
export type PerSide<T> = Record<Side, T>;

/** A none-found response has no argument and no sources: it is not counted as a claim. */
export const isAnswered = (pair: PairView) => pair.response.status !== 'none-found';

const sum = (pairs: PairView[], f: (p: PairView) => number) => pairs.reduce((n, p) => n + f(p), 0);
const inTopic = (views: Views, topic: Topic) => views.pairs.filter((p) => p.topic === topic.id);

/** Per topic: pairs, claims with an argument and citations (a source cited twice counts twice). */
export function countByTopic(views: Views) {
	return views.topics.map((topic) => {
		const pairs = inTopic(views, topic);
		return {
			topic: topic.id,
			title: topic.title,
			pairs: pairs.length,
			claims: { critique: pairs.length, response: pairs.filter(isAnswered).length },
			citations: {
				critique: sum(pairs, (p) => p.critique.sources.length),
				response: sum(pairs, (p) => p.response.sources.length)
			}
		};
	});
}

/** Citations per side by the cited source's type or perspective; every value of the schema. */
export function countSourceMix(views: Views, key: 'type' | 'perspective') {
	const values: readonly string[] = key === 'type' ? sourceTypes : perspectives;
	const rows = values.map((value) => ({ value, critique: 0, response: 0 }));
	for (const pair of views.pairs) {
		for (const side of SIDES) {
			for (const cite of pair[side].sources) rows[values.indexOf(cite.ref[key])][side]++;
		}
	}
	return rows;
}

/** Words per side for every pair; `ratio` is null where no response was found. */
export function listParity(views: Views) {
	return views.pairs.map((pair) => {
		const words = { critique: pair.critique.words, response: pair.response.words };
		const ratio = isAnswered(pair) ? lengthRatio(words.critique, words.response) : null;
		return {
			id: pair.id,
			topic: pair.topic,
			status: pair.response.status,
			words,
			citations: { critique: pair.critique.sources.length, response: pair.response.sources.length },
			ratio,
			beyond: ratio !== null && ratio > MAX_LENGTH_RATIO
		};
	});
}
export type ParityRow = ReturnType<typeof listParity>[number];

/** Per topic, how many responses have each status. */
export function countStatusByTopic(views: Views) {
	return views.topics.map((topic) => {
		const counts = Object.fromEntries(responseStatuses.map((s) => [s, 0])) as Record<
			ResponseStatus,
			number
		>;
		for (const pair of inTopic(views, topic)) counts[pair.response.status]++;
		return { topic: topic.id, title: topic.title, counts };
	});
}

/** Per topic, how many pairs carry neutral findings and how many do not. */
export function countFindingsByTopic(views: Views) {
	return views.topics.map((topic) => {
		const pairs = inTopic(views, topic);
		const yes = pairs.filter((p) => p.findings.length > 0).length;
		return { topic: topic.id, title: topic.title, yes, no: pairs.length - yes };
	});
}

/** Claims per side by the year of their "as of" date, every year from the first to the last. */
export function countAsOfByYear(views: Views) {
	const claims = views.pairs.flatMap((p) =>
		SIDES.filter((side) => side === 'critique' || isAnswered(p)).map((side) => ({
			side,
			year: Number(p[side].as_of.slice(0, 4))
		}))
	);
	if (!claims.length) return [];
	const years = claims.map((c) => c.year);
	const rows = [];
	for (let year = Math.min(...years); year <= Math.max(...years); year++) {
		const of = (side: Side) => claims.filter((c) => c.side === side && c.year === year).length;
		rows.push({ year, critique: of('critique'), response: of('response') });
	}
	return rows;
}

/** Claims that cite no source (a none-found response excepted, as the checker does). */
export function listUnsourced(views: Views) {
	return views.pairs.flatMap((pair) =>
		SIDES.filter(
			(side) => !pair[side].sources.length && (side === 'critique' || isAnswered(pair))
		).map((side) => ({ pairId: pair.id, claimId: pair[side].id, side }))
	);
}
