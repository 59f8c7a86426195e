import { describe, expect, it } from 'vitest';
import { readLimitedForm, readReportForm } from './form';

const form = (fields: Record<string, string>) => {
	const f = new FormData();
	for (const [k, v] of Object.entries(fields)) f.set(k, v);
	return f;
};
const good = {
	target: 'EM-01-C',
	kind: 'factual',
	description: 'The date given for the memo is a year off.',
	evidence: 'https://example.org/a\n https://example.org/b ',
	email: ''
};

describe('readReportForm', () => {
	it('accepts a good report and splits the links', () => {
		const r = readReportForm(form(good));
		expect(r.ok && r.report).toEqual({
			...good,
			evidence: ['https://example.org/a', 'https://example.org/b'],
			email: null
		});
		expect(r.bot).toBe(false);
	});
	it('names each problem and keeps what the reader typed', () => {
		const r = readReportForm(
			form({
				...good,
				kind: 'rant',
				evidence: 'http://example.org/x',
				email: 'nope',
				description: 'x'.repeat(2001)
			})
		);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.errors.kind).toMatch(/Choose/);
		expect(r.errors.evidence).toBe('The link “http://example.org/x” must start with https://.');
		expect(r.errors.email).toMatch(/email/);
		expect(r.errors.description).toMatch(/2,000/);
		expect(r.values.description).toHaveLength(2001);
	});
	it('flags the honeypot', () => {
		expect(readReportForm(form({ ...good, website: 'http://spam' })).bot).toBe(true);
	});
});

describe('readLimitedForm', () => {
	const post = (body: string, headers: Record<string, string> = {}) =>
		new Request('http://localhost/', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
			body
		});
	it('reads a form under the limit', async () => {
		expect((await readLimitedForm(post('a=1&b=2'), 100))?.get('b')).toBe('2');
	});
	it('refuses a body over the limit, declared or not', async () => {
		expect(await readLimitedForm(post(`a=${'x'.repeat(200)}`), 100)).toBeNull();
		const undeclared = new Request('http://localhost/', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new Blob([`a=${'x'.repeat(200)}`]).stream(),
			duplex: 'half'
		} as RequestInit);
		expect(await readLimitedForm(undeclared, 100)).toBeNull();
	});
});
