import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The registry's audit endpoint is not reachable from every machine, so the fixed versions of the
// advisories that concern this stack are checked here, against what is actually installed.
const FIXED = {
	'@sveltejs/kit': '2.69.1',
	svelte: '5.53.5',
	devalue: '5.9.2',
	cookie: '0.7.0'
};

// Read from disk: some packages (devalue) do not export their package.json.
const installed = (name: string): string =>
	JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'))
		.version;
const atLeast = (version: string, floor: string) => {
	const [a, b] = [version, floor].map((v) => v.split('.').map(Number));
	for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i] > b[i];
	return true;
};

describe('dependencies with known advisories', () => {
	it('compares versions numerically', () => {
		expect(atLeast('2.70.4', '2.69.1')).toBe(true);
		expect(atLeast('2.9.0', '2.69.1')).toBe(false);
		expect(atLeast('0.7.0', '0.7.0')).toBe(true);
	});

	it.each(Object.entries(FIXED))('%s is at or above %s', (name, floor) => {
		expect(atLeast(installed(name), floor), `${name} ${installed(name)}`).toBe(true);
	});
});
