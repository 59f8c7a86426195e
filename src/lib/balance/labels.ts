/**
 * Words for the timeline's event kinds and the charts' sides, shared by server and client.
 */
import type { eventKinds } from '$lib/server/corpus/schema';

export const EVENT_KIND_LABEL: Record<(typeof eventKinds)[number], string> = {
	founding: 'Founding',
	program: 'Program',
	policy: 'Policy',
	law: 'Law',
	court: 'Court ruling',
	report: 'Report',
	funding: 'Funding'
};

/** Short names of the two sides for chart legends and axis titles. */
export const SIDE_SHORT = { critique: 'Critics', response: 'Response' } as const;

/** "1 source", "2 sources". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}
