/**
 * What a report may be about: the site, a pair, a claim, a finding, one source as cited in a claim
 * or finding, or a source's entry. Each resolves to words and a link from the corpus; anything
 * else is an unknown target.
 */
import type { CorpusViews } from '../corpus/views';

export interface Target {
	id: string;
	label: string;
	href: string;
}

export const SITE_TARGET: Target = { id: 'site', label: 'The site as a whole', href: '/' };
const CITE = /^(.+)-s(\d+)$/;

export function resolveTarget(corpus: CorpusViews, id: string): Target | null {
	if (id === 'site') return SITE_TARGET;
	const pair = corpus.pairById.get(id);
	if (pair) return { id, label: `Pair ${id}: ${pair.question}`, href: `/pairs/${id}` };
	const claim = corpus.claimById.get(id);
	if (claim) {
		const side = claim.side === 'critique' ? "critics' claim" : 'response';
		return {
			id,
			label: `The ${side} ${id}: ${claim.summary}`,
			href: `/pairs/${claim.pairId}#${id}`
		};
	}
	const finding = findingById(corpus, id);
	if (finding) return { id, label: `Finding ${id}`, href: `/pairs/${finding.pairId}#${id}` };
	const cite = CITE.exec(id);
	if (cite) {
		const owner = corpus.claimById.get(cite[1]) ?? findingById(corpus, cite[1]);
		const at = owner?.sources[Number(cite[2]) - 1];
		if (owner && at) {
			return {
				id,
				label: `Source ${cite[2]} of ${cite[1]}: ${at.ref.title ?? at.ref.publisher}`,
				href: `/pairs/${owner.pairId}#${id}`
			};
		}
	}
	const source = corpus.sourceById.get(id);
	if (source) {
		return {
			id,
			label: `Source ${id}: ${source.title ?? source.publisher}`,
			href: `/sources/${id}`
		};
	}
	return null;
}

function findingById(corpus: CorpusViews, id: string) {
	const m = /^(.+)-F(\d+)$/.exec(id);
	const pair = m ? corpus.pairById.get(m[1]) : undefined;
	const finding = pair?.findings[Number(m![2]) - 1];
	return finding && finding.id === id ? { ...finding, pairId: pair!.id } : null;
}
