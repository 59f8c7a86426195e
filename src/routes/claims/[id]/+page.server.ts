import { sidesOf, sidesParam } from '$lib/explorer/state';
import { error, redirect } from '@sveltejs/kit';
import { canonicalId, goneError, resolveAddress } from '$lib/server/cite/address';
import { corpus } from '$lib/server/corpus/corpus';

// A claim's permanent address: it always redirects to the claim's place on its pair page, so this
// page never renders; retired ids answer 410 and unknown ones 404 through the error page.
export function load({ params, url }) {
	const address = resolveAddress(corpus, canonicalId(params.id) ?? params.id);
	const keep = sidesParam(sidesOf(url.searchParams));
	if (address.kind === 'claim') redirect(308, `/pairs/${address.pairId}${keep}#${address.claimId}`);
	if (address.kind === 'pair') redirect(308, `/pairs/${address.pairId}${keep}`);
	if (address.kind === 'retired') error(410, goneError(address.entry));
	error(404, `There is no claim with the id "${params.id}".`);
}
