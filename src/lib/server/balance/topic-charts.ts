/**
 * The per-topic charts: claims and citations per side, response status, neutral findings. Every
 * mark links to the explorer filtered to exactly the pairs it counts.
 */
import { plural } from '$lib/balance/labels';
import { STATUS_LABEL } from '$lib/labels';
import { responseStatuses, type ResponseStatus } from '../corpus/schema';
import { layoutGroupedBars, layoutStackedBars, type BarsModel } from './bars';
import { countCell, explorerHref, type ChartSection } from './section';
import { countByTopic, countFindingsByTopic, countStatusByTopic, type Views } from './stats';

const both = <T>(critique: T, response: T) => ({ critique, response });

/** Claims and citations per side for each topic: two bar charts, one table. */
export function topicSection(
	views: Views
): ChartSection<{ claims: BarsModel; citations: BarsModel }> {
	const rows = countByTopic(views);
	const chart = (metric: 'claims' | 'citations') =>
		layoutGroupedBars(
			rows.map((r) => {
				const href = explorerHref({ topic: [r.topic] });
				const word = metric === 'claims' ? 'claim' : 'citation';
				return {
					key: r.topic,
					label: r.title,
					values: r[metric],
					hrefs: both(href, href),
					titles: both(
						`${r.title}: critics, ${plural(r[metric].critique, word)}`,
						`${r.title}: response, ${plural(r[metric].response, word)}`
					)
				};
			})
		);
	const total = (metric: 'claims' | 'citations', side: 'critique' | 'response') =>
		rows.reduce((n, r) => n + r[metric][side], 0);
	const pairs = rows.reduce((n, r) => n + r.pairs, 0);
	return {
		id: 'by-topic',
		title: 'Claims and sources per side, by topic',
		summary: [
			`${plural(pairs, 'pair')} in ${plural(rows.length, 'topic')}: ${plural(total('claims', 'critique'), "critics' claim")} and ${plural(total('claims', 'response'), 'response')} with an argument (${plural(pairs - total('claims', 'response'), 'pair')} where no response was found).`,
			`Critics' claims cite sources ${plural(total('citations', 'critique'), 'time')}, responses ${plural(total('citations', 'response'), 'time')} (a source cited by two claims counts twice).`
		],
		model: { claims: chart('claims'), citations: chart('citations') },
		table: {
			caption: 'Claims and citations per side, by topic',
			columns: [
				'Topic',
				'Pairs',
				"Critics' claims",
				'Responses',
				"Critics' citations",
				"Responses' citations"
			],
			rows: rows.map((r) => {
				const href = explorerHref({ topic: [r.topic] });
				return [
					{ text: r.title, href },
					countCell(r.pairs, href),
					{ text: String(r.claims.critique) },
					{ text: String(r.claims.response) },
					{ text: String(r.citations.critique) },
					{ text: String(r.citations.response) }
				];
			})
		}
	};
}

/** Per topic, the response statuses stacked: direct, policy, supporters, none found. */
export function statusSection(views: Views): ChartSection<BarsModel<ResponseStatus>> {
	const rows = countStatusByTopic(views);
	const hrefOf = (topic: string, status: ResponseStatus) =>
		explorerHref({ topic: [topic], status: [status] });
	const totals = responseStatuses.map(
		(s) => [s, rows.reduce((n, r) => n + r.counts[s], 0)] as const
	);
	return {
		id: 'status',
		title: 'Who answers: response status by topic',
		summary: [
			`Across all topics: ${totals.map(([s, n]) => `${STATUS_LABEL[s].toLowerCase()}, ${n}`).join('; ')}.`,
			...rows
				.filter((r) => r.counts['none-found'] > 0)
				.map((r) => `${r.title}: ${plural(r.counts['none-found'], 'pair')} with no response found.`)
		],
		model: layoutStackedBars(
			rows.map((r) => ({
				key: r.topic,
				label: r.title,
				values: r.counts,
				hrefs: Object.fromEntries(responseStatuses.map((s) => [s, hrefOf(r.topic, s)])) as Record<
					ResponseStatus,
					string
				>,
				titles: Object.fromEntries(
					responseStatuses.map((s) => [
						s,
						`${r.title}: ${STATUS_LABEL[s]}, ${plural(r.counts[s], 'pair')}`
					])
				) as Record<ResponseStatus, string>
			})),
			responseStatuses
		),
		table: {
			caption: 'Response status by topic (pairs)',
			columns: ['Topic', ...responseStatuses.map((s) => STATUS_LABEL[s])],
			rows: rows.map((r) => [
				{ text: r.title, href: explorerHref({ topic: [r.topic] }) },
				...responseStatuses.map((s) => countCell(r.counts[s], hrefOf(r.topic, s)))
			])
		}
	};
}

/** Per topic, pairs with and without neutral findings. */
export function findingsSection(views: Views): ChartSection<BarsModel<'yes' | 'no'>> {
	const rows = countFindingsByTopic(views);
	const hrefOf = (topic: string, findings: 'yes' | 'no') =>
		explorerHref({ topic: [topic], findings });
	const yes = rows.reduce((n, r) => n + r.yes, 0);
	const all = yes + rows.reduce((n, r) => n + r.no, 0);
	const word = { yes: 'with findings', no: 'without findings' } as const;
	return {
		id: 'findings',
		title: 'Pairs with neutral findings, by topic',
		summary: [
			`${yes} of ${plural(all, 'pair')} carry findings of neutral bodies (inspectors general, GAO, CRS, courts, data projects).`
		],
		model: layoutStackedBars(
			rows.map((r) => ({
				key: r.topic,
				label: r.title,
				values: { yes: r.yes, no: r.no },
				hrefs: { yes: hrefOf(r.topic, 'yes'), no: hrefOf(r.topic, 'no') },
				titles: {
					yes: `${r.title}: ${plural(r.yes, 'pair')} ${word.yes}`,
					no: `${r.title}: ${plural(r.no, 'pair')} ${word.no}`
				}
			})),
			['yes', 'no'] as const
		),
		table: {
			caption: 'Pairs with and without neutral findings, by topic',
			columns: ['Topic', 'With findings', 'Without findings'],
			rows: rows.map((r) => [
				{ text: r.title, href: explorerHref({ topic: [r.topic] }) },
				countCell(r.yes, hrefOf(r.topic, 'yes')),
				countCell(r.no, hrefOf(r.topic, 'no'))
			])
		}
	};
}
