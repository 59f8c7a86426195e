import { describe, expect, it } from 'vitest';
import { shortCitation } from './short';

describe('a claim’s short citation', () => {
	const claim = {
		claimId: 'DC-03-C',
		speaker: 'National Immigrant Justice Center',
		asOf: '2026-03-10',
		revision: 5,
		lastReviewed: '2026-04-02',
		permalink: 'https://example.org/claims/DC-03-C'
	};

	it('names who, as of when, which claim and revision, and where to find it', () => {
		expect(shortCitation(claim)).toBe(
			'National Immigrant Justice Center, as of 10 March 2026. ICE Debate Explorer, DC-03-C, ' +
				'rev. 5 (reviewed 2 April 2026). https://example.org/claims/DC-03-C'
		);
	});

	it('says so when no response was found', () => {
		expect(shortCitation({ ...claim, claimId: 'DC-03-R', speaker: null })).toMatch(
			/^No response found, as of 10 March 2026\. .*DC-03-R/
		);
	});
});
