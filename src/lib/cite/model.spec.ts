import { describe, expect, it } from 'vitest';
import { absoluteUrl, pairIdOfClaim, resolveOrigin } from './model';

describe('permanent links', () => {
	it('take the origin from ORIGIN when it is a valid URL, else from the request', () => {
		expect(resolveOrigin('https://ice.example/', 'http://localhost:3000')).toBe(
			'https://ice.example'
		);
		expect(resolveOrigin(undefined, 'http://localhost:3000')).toBe('http://localhost:3000');
		expect(resolveOrigin('not a url', 'http://localhost:3000')).toBe('http://localhost:3000');
		expect(resolveOrigin('ftp://x.org', 'http://localhost:3000')).toBe('http://localhost:3000');
	});

	it('join an origin and a path without doubling the slash', () => {
		expect(absoluteUrl('https://e.org/', '/claims/FS-01-C')).toBe('https://e.org/claims/FS-01-C');
		expect(pairIdOfClaim('FS-03-R')).toBe('FS-03');
	});
});
