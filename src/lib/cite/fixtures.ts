/** Test helper: a hand-written export record, for the pure modules' tests. */
import type { ExportPair } from './model';

export const SAMPLE_PAIR: ExportPair = {
	id: 'FS-01',
	topic: { id: 'family-separation', title: 'Family separation & detention' },
	question: 'Did DHS have a policy of separating families in 2018?',
	lastReviewed: '2026-11-28',
	revision: 2,
	latestChange: 'Added <the> agency’s answer.',
	critique: {
		id: 'FS-01-C',
		side: 'critique',
		summary: 'Critics argue that separation was the result of a deliberate policy.',
		speaker: { name: 'Business Insider', kind: 'news' },
		asOf: '2018-06-18',
		status: null,
		argument: 'Business Insider said the sheet leaves out the main reason.',
		points: [
			{ id: 'FS-01-C1', text: 'Critics say separation followed from prosecuting every adult.' }
		],
		answers: [
			{
				point: 'FS-01-R1',
				notAddressed: false,
				text: 'Business Insider said the sheet leaves out the main reason.',
				citations: ['bi-2018']
			}
		],
		sources: [
			{
				id: 'bi-2018',
				title: 'A fact sheet avoids the point',
				publisher: 'Business Insider',
				date: '2018-06',
				url: 'https://www.businessinsider.com/x',
				type: 'news',
				quote: 'leaves out the main reason'
			}
		]
	},
	response: {
		id: 'FS-01-R',
		side: 'response',
		summary: 'DHS denied having a blanket policy of separating families.',
		speaker: { name: 'U.S. Department of Homeland Security', kind: 'agency' },
		asOf: '2018-06-18',
		status: 'direct',
		argument: 'DHS said it had no blanket policy of separating families.',
		points: [{ id: 'FS-01-R1', text: 'DHS says it had no blanket policy of separating families.' }],
		answers: [
			{
				point: 'FS-01-C1',
				notAddressed: true,
				text: 'No DHS statement on prosecutions was found.',
				citations: []
			}
		],
		sources: [
			{
				id: 'dhs-2018',
				title: null,
				publisher: 'U.S. Department of Homeland Security',
				date: null,
				url: 'https://www.dhs.gov/y',
				type: 'government'
			}
		]
	},
	findings: [
		{
			id: 'FS-01-F1',
			text: 'The inspector general found DHS was not prepared.',
			by: { name: 'DHS Office of Inspector General', kind: 'inspector-general' },
			date: '2018-09',
			bears: [
				{ point: 'FS-01-C1', how: 'supports' },
				{ point: 'FS-01-R1', how: 'context' }
			],
			sources: [
				{
					id: 'oig-2018',
					title: 'Initial observations',
					publisher: 'DHS Office of Inspector General',
					date: '2018-09-27',
					url: 'https://www.oig.dhs.gov/z',
					type: 'inspector-general'
				}
			]
		}
	]
};
