import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCommand } from './servers';

describe('startCommand', () => {
	const dirs: string[] = [];
	const root = (start?: string) => {
		const dir = mkdtempSync(join(tmpdir(), 'bench-start-'));
		dirs.push(dir);
		writeFileSync(join(dir, 'package.json'), JSON.stringify({ scripts: start ? { start } : {} }));
		return dir;
	};
	afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

	it('runs what npm start runs, wherever its entry lives', () => {
		expect(startCommand(root('node build/start.js'))).toEqual(['build/start.js']);
		expect(startCommand(root('node  --enable-source-maps scripts/start.js '))).toEqual([
			'--enable-source-maps',
			'scripts/start.js'
		]);
	});

	it('refuses a start script it cannot run without npm, saying what it found', () => {
		expect(() => startCommand(root('vite preview'))).toThrow(
			'npm start is not `node <entry>` (vite preview)'
		);
		expect(() => startCommand(root())).toThrow('npm start is not');
	});

	it('reads this repository’s own start script', () => {
		expect(startCommand().at(-1)).toMatch(/\.js$/);
	});
});
