/**
 * Ranking on the real corpus in claims/: phrases a reader arrives with, each written from a
 * committed pair, and the pair that must rank first; then queries that must not match some pairs.
 * A failure here means a change to the corpus, the fields or the boosts moved a reader's answer.
 */
import { describe, expect, it } from 'vitest';
import { loadSearcher } from '../../search/search';
import { generateSearchIndex } from './generate';

const searcher = loadSearcher(generateSearchIndex(process.cwd()).text);
const ids = (query: string) => searcher.search(query).hits.map((h) => h.id);

const FIRST: [query: string, pair: string][] = [
	['courthouse arrests', 'EM-03'],
	['Flores settlement', 'FS-03'],
	['287(g)', 'EM-04'],
	['masks identification', 'EM-01'],
	['sensitive locations places of worship', 'EM-02'],
	['worksite raids', 'EM-06'],
	// CT-07 is the press-rights pair of the same operations; EM-05 is the one about force itself.
	['excessive force protesters bystanders', 'EM-05'],
	['press freedom journalists tear gas', 'CT-07'],
	['Operation Midway Blitz', 'CT-06'],
	['zero tolerance policy separating families 2018', 'FS-01'],
	['reunification tracking separated families', 'FS-02'],
	['Ms. L. lawsuit', 'FS-05'],
	['Dilley family detention', 'FS-06'],
	['medical care deaths', 'DC-01'],
	['death rate 2025', 'DC-02'],
	['detention standards inspections', 'DC-03'],
	['private contractors GEO Group CoreCivic', 'DC-04'],
	['Fort Bliss', 'DC-05'],
	['Ossoff report abuse', 'DC-06'],
	['expedited removal two years', 'DP-01'],
	['access to counsel lawyer', 'DP-02'],
	['US citizens detained', 'DP-03'],
	['bond hearings mandatory detention', 'DP-04'],
	['racial profiling Los Angeles roving patrols', 'DP-05'],
	['judicial review federal courts', 'DP-06'],
	['crime victims witnesses report', 'CT-01'],
	['Secure Communities', 'CT-02'],
	// ST-02 is the federal suits over the same policies; CT-03 is whether they make places safer.
	['sanctuary policies safer', 'CT-03'],
	['sanctuary lawsuits federal funds', 'ST-02'],
	['detainers local jails', 'CT-04'],
	['climate of fear', 'CT-05'],
	['Homeland Security Investigations transnational criminal organizations', 'IN-01'],
	['child exploitation reassignment border 2023', 'IN-02'],
	['2025 shift of HSI agents to immigration arrests', 'IN-03'],
	['export enforcement counter-proliferation', 'IN-04'],
	['looted cultural property', 'IN-04'],
	['customs summons databases surveillance', 'IN-05'],
	['counterterrorism abolishing', 'IN-06'],
	['abolition or reform within the agency', 'OR-01'],
	['congressional visits advance notice', 'OR-02'],
	['split HSI separate agency', 'OR-03'],
	['budget reconciliation funding', 'OR-04'],
	['hiring surge training vetting', 'OR-05'],
	['ombudsman civil rights office cuts', 'OR-06'],
	['Morton memos prosecutorial discretion', 'PC-01'],
	['Johnson memo 2014 priorities', 'PC-02'],
	['Executive Order 13768 collateral arrests', 'PC-03'],
	['TRAC detention data no criminal conviction', 'PC-04'],
	['Mayorkas guidelines', 'PC-05'],
	['criminal history arrest data 2025', 'PC-06'],
	['third country removals', 'RA-01'],
	['Alien Enemies Act', 'RA-02'],
	['IRS taxpayer data', 'DS-01'],
	['shootings by agents', 'EM-08'],
	['administrative warrant home entry', 'EM-10'],
	// lunr's syntax, and typing.
	['question:dilley', 'FS-06'],
	['by:ossoff', 'DC-06'],
	['response:doxxing', 'EM-01'],
	['+hsi +reassignment -2023', 'IN-03'],
	['detension~1 standards', 'DC-03'],
	['flor', 'FS-03']
];

/** Queries that must not match pairs that the control query (the same without the restriction) does. */
const NOT: [query: string, pairs: string[], control: string][] = [
	// Both Flores pairs speak of separation; excluding the word excludes them.
	['flores -separation', ['FS-03', 'FS-06'], 'flores'],
	// FS-06 names Flores in its arguments, not in its question.
	['question:flores', ['FS-06'], 'flores'],
	['tag:flores', ['CT-04', 'FS-02'], 'flores'],
	['+hsi +reassignment -2023', ['IN-02'], '+hsi +reassignment']
];

describe('ranking on the real corpus', () => {
	it.each(FIRST)('"%s" ranks %s first', (query, pair) => {
		expect(ids(query)[0]).toBe(pair);
	});

	it.each(NOT)('"%s" does not match %j, which "%s" matches', (query, pairs, control) => {
		const found = ids(query);
		for (const pair of pairs) {
			expect(ids(control)).toContain(pair);
			expect(found).not.toContain(pair);
		}
	});

	it.each(['zzqxv', 'the of and', '*'])('"%s" matches nothing', (query) => {
		expect(ids(query)).toEqual([]);
	});
});
