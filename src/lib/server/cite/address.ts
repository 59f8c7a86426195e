/**
 * Stable addresses: what a pair or claim id names today. Ids never change; a retired id answers
 * 410 Gone with a link to what replaced it.
 */
import { claimPath, pairPath } from '$lib/cite/model';
import type { CorpusViews } from '../corpus/views';
import type { RetiredId } from '../corpus/schema';

type AddressViews = Pick<CorpusViews, 'pairById' | 'claimById' | 'retiredById'>;

export type Address =
	| { kind: 'pair'; pairId: string }
	| { kind: 'claim'; claimId: string; pairId: string }
	| { kind: 'retired'; entry: RetiredId }
	| { kind: 'unknown' };

/** What an id (pair or claim) names. A live id wins over a retired entry of the same id. */
export function resolveAddress(views: AddressViews, id: string): Address {
	if (views.pairById.has(id)) return { kind: 'pair', pairId: id };
	const claim = views.claimById.get(id);
	if (claim) return { kind: 'claim', claimId: id, pairId: claim.pairId };
	const entry = views.retiredById.get(id);
	return entry ? { kind: 'retired', entry } : { kind: 'unknown' };
}

/** The page address of a live pair or claim id. */
const addressOf = (id: string) => (/-[CR]$/.test(id) ? claimPath(id) : pairPath(id));

/** The error a retired id answers with (status 410): what it was, when, and what replaced it. */
export function goneError(entry: RetiredId): App.Error {
	const replaced = entry.replaced_by ? ` It was replaced by ${entry.replaced_by}.` : '';
	return {
		message: `${entry.id} was retired on ${entry.retired}: ${entry.reason}${replaced}`,
		retired: {
			id: entry.id,
			date: entry.retired,
			reason: entry.reason,
			replacedBy: entry.replaced_by,
			href: entry.replaced_by ? addressOf(entry.replaced_by) : null
		}
	};
}

/**
 * Ids are case-insensitive: `em-01` names `EM-01`. The canonical form of an id a reader typed, or
 * null when it is already canonical (so that a route redirects only when there is somewhere to go).
 */
export function canonicalId(id: string): string | null {
	const upper = id.toUpperCase();
	return upper !== id && /^[A-Z]{2}-\d{2,3}(-[CR][1-9]?)?$/.test(upper) ? upper : null;
}
