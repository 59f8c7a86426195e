import { describe, expect, it } from 'vitest';
import { formatEvidenceCard, tagLine } from './card';

describe('the evidence card', () => {
	it('tags a claim with its first clause once it is long enough', () => {
		expect(
			tagLine(
				'Critics argue that family separation in 2018 was the predictable result of a deliberate policy, the Justice Department’s prosecutions, not an accident.'
			)
		).toBe(
			'Critics argue that family separation in 2018 was the predictable result of a deliberate policy'
		);
	});

	it('keeps a short summary whole, and cuts a long unbroken one with an ellipsis', () => {
		expect(tagLine('The agency says every person receives a hearing.')).toBe(
			'The agency says every person receives a hearing'
		);
		const long = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
		expect(tagLine(long)).toBe(`${long.split(' ').slice(0, 24).join(' ')} …`);
	});

	it('sets out tag, citation and each quote under its source', () => {
		const text = formatEvidenceCard({
			tag: 'Tag',
			citation: 'Full citation.',
			quotes: [
				{ text: 'First words.', cite: 'Source A.', pinpoint: 'p. 3' },
				{ text: 'Second words.', cite: 'Source B.' }
			]
		});
		expect(text.split('\n')).toEqual([
			'Tag',
			'',
			'Full citation.',
			'',
			'Source A. (p. 3)',
			'“First words.”',
			'',
			'Source B.',
			'“Second words.”',
			''
		]);
	});

	it('says so when a claim has no verbatim quote', () => {
		expect(formatEvidenceCard({ tag: 'T', citation: 'C', quotes: [] })).toContain(
			'No verbatim quote'
		);
	});
});
