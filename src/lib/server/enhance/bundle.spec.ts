import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, ENTRY_DIR, bundleEnhancements, firstLoadGzip, overBudget } from './bundle';
import { addressesModule } from './vite-plugin';

/** A scratch project with these files (path → source) under it. */
function project(files: Record<string, string>): string {
	const root = mkdtempSync(join(tmpdir(), 'enhance-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('the enhancement bundles of this app', () => {
	it('give the pair page one hashed, minified module within its 4 kB gzip budget', async () => {
		const files = await bundleEnhancements(process.cwd());
		const pair = files.find((f) => f.entry === 'pair');
		expect(pair?.fileName).toMatch(/^_app\/immutable\/enhance\/pair-[\w-]{8}\.js$/);
		expect(pair!.code).not.toMatch(/\n\s+/);
		expect(firstLoadGzip(files, 'pair')).toBeLessThanOrEqual(DEFAULT_BUDGET);
		expect(overBudget(files)).toEqual([]);
	});
});

describe('bundleEnhancements', () => {
	it('names files by their content, and shares a module two entries import as one chunk', async () => {
		const shared =
			'export const hello = (s: string) => document.title = `hello ${s} from a shared module`;';
		const root = project({
			'src/lib/greet.ts': shared,
			[`${ENTRY_DIR}/one.ts`]: "import { hello } from '$lib/greet'; hello('one');",
			[`${ENTRY_DIR}/two.ts`]: "import { hello } from '$lib/greet'; hello('two');"
		});
		const first = await bundleEnhancements(root);
		expect(first.map((f) => f.entry).sort()).toEqual([null, 'one', 'two'].sort());
		const chunk = first.find((f) => f.entry === null)!;
		expect(first.find((f) => f.entry === 'one')!.imports).toEqual([chunk.fileName]);
		expect(firstLoadGzip(first, 'one')).toBe(
			first.find((f) => f.entry === 'one')!.gzip + chunk.gzip
		);
		// Same sources, same names; a changed source, a new name.
		expect((await bundleEnhancements(root)).map((f) => f.fileName)).toEqual(
			first.map((f) => f.fileName)
		);
		writeFileSync(
			join(root, `${ENTRY_DIR}/one.ts`),
			"import { hello } from '$lib/greet'; hello('1');"
		);
		const again = await bundleEnhancements(root);
		expect(again.find((f) => f.entry === 'one')!.fileName).not.toBe(
			first.find((f) => f.entry === 'one')!.fileName
		);
	});

	it('refuses an entry that imports server code', async () => {
		const root = project({
			[`${ENTRY_DIR}/bad.ts`]:
				"import { corpus } from '$lib/server/corpus/corpus'; console.log(corpus);"
		});
		await expect(bundleEnhancements(root)).rejects.toThrow(/not browser code/);
	});

	it('reports an entry over its budget', async () => {
		const root = project({ [`${ENTRY_DIR}/big.ts`]: "document.title = 'x';" });
		const files = await bundleEnhancements(root);
		expect(overBudget(files, { big: 1 })).toEqual([
			`enhancement "big" is ${files[0].gzip} bytes gzip on first load, over its 1`
		]);
	});
});

describe('the addresses module', () => {
	it('exports the URL of each entry by name', () => {
		expect(addressesModule({ pair: '/_app/immutable/enhance/pair-abc.js' })).toBe(
			'export default {"pair":"/_app/immutable/enhance/pair-abc.js"};'
		);
	});
});
