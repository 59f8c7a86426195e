import { describe, expect, it } from 'vitest';
import { corsFor } from './cors.js';

describe('CORS for the open data', () => {
	it.each([
		'/api/pairs.json',
		'/api/pairs/EM-01.json',
		'/api/search',
		'/api/schema.json',
		'/downloads/corpus.csv',
		'/downloads/citations/EM-01-C.bib',
		'/feed.xml',
		'/oembed'
	])('lets any origin GET and HEAD %s, without credentials', (path) => {
		for (const method of ['GET', 'HEAD']) {
			expect(corsFor(method, path)).toEqual({
				preflight: false,
				headers: { 'access-control-allow-origin': '*' }
			});
		}
	});

	it('answers a preflight for GET and HEAD only', () => {
		const cors = corsFor('OPTIONS', '/api/search')!;
		expect(cors.preflight).toBe(true);
		expect(cors.headers).toMatchObject({
			'access-control-allow-origin': '*',
			'access-control-allow-methods': 'GET, HEAD',
			'access-control-allow-headers': '*'
		});
		expect(cors.headers).not.toHaveProperty('access-control-allow-credentials');
	});

	it.each(['/', '/api', '/downloads', '/pairs/EM-01', '/compare', '/apis', '/downloadsx/a'])(
		'gives no CORS header to the page %s',
		(path) => {
			for (const method of ['GET', 'HEAD', 'OPTIONS']) expect(corsFor(method, path)).toBeNull();
		}
	);

	it('gives none to methods the data does not answer', () => {
		for (const method of ['POST', 'PUT', 'DELETE', undefined]) {
			expect(corsFor(method, '/api/pairs.json')).toBeNull();
		}
	});
});
