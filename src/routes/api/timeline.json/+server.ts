import { json } from '@sveltejs/kit';
import { timelinePayload } from '$lib/server/cite/api';
import { corpus } from '$lib/server/corpus/corpus';

// The content changes only with a deploy: written to a file at build time.
export const prerender = true;

export function GET() {
	return json(timelinePayload(corpus));
}
