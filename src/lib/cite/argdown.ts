/**
 * The corpus as Argdown text: a heading per topic and per pair question, the critics' claim as a
 * statement, the response below it attacking it (`- [id]: …`), and each claim's metadata in braces
 * (a YAML flow map, written as JSON, which YAML reads).
 */
import { SITE_NAME, claimPath, type ExportClaim, type ExportPair } from './model';

// Characters that start Argdown syntax inside text (mentions, tags, data, formatting).
const SPECIAL = /[[\]<>{}#@*_\\]/g;

/** Text made safe to stand as an Argdown statement's content. */
export function escapeArgdown(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(SPECIAL, (c) => `\\${c}`);
}

/** The metadata of one claim, as the braces after its statement hold it. */
export function claimData(pair: ExportPair, claim: ExportClaim) {
	return {
		pair: pair.id,
		side: claim.side,
		by: claim.speaker?.name ?? null,
		kind: claim.speaker?.kind ?? null,
		as_of: claim.asOf,
		...(claim.status ? { status: claim.status } : {}),
		sources: claim.sources.map((s) => s.url),
		path: claimPath(claim.id)
	};
}

function statement(pair: ExportPair, claim: ExportClaim): string {
	return `[${claim.id}]: ${escapeArgdown(claim.summary)} ${JSON.stringify(claimData(pair, claim))}`;
}

/** The Argdown document of the corpus, topics in corpus order. */
export function corpusToArgdown(pairs: readonly ExportPair[]): string {
	const lines = ['===', `title: ${SITE_NAME}`, '===', ''];
	let topic = '';
	for (const pair of pairs) {
		if (pair.topic.id !== topic) {
			topic = pair.topic.id;
			lines.push(`# ${escapeArgdown(pair.topic.title)}`, '');
		}
		lines.push(`## ${pair.id}: ${escapeArgdown(pair.question)}`, '');
		lines.push(statement(pair, pair.critique));
		if (pair.response.status === 'none-found') {
			lines.push(`  // ${pair.response.id}: no response was found.`);
		} else {
			lines.push(`  - ${statement(pair, pair.response)}`);
		}
		lines.push('');
	}
	return lines.join('\n');
}
