import { buildTimeline, parseTimelineTopic } from '$lib/server/balance/timeline';
import { corpus } from '$lib/server/corpus/corpus';

// Links, anchors and a GET form are all this page needs: no JavaScript, no hydration data.
export const csr = false;

// The corpus changes only with a deploy: every view of the timeline (all topics, or one) is laid
// out once, when first asked for, as /balance is. An unknown ?topic= then costs a lookup.
const timelines = new Map<string | null, ReturnType<typeof buildTimeline>>();

export function load({ url }) {
	const { topic, notice } = parseTimelineTopic(url.searchParams, corpus);
	let timeline = timelines.get(topic);
	if (!timeline) timelines.set(topic, (timeline = buildTimeline(corpus, topic)));
	return { ...timeline, notice };
}
