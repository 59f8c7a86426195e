/**
 * The one-line description of the active filters ("Showing 5 of 48 pairs · topic: Detention …").
 */
import { SPEAKER_KIND_LABEL, STATUS_LABEL } from '$lib/labels';
import { POLICY_ERAS, filtersHref, type FilterState } from './state';

export const SOURCE_FACET_LABEL = {
	government: 'Government',
	oversight: 'Inspector general, GAO, CRS',
	court: 'Court',
	advocacy: 'Advocacy',
	'think-tank': 'Think tank',
	academic: 'Academic',
	news: 'News',
	reference: 'Reference'
} as const;

export const ERA_LABEL: Record<string, string> = Object.fromEntries(
	POLICY_ERAS.map((e) => [e.id, e.label])
);

/** Labels of every facet value, given the topics' titles. */
export function facetLabels(topicTitles: Record<string, string>) {
	return {
		topic: topicTitles,
		who: SPEAKER_KIND_LABEL as Record<string, string>,
		source: SOURCE_FACET_LABEL as Record<string, string>,
		status: STATUS_LABEL as Record<string, string>,
		era: ERA_LABEL,
		tag: {} as Record<string, string>
	};
}

const FACET_NAME = {
	topic: 'topic',
	who: 'who',
	source: 'source',
	status: 'response',
	era: 'era',
	tag: 'tag'
} as const;

/** "Showing 5 of 48 pairs · topic: A or B · response: direct", in words a reader can check. */
export function describeFilters(
	state: FilterState,
	shown: number,
	total: number,
	labels: ReturnType<typeof facetLabels>
): string {
	const parts = [`Showing ${shown} of ${total} ${total === 1 ? 'pair' : 'pairs'}`];
	if (state.q) parts.push(`matching “${state.q}”`);
	for (const key of Object.keys(FACET_NAME) as (keyof typeof FACET_NAME)[]) {
		if (state[key].length) {
			const names = state[key].map((v) => labels[key][v] ?? v);
			parts.push(`${FACET_NAME[key]}: ${names.join(' or ')}`);
		}
	}
	if (state.findings !== 'any')
		parts.push(state.findings === 'yes' ? 'with neutral findings' : 'without neutral findings');
	if (state.from !== null || state.to !== null)
		parts.push(`as of ${state.from ?? '…'}–${state.to ?? '…'}`);
	return parts.join(' · ');
}

/** An active filter as a removable chip: its words, and the explorer's URL without it. */
export interface ActiveFilter {
	/** "topic: Detention conditions", "matching “flores”", "as of 2017–…". */
	label: string;
	href: string;
}

/**
 * Each active filter value on its own, with the link that removes just that value, so the chips
 * work as plain links without JavaScript. Sort and side order are kept: they do not filter.
 */
export function activeFilters(
	state: FilterState,
	labels: ReturnType<typeof facetLabels>
): ActiveFilter[] {
	const without = (change: Partial<FilterState>) => `/${filtersHref({ ...state, ...change })}`;
	const chips: ActiveFilter[] = [];
	if (state.q) chips.push({ label: `matching “${state.q}”`, href: without({ q: '' }) });
	for (const key of Object.keys(FACET_NAME) as (keyof typeof FACET_NAME)[]) {
		for (const value of state[key]) {
			chips.push({
				label: `${FACET_NAME[key]}: ${labels[key][value] ?? value}`,
				href: without({ [key]: state[key].filter((v) => v !== value) })
			});
		}
	}
	if (state.findings !== 'any')
		chips.push({
			label: state.findings === 'yes' ? 'with neutral findings' : 'without neutral findings',
			href: without({ findings: 'any' })
		});
	if (state.from !== null)
		chips.push({ label: `as of ${state.from} or later`, href: without({ from: null }) });
	if (state.to !== null)
		chips.push({ label: `as of ${state.to} or earlier`, href: without({ to: null }) });
	return chips;
}
