/**
 * Word-count parity between the two arguments of a pair (longer over shorter, the shorter counted
 * as at least one word): the corpus checker's warning, the balance charts and the parity strip all
 * use this one formula, on server and client.
 */

/** How many times longer the longer argument is than the shorter one. */
export function lengthRatio(critiqueWords: number, responseWords: number): number {
	return (
		Math.max(critiqueWords, responseWords) / Math.max(1, Math.min(critiqueWords, responseWords))
	);
}

/** A ratio as a reader writes it: "1.07×". */
export function formatRatio(ratio: number): string {
	return `${ratio.toFixed(2)}×`;
}
