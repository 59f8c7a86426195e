/**
 * The debate evidence card: a short tag line, the full citation, then the verbatim quotes with
 * where each comes from, as plain text that pastes into a case file.
 */

/** A verbatim quote and the citation of the source it is from. */
export interface CardQuote {
	text: string;
	cite: string;
	pinpoint?: string;
}

export interface EvidenceCard {
	tag: string;
	citation: string;
	quotes: CardQuote[];
}

// A tag is cut at the first clause break after this many words, and never runs past the limit.
const TAG_MIN_WORDS = 8;
const TAG_MAX_WORDS = 24;

/** A short tag line from a one-sentence summary: its first clause, or its first words. */
export function tagLine(summary: string): string {
	const words = summary.trim().replace(/\s+/g, ' ').split(' ');
	for (let i = TAG_MIN_WORDS - 1; i < Math.min(words.length, TAG_MAX_WORDS); i++) {
		if (/[,;:]$/.test(words[i]))
			return words
				.slice(0, i + 1)
				.join(' ')
				.slice(0, -1);
	}
	if (words.length <= TAG_MAX_WORDS) return words.join(' ').replace(/\.$/, '');
	return `${words.slice(0, TAG_MAX_WORDS).join(' ')} …`;
}

/** The card as plain text. */
export function formatEvidenceCard(card: EvidenceCard): string {
	const lines = [card.tag, '', card.citation, ''];
	if (card.quotes.length === 0) {
		lines.push('[No verbatim quote is recorded for this claim; see its sources.]', '');
	}
	for (const q of card.quotes) {
		lines.push(`${q.cite}${q.pinpoint ? ` (${q.pinpoint})` : ''}`, `“${q.text}”`, '');
	}
	return lines.join('\n');
}
