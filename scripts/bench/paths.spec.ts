import { describe, expect, it } from 'vitest';
import { HEAD, JUNK_PATHS, POST, hostilePaths, reportBody, routePaths, UNIQUE } from './paths';

describe('routePaths', () => {
	it('covers the explorer, pair, topic, reference and API routes from the corpus ids', () => {
		const paths = routePaths(['EM-01', 'FS-02'], ['detention']);
		for (const path of [
			'/',
			'/pairs/EM-01',
			'/topics/detention',
			'/sources',
			'/glossary',
			'/?topic=detention'
		]) {
			expect(paths).toContain(path);
		}
		expect(paths.filter((p) => p.startsWith('/api/')).length).toBeGreaterThanOrEqual(4);
		expect(paths).toContain('/corrections');
		expect(paths).toContain(`${POST}/corrections/new`);
	});

	it('builds a report form body that names its target and is new each time', () => {
		const body = new URLSearchParams(reportBody('EM-01-C', 7));
		expect(body.get('target')).toBe('EM-01-C');
		expect(body.get('description')).toContain('7');
		expect(body.get('website')).toBe('');
		expect(reportBody('EM-01-C', 8)).not.toBe(reportBody('EM-01-C', 7));
	});
});

describe('hostilePaths', () => {
	const paths = hostilePaths('EM-01');

	it('are request targets a client can send: absolute, printable ASCII, under 8.2 kB', () => {
		const targets = [...paths, ...JUNK_PATHS].map((p) => p.replace(HEAD, ''));
		for (const path of targets.map((p) => p.replace(UNIQUE, '123456'))) {
			expect(path.startsWith('/')).toBe(true);
			expect(path).toMatch(/^[\x21-\x7e]+$/);
			expect(path.length).toBeLessThan(8200);
		}
	});

	it('include long fuzzy terms, unique junk parameters and HEAD requests', () => {
		expect(paths.some((p) => /c{150,}~2/.test(p))).toBe(true);
		expect(paths.some((p) => p.startsWith(HEAD))).toBe(true);
		expect(JUNK_PATHS.every((p) => p.includes(UNIQUE))).toBe(true);
	});

	it('include overlong URLs near 8 kB and thousands of repeated parameters', () => {
		expect(paths.filter((p) => p.length > 7500).length).toBeGreaterThanOrEqual(5);
		const mostParams = Math.max(...paths.map((p) => (p.split('?')[1] ?? '').split('&').length));
		expect(mostParams).toBeGreaterThanOrEqual(2000);
	});

	it('include URLs that change on every request, to defeat a cache keyed by URL', () => {
		expect(paths.filter((p) => p.includes(UNIQUE)).length).toBeGreaterThanOrEqual(3);
	});

	it('include lunr syntax, NUL, malformed percent-encoding and path traversal', () => {
		for (const fragment of [
			'q=*',
			'q=~',
			'q=^',
			'q=tax:',
			'q=%2B-',
			'%00',
			'%E0%A4%A',
			'..%2f..%2fetc/passwd',
			'/pairs/%00'
		]) {
			expect(paths.some((p) => p.includes(fragment))).toBe(true);
		}
	});
});
