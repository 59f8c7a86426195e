import { describe, expect, it } from 'vitest';
import { MAX_COMPARE } from './compare';
import { addClaimControl, addPairControl } from './compare-controls';

const full = Array.from({ length: MAX_COMPARE }, (_, i) => `AA-${String(i + 10)}-C`);

describe('addPairControl', () => {
	it('adds both claims of a pair to the board it is given', () => {
		expect(addPairControl(['XX-01-C'], 'EM-01')).toEqual({
			href: '/compare?ids=XX-01-C,EM-01-C,EM-01-R',
			words: 'Add pair to compare',
			count: '(1 claims on the board)',
			next: ['XX-01-C', 'EM-01-C', 'EM-01-R']
		});
	});

	it('opens the board when the pair is on it, or when it has no room', () => {
		const on = addPairControl(['EM-01-C', 'EM-01-R'], 'EM-01');
		expect([on.words, on.href, on.next]).toEqual([
			'On your compare board: open it',
			'/compare?ids=EM-01-C,EM-01-R',
			null
		]);
		expect(addPairControl(full, 'EM-01').words).toBe('Compare board full: open it');
		expect(addPairControl([], 'EM-01').count).toBe('');
	});
});

describe('addClaimControl', () => {
	it('adds one claim, or opens the board that has it or is full', () => {
		expect(addClaimControl([], 'EM-01-R')).toMatchObject({
			href: '/compare?ids=EM-01-R',
			words: 'Add to compare',
			count: ''
		});
		expect(addClaimControl(['EM-01-R'], 'EM-01-R')).toMatchObject({
			words: 'On your compare board',
			count: '(1 on the board)',
			next: null
		});
		expect(addClaimControl(full, 'EM-01-R').words).toBe(`Compare board full (${MAX_COMPARE})`);
	});
});
