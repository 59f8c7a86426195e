import { JSDOM } from 'jsdom';
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import PairHistory from '../../components/PairHistory.svelte';
import { fixtureViews } from '../cite/fixture-views';
import { readLogFilter, resolvingEntry } from './log';
import { targetsOfPair } from './targets';

const REPORT = 'AbCdEfGhIjKlMnOpQrStUv';
const PAIR = 'claims/test-topic/TT-01.yaml';
// TT-01's history as the fixture has it, and a third revision that answers a reader's report.
const corpus = fixtureViews({
	[PAIR]:
		readFileSync(`src/lib/server/corpus/fixtures/valid/${PAIR}`, 'utf8') +
		`  - date: 2021-01-03\n    change: Corrected the hearing figure.\n    resolves: ${REPORT}\n`
});

describe('a pair’s history and its corrections', () => {
	it('finds the revision that answers a report, and none for another', () => {
		expect(resolvingEntry(corpus, REPORT)).toEqual({
			pairId: 'TT-01',
			revision: 3,
			date: '2021-01-03',
			change: 'Corrected the hearing figure.',
			href: '/pairs/TT-01#revision-3'
		});
		expect(resolvingEntry(corpus, 'BbCdEfGhIjKlMnOpQrStUv')).toBeNull();
	});

	it('renders the history with each revision’s anchor, the report it answers and the log', () => {
		const { body } = render(PairHistory, { props: { pair: corpus.pairById.get('TT-01')! } });
		const doc = new JSDOM(body).window.document;
		const items = [...doc.querySelectorAll('ol.history > li')];
		expect(items.map((li) => li.id)).toEqual(['revision-1', 'revision-2', 'revision-3']);
		expect(items[2].querySelector('a')?.getAttribute('href')).toBe(`/corrections/${REPORT}`);
		expect(items.slice(0, 2).every((li) => !li.querySelector('a'))).toBe(true);
		const hrefs = [...doc.querySelectorAll('p a')].map((a) => a.getAttribute('href'));
		expect(hrefs).toEqual(['/corrections?target=TT-01', '/corrections/new?target=TT-01']);
	});

	it('narrows the log to a pair and all it holds, or to one thing', () => {
		const params = (q: string) => new URLSearchParams(q);
		expect(readLogFilter(corpus, params(''))).toEqual({ about: null, notices: [] });
		const pair = readLogFilter(corpus, params('target=TT-01'));
		expect(pair.about?.href).toBe('/pairs/TT-01');
		expect(pair.targets).toEqual(targetsOfPair(corpus, 'TT-01'));
		expect(readLogFilter(corpus, params('target=TT-01-F1')).targets).toEqual(['TT-01-F1']);
	});

	it('names a bad value and falls back to the whole log', () => {
		const bad = readLogFilter(corpus, new URLSearchParams(`target=${'<b>x'.repeat(40)}`));
		expect(bad.about).toBeNull();
		expect(bad.targets).toBeUndefined();
		expect(bad.notices).toEqual([
			`There is nothing here with the id “${'<b>x'.repeat(15)}”: showing every resolved report.`
		]);
	});
});
