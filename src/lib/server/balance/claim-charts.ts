/**
 * The per-claim charts: what kinds of sources each side cites, word-count parity per pair, and
 * when each side's claims speak ("as of"). Marks link to the claims they count or to the pair.
 */
import { plural, SIDE_SHORT } from '$lib/balance/labels';
import { formatRatio } from '$lib/balance/parity';
import { PERSPECTIVE_LABEL, SOURCE_TYPE_LABEL } from '$lib/labels';
import { ARGUMENT_WORDS, MAX_LENGTH_RATIO } from '../corpus/balance';
import type { Perspective, SourceType } from '../corpus/schema';
import type { Side } from '../corpus/views';
import { layoutGroupedBars, type BarsModel } from './bars';
import { layoutAsOfColumns, type AsOfModel } from './columns';
import { layoutParity, type ParityModel } from './scatter';
import { countCell, markHref, type ChartSection } from './section';
import { countAsOfByYear, countSourceMix, listParity, type Views } from './stats';

const sideRecord = <T>(f: (side: Side) => T) => ({
	critique: f('critique'),
	response: f('response')
});

/** Citations per side by source type or by the source's perspective. */
export function sourceMixSection(
	views: Views,
	key: 'type' | 'perspective'
): ChartSection<BarsModel> {
	const labels: Record<string, string> = key === 'type' ? SOURCE_TYPE_LABEL : PERSPECTIVE_LABEL;
	const rows = countSourceMix(views, key);
	const hrefOf = (side: Side, value: string) =>
		markHref(
			key === 'type'
				? { side, type: value as SourceType }
				: { side, perspective: value as Perspective }
		);
	const top = (side: Side) =>
		[...rows]
			.sort((a, b) => b[side] - a[side])
			.filter((r) => r[side] > 0)
			.slice(0, 3)
			.map((r) => `${labels[r.value]} (${r[side]})`)
			.join(', ') || 'none';
	return {
		id: key === 'type' ? 'source-types' : 'perspectives',
		title:
			key === 'type'
				? 'Source types cited by each side'
				: 'Perspectives of the sources each side cites',
		summary: [
			`Critics' claims cite mostly ${top('critique')}; responses cite mostly ${top('response')}.`,
			...(key === 'perspective'
				? [
						'A perspective is the stance of the source as it is used here: critic, agency, supporter or neutral.'
					]
				: [])
		],
		model: layoutGroupedBars(
			rows.map((r) => ({
				key: r.value,
				label: labels[r.value],
				values: sideRecord((s) => r[s]),
				hrefs: sideRecord((s) => hrefOf(s, r.value)),
				titles: sideRecord(
					(s) => `${labels[r.value]}: ${SIDE_SHORT[s].toLowerCase()}, ${plural(r[s], 'citation')}`
				)
			}))
		),
		table: {
			caption: `Citations per side by ${key === 'type' ? 'source type' : "the source's perspective"}`,
			columns: [key === 'type' ? 'Source type' : 'Perspective', "Critics' claims", 'Responses'],
			rows: rows.map((r) => [
				{ text: labels[r.value] },
				countCell(r.critique, hrefOf('critique', r.value)),
				countCell(r.response, hrefOf('response', r.value))
			])
		}
	};
}

/** Critics' words against the response's, one dot per pair, with the allowed band drawn. */
export function paritySection(views: Views): ChartSection<ParityModel> {
	const rows = listParity(views);
	const plotted = rows.filter((r) => r.ratio !== null);
	const beyond = plotted.filter((r) => r.beyond);
	const widest = [...plotted].sort((a, b) => b.ratio! - a.ratio!)[0];
	const unanswered = rows.filter((r) => r.ratio === null);
	return {
		id: 'parity',
		title: 'Word-count parity, pair by pair',
		summary: [
			`${plural(plotted.length, 'pair')} plotted: ${beyond.length ? `${plural(beyond.length, 'pair')} beyond ${MAX_LENGTH_RATIO}× (${beyond.map((r) => r.id).join(', ')})` : `none beyond ${MAX_LENGTH_RATIO}×`}.`,
			...(widest
				? [
						`The widest gap is ${widest.id}: ${widest.words.critique} words against ${widest.words.response} (${formatRatio(widest.ratio!)}).`
					]
				: []),
			...(unanswered.length
				? [`Not plotted, as no response was found: ${unanswered.map((r) => r.id).join(', ')}.`]
				: [])
		],
		model: layoutParity(
			plotted.map((r) => ({
				id: r.id,
				critique: r.words.critique,
				response: r.words.response,
				beyond: r.beyond,
				href: `/pairs/${r.id}`,
				title: `${r.id}: critics ${r.words.critique} words, response ${r.words.response} words, ${formatRatio(r.ratio!)}${r.beyond ? `, beyond ${MAX_LENGTH_RATIO}×` : ''}`
			})),
			MAX_LENGTH_RATIO,
			ARGUMENT_WORDS
		),
		table: {
			caption: 'Words per side and their ratio, by pair',
			columns: ['Pair', "Critics' words", 'Response words', 'Ratio', `Within ${MAX_LENGTH_RATIO}×`],
			rows: rows.map((r) => [
				{ text: r.id, href: `/pairs/${r.id}` },
				{ text: String(r.words.critique) },
				{ text: r.ratio === null ? 'no response found' : String(r.words.response) },
				{ text: r.ratio === null ? '—' : formatRatio(r.ratio) },
				{ text: r.ratio === null ? '—' : r.beyond ? 'no' : 'yes' }
			])
		}
	};
}

/** Claims per side by the year of their "as of" date, over the policy eras. */
export function asOfSection(views: Views): ChartSection<AsOfModel> {
	const rows = countAsOfByYear(views);
	const hrefOf = (side: Side, year: number) => markHref({ side, year });
	const span = (side: Side) => {
		const years = rows.filter((r) => r[side] > 0).map((r) => r.year);
		return years.length ? `${years[0]}–${years.at(-1)}` : 'none';
	};
	const peak = (side: Side) => [...rows].sort((a, b) => b[side] - a[side])[0];
	return {
		id: 'as-of',
		title: '"As of" dates over time, per side',
		summary: [
			`Critics' claims speak for ${span('critique')} (most in ${peak('critique')?.year}); responses for ${span('response')} (most in ${peak('response')?.year}).`,
			'Each claim is true of its "as of" date: the shaded bands are the policy eras in force.'
		],
		model: layoutAsOfColumns(
			rows.map((r) => ({
				year: r.year,
				values: sideRecord((s) => r[s]),
				hrefs: sideRecord((s) => hrefOf(s, r.year)),
				titles: sideRecord(
					(s) => `${r.year}: ${SIDE_SHORT[s].toLowerCase()}, ${plural(r[s], 'claim')}`
				)
			}))
		),
		table: {
			caption: 'Claims per side by the year of their "as of" date',
			columns: ['Year', "Critics' claims", 'Responses'],
			rows: rows.map((r) => [
				{ text: String(r.year) },
				countCell(r.critique, hrefOf('critique', r.year)),
				countCell(r.response, hrefOf('response', r.year))
			])
		}
	};
}
