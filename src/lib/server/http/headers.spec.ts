import { describe, expect, it } from 'vitest';
import { fallbackCsp, hstsFor } from './headers.js';

describe('security headers', () => {
	it('send HSTS only when the site is served over https', () => {
		expect(hstsFor('https://ice.example')).toEqual({
			'strict-transport-security': 'max-age=31536000'
		});
		expect(hstsFor('http://localhost:3000')).toEqual({});
		expect(hstsFor(undefined)).toEqual({});
	});

	it("give the API's JSON a policy that loads nothing, and keep the /api page's", () => {
		expect(fallbackCsp('/api/pairs.json')).toBe("default-src 'none'; frame-ancestors 'none'");
		expect(fallbackCsp('/api')).toContain("base-uri 'self'");
		expect(fallbackCsp('/embed/pairs/EM-01')).not.toContain('frame-ancestors');
	});
});
