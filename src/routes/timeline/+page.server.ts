import { buildTimeline, parseTimelineTopic } from '$lib/server/balance/timeline';
import { corpus } from '$lib/server/corpus/corpus';

// Links, anchors and a GET form are all this page needs: no JavaScript, no hydration data.
export const csr = false;

export function load({ url }) {
	const { topic, notice } = parseTimelineTopic(url.searchParams, corpus);
	return { ...buildTimeline(corpus, topic), notice };
}
