import { json } from '@sveltejs/kit';
import { apiJsonSchema } from '$lib/server/cite/api-schema';

// Generated from the zod schemas at build time.
export const prerender = true;

export function GET() {
	return json(apiJsonSchema());
}
