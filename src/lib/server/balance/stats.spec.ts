import { describe, expect, it } from 'vitest';
import { fixtureViews } from './fixture';
import {
	countAsOfByYear,
	countByTopic,
	countFindingsByTopic,
	countSourceMix,
	countStatusByTopic,
	listParity,
	listUnsourced
} from './stats';

describe('balance numbers of the fixture corpus', () => {
	const { views, problems } = fixtureViews();

	it('counts claims with an argument and citations per side, by topic', () => {
		expect(countByTopic(views)).toEqual([
			{
				topic: 'test-topic',
				title: 'Test topic',
				pairs: 3,
				claims: { critique: 3, response: 2 },
				citations: { critique: 4, response: 2 }
			},
			{
				topic: 'other-topic',
				title: 'Other topic',
				pairs: 1,
				claims: { critique: 1, response: 1 },
				citations: { critique: 1, response: 2 }
			}
		]);
	});

	it('counts citations per side by source type, listing every type', () => {
		const rows = countSourceMix(views, 'type');
		expect(rows.map((r) => r.value)).toEqual([
			'government',
			'court',
			'inspector-general',
			'gao-crs',
			'ngo-advocacy',
			'think-tank',
			'academic',
			'news',
			'opinion',
			'reference'
		]);
		expect(rows.filter((r) => r.critique || r.response)).toEqual([
			{ value: 'government', critique: 0, response: 2 },
			{ value: 'inspector-general', critique: 1, response: 1 },
			{ value: 'ngo-advocacy', critique: 2, response: 0 },
			{ value: 'think-tank', critique: 0, response: 1 },
			{ value: 'news', critique: 2, response: 0 }
		]);
	});

	it("counts citations per side by the source's perspective", () => {
		expect(countSourceMix(views, 'perspective')).toEqual([
			{ value: 'critic', critique: 4, response: 0 },
			{ value: 'agency', critique: 0, response: 2 },
			{ value: 'supporter', critique: 0, response: 1 },
			{ value: 'neutral', critique: 1, response: 1 }
		]);
	});

	it('gives words and ratio per pair, and no ratio where no response was found', () => {
		const rows = listParity(views).map((r) => [r.id, r.words, r.ratio, r.beyond]);
		expect(rows).toEqual([
			['TT-01', { critique: 100, response: 100 }, 1, false],
			['TT-02', { critique: 90, response: 0 }, null, false],
			['TT-03', { critique: 100, response: 160 }, 1.6, true],
			['OT-01', { critique: 120, response: 110 }, 120 / 110, false]
		]);
	});

	it('flags beyond the limit exactly the pairs the checker warns about', () => {
		const warned = problems
			.filter((p) => p.message.includes('differ in length'))
			.map((p) => p.file.match(/([A-Z]{2}-\d+)\.yaml$/)![1]);
		const beyond = listParity(views)
			.filter((r) => r.beyond)
			.map((r) => r.id);
		expect(beyond).toEqual(warned);
	});

	it('lists no claim without a source: corpus v2 refuses one, and a none-found response is spared', () => {
		// TT-02's response was not found and has no sources; it is not an unsourced claim.
		expect(views.pairById.get('TT-02')!.response.sources).toEqual([]);
		expect(listUnsourced(views)).toEqual([]);
		expect(problems.filter((p) => p.message.includes('cites no source'))).toHaveLength(0);
	});

	it('counts response statuses by topic', () => {
		expect(countStatusByTopic(views).map((r) => [r.topic, r.counts])).toEqual([
			['test-topic', { direct: 1, policy: 1, supporters: 0, 'none-found': 1 }],
			['other-topic', { direct: 0, policy: 0, supporters: 1, 'none-found': 0 }]
		]);
	});

	it('counts pairs with and without neutral findings by topic', () => {
		expect(countFindingsByTopic(views).map((r) => [r.topic, r.yes, r.no])).toEqual([
			['test-topic', 1, 2],
			['other-topic', 1, 0]
		]);
	});

	it('counts "as of" years per side, every year in the span, none-found responses left out', () => {
		const rows = countAsOfByYear(views);
		expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025]);
		expect(rows.filter((r) => r.critique || r.response)).toEqual([
			{ year: 2018, critique: 2, response: 1 },
			{ year: 2019, critique: 0, response: 1 },
			{ year: 2020, critique: 1, response: 0 },
			{ year: 2025, critique: 1, response: 1 }
		]);
	});
});
