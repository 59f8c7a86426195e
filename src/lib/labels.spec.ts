import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatDate } from './labels';

describe('formatDate', () => {
	it('writes a day, a month or a year as a reader does', () => {
		expect(formatDate('2018-06-26')).toBe('26 June 2018');
		expect(formatDate('2018-06')).toBe('June 2018');
		expect(formatDate('2018')).toBe('2018');
		expect(formatDate('2025-01-05')).toBe('5 January 2025');
		expect(formatDate(null)).toBe('undated');
	});

	it('names the month as Intl does in English, for any date', () => {
		const intl = new Intl.DateTimeFormat('en-US', { month: 'long', timeZone: 'UTC' });
		fc.assert(
			fc.property(
				fc.date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
				(date) => {
					const iso = date.toISOString().slice(0, 10);
					const expected = `${date.getUTCDate()} ${intl.format(date)} ${date.getUTCFullYear()}`;
					expect(formatDate(iso)).toBe(expected);
				}
			)
		);
	});
});
