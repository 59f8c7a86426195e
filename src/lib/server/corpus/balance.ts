/**
 * Balance warnings: reported, never fatal. They flag what makes one side look stronger by form
 * rather than substance: missing sources, unequal length, one side's framing words.
 */
import { formatPath, type Problem } from './parse';
import type { LoadedTerm, Pair, TimelineEvent } from './schema';
import { eventsSinceReview, MAX_AS_OF_GAP_YEARS, yearsApart } from './freshness';
import { stripCitations } from '../../citations';
import { formatRatio, lengthRatio } from '../../balance/parity';
import { countWords, findLoadedTerms } from './text';
import type { Located, Registry } from './validate';

/** Longest allowed ratio between the two arguments of a pair, in words. */
export const MAX_LENGTH_RATIO = 1.5;
/** The length an argument should have, in words. */
export const ARGUMENT_WORDS = { min: 80, max: 220 } as const;

/** Every balance warning for the pairs and glossary. */
export function checkBalance(
	pairs: Located<Pair>[],
	glossary: Located<Registry<'glossary.yaml'>>,
	loaded: LoadedTerm[],
	events: readonly TimelineEvent[] = []
): Problem[] {
	const warnings: Problem[] = [];
	for (const { data: pair, file } of pairs) {
		const warn = (path: (string | number)[], message: string) =>
			warnings.push({
				file: file.file,
				line: file.lineOf(path),
				path: formatPath(path),
				message,
				level: 'warning'
			});
		const { critique, response } = pair;
		const answered = response.status !== 'none-found';
		if (!critique.sources.length)
			warn(['critique', 'sources'], "the critics' claim cites no source");
		if (answered && !response.sources.length)
			warn(['response', 'sources'], 'the response cites no source');
		if (!answered && response.argument.trim())
			warn(
				['response', 'argument'],
				'status is none-found but the argument is not empty: either cite the response and set its status, or leave the argument empty'
			);
		const words = {
			critique: countWords(critique.argument),
			response: countWords(response.argument)
		};
		for (const side of ['critique', 'response'] as const) {
			if (side === 'response' && !answered) continue;
			const n = words[side];
			if (n < ARGUMENT_WORDS.min || n > ARGUMENT_WORDS.max)
				warn(
					[side, 'argument'],
					`argument has ${n} words: expected ${ARGUMENT_WORDS.min}-${ARGUMENT_WORDS.max}`
				);
		}
		if (answered) {
			const ratio = lengthRatio(words.critique, words.response);
			if (ratio > MAX_LENGTH_RATIO)
				warn(
					['response', 'argument'],
					`the two arguments differ in length by ${formatRatio(ratio)} (${words.critique} against ${words.response} words): expected at most ${MAX_LENGTH_RATIO}×`
				);
		}
		const since = eventsSinceReview(pair, events);
		if (since.length)
			warn(
				['last_reviewed'],
				`${since.length} timeline event(s) since this pair was last reviewed on ${pair.last_reviewed} (${since.map((e) => `${e.id}, ${e.date}`).join('; ')}): review the pair and record it in history with checked:`
			);
		if (answered && !pair.historical) {
			const gap = yearsApart(critique.as_of, response.as_of);
			if (gap > MAX_AS_OF_GAP_YEARS)
				warn(
					['response', 'as_of'],
					`the two sides speak for dates ${gap} years apart (${critique.as_of} against ${response.as_of}): expected at most ${MAX_AS_OF_GAP_YEARS}, or mark the pair historical: true`
				);
		}
		const prose: [(string | number)[], string][] = [
			[['question'], pair.question],
			...(['critique', 'response'] as const).flatMap((side) => [
				[[side, 'summary'], pair[side].summary] as [(string | number)[], string],
				[[side, 'argument'], pair[side].argument] as [(string | number)[], string],
				...pair[side].points.map(
					(p, i) => [[side, 'points', i, 'text'], p.text] as [(string | number)[], string]
				),
				...pair[side].answers.map(
					(a, i) => [[side, 'answers', i, 'text'], a.text] as [(string | number)[], string]
				)
			]),
			...pair.findings.map(
				(f, i) => [['findings', i, 'text'], f.text] as [(string | number)[], string]
			)
		];
		for (const [path, text] of prose) {
			for (const term of findLoadedTerms(stripCitations(text), loaded))
				warn(path, loadedMessage(term, loaded));
		}
	}
	glossary.data.terms.forEach((term, i) => {
		for (const found of findLoadedTerms(term.neutral, loaded)) {
			warnings.push({
				file: glossary.file.file,
				line: glossary.file.lineOf(['terms', i, 'neutral']),
				path: formatPath(['terms', i, 'neutral']),
				message: loadedMessage(found, loaded),
				level: 'warning'
			});
		}
	});
	return warnings;
}

function loadedMessage(term: string, loaded: LoadedTerm[]): string {
	const entry = loaded.find((l) => l.term === term);
	return `loaded term "${term}" (${entry?.side}' framing) outside a quotation: write "${entry?.instead}", or quote and attribute it`;
}
