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
	}
};
