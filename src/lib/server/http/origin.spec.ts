import { describe, expect, it } from 'vitest';
import { originProblem, trustedOrigin } from './origin';

const forged = new URL('http://evil.example/robots.txt');

describe('the origin of absolute URLs', () => {
	it('is ORIGIN when set, whatever the Host', () => {
		expect(trustedOrigin({ ORIGIN: 'https://ice.example/' }, forged, false)).toBe(
			'https://ice.example'
		);
	});

	it('with ALLOWED_HOSTS, is the request’s origin only when its host is listed', () => {
		const env = { ALLOWED_HOSTS: 'ice.example, www.ice.example:8443' };
		expect(trustedOrigin(env, new URL('https://WWW.ice.example:8443/x'), false)).toBe(
			'https://www.ice.example:8443'
		);
		expect(trustedOrigin(env, forged, false)).toBe('http://ice.example');
	});

	it('never comes from an unchecked Host in production', () => {
		expect(trustedOrigin({}, forged, false)).not.toContain('evil');
		expect(trustedOrigin({ ORIGIN: 'not a url' }, forged, false)).not.toContain('evil');
		expect(trustedOrigin({}, forged, true)).toBe('http://evil.example');
	});

	it('refuses a production start without ORIGIN or ALLOWED_HOSTS', () => {
		expect(originProblem({})).toMatch(/ORIGIN/);
		expect(originProblem({ ORIGIN: 'ftp://x.org' })).toMatch(/not an http/);
		expect(originProblem({ ORIGIN: 'https://ice.example' })).toBeNull();
		expect(originProblem({ ALLOWED_HOSTS: 'ice.example' })).toBeNull();
	});
});
