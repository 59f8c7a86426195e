import { corpus } from '$lib/server/corpus/corpus';
import { buildPairPage } from '$lib/server/pages/pair';

// A document: no Kit client and no hydration data; $lib/enhance/pages/pair.ts adds the behaviours.
export const csr = false;
export const load = ({ params, url }) => buildPairPage(corpus, params.id, url);
