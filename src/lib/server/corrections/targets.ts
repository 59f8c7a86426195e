/**
 * What a report may be about: the site, a pair, a claim, one of its points, a finding, one source
 * as cited in a claim or finding, a source's entry, or a glossary term (`term:<id>`, since term
 * and source ids share one form). Each resolves to words and a link from the corpus; anything
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
const POINT = /^([A-Z]{2}-\d{2,3}-[CR])\d+$/;
export const TERM_PREFIX = 'term:';

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
	const point = POINT.exec(id);
	const ofClaim = point ? corpus.claimById.get(point[1]) : undefined;
	if (ofClaim?.points.some((p) => p.id === id)) {
		const side = ofClaim.side === 'critique' ? "critics' claim" : 'response';
		return {
			id,
			label: `Point ${id} of the ${side} ${ofClaim.id}`,
			href: `/pairs/${ofClaim.pairId}?view=points#${id}`
		};
	}
	if (id.startsWith(TERM_PREFIX)) {
		const term = corpus.terms.find((t) => t.id === id.slice(TERM_PREFIX.length));
		if (term) return { id, label: `Glossary term “${term.term}”`, href: `/glossary#${term.id}` };
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

/**
 * The target ids a pair's reports may have: the pair, its claims, their points and cited sources,
 * its findings and theirs. `/corrections?target=<pair>` and the queue's topic filter read these.
 */
export function targetsOfPair(corpus: CorpusViews, pairId: string): string[] {
	const pair = corpus.pairById.get(pairId);
	if (!pair) return [];
	const claims = [pair.critique, pair.response];
	return [
		pair.id,
		...claims.flatMap((c) => [
			c.id,
			...c.points.map((p) => p.id),
			...c.sources.map((s) => s.anchor)
		]),
		...pair.findings.flatMap((f) => [f.id, ...f.sources.map((s) => s.anchor)])
	];
}

/** The target ids of every pair of a topic (empty for an unknown topic). */
export const targetsOfTopic = (corpus: CorpusViews, topic: string) =>
	(corpus.pairsByTopic.get(topic) ?? []).flatMap((p) => targetsOfPair(corpus, p.id));
