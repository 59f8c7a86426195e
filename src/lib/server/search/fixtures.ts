/**
 * Small hand-written search documents for the search tests: each exercises one thing the index
 * and the queries must get right (numbers with letters, names, dashes, accents, sides).
 */
import type { SearchDocument } from '../../search/fields';
import { loadSearcher } from '../../search/search';
import { buildSearchIndex, serializeSearchIndex } from './build';

const doc = (id: string, fields: Partial<SearchDocument>): SearchDocument => ({
	id,
	question: '',
	critique_summary: '',
	response_summary: '',
	critique_argument: '',
	response_argument: '',
	critique_by: '',
	response_by: '',
	critique_sources: '',
	response_sources: '',
	tags: '',
	topic: '',
	...fields
});

export const FIXTURE_DOCUMENTS: SearchDocument[] = [
	doc('AA-01', {
		question: 'Should ICE arrest people at courthouses?',
		critique_summary: 'Critics argue that courthouse arrests deter witnesses from coming to court.',
		response_summary: 'ICE says arrests inside courthouses are safer for officers and the public.',
		critique_argument: 'Arrests at courthouses—the critics say—keep victims away.',
		critique_by: 'Immigrant Defense Project (Advocacy group)',
		response_by: 'U.S. Immigration and Customs Enforcement (Agency)',
		tags: 'courthouse-arrests',
		topic: 'Enforcement methods'
	}),
	doc('AA-02', {
		question: 'Do 287(g) agreements make local police immigration agents?',
		critique_summary: 'Critics argue that 287(g) agreements erode community trust.',
		response_summary: 'The agency says the agreements multiply its reach with trained officers.',
		response_argument: 'Sheriff Núñez, a supporter, said the program works.',
		critique_sources: 'The 287(g) Program: An Overview',
		tags: '287g local-police',
		topic: 'Enforcement methods'
	}),
	doc('AA-03', {
		question: 'Does the Flores settlement limit how long children can be detained?',
		critique_summary: 'Advocates argue the Flores agreement protects children in custody.',
		response_summary: 'DHS says the Flores agreement forces families to be released or separated.',
		critique_argument: 'The Flores settlement of 1997 sets standards for the detention of minors.',
		response_argument: "The agency's view: the U.S. cannot hold families together under Flores.",
		tags: 'flores children family-detention',
		topic: 'Family separation'
	}),
	doc('AA-04', {
		question: 'Are detention conditions adequate?',
		critique_summary: 'Inspectors found medical care lacking in several detention centers.',
		response_summary: 'ICE says its detention standards exceed those of many jails.',
		critique_argument: 'Reports describe delays in medical care and solitary confinement.',
		response_argument: 'Detention standards are audited; facilities that fail lose contracts.',
		critique_by: 'DHS Office of Inspector General (Inspector general)',
		tags: 'medical-care detention-standards',
		topic: 'Detention conditions'
	}),
	doc('AA-05', {
		question: 'Should officers wear masks during arrests?',
		critique_summary: 'Legislators argue masked officers undermine accountability.',
		response_summary: 'ICE says masks protect officers and their families from doxxing.',
		critique_by: 'California legislators (Legislator)',
		tags: 'masks identification',
		topic: 'Enforcement methods'
	})
];

/** The serialised index of the fixture documents. */
export const fixtureIndexText = () =>
	serializeSearchIndex(buildSearchIndex(FIXTURE_DOCUMENTS), FIXTURE_DOCUMENTS);

/** A searcher over the fixture documents. */
export const fixtureSearcher = () => loadSearcher(fixtureIndexText());
