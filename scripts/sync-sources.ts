/**
 * `npm run sources:sync`: copies into claims/sources.yaml every source of the shared source pack
 * that the corpus cites, in pack order, and keeps as they are the sources that are not in the pack.
 * Sources in claims/sources/*.yaml (added by topic) are never copied or removed: they count as
 * known. With --all, every pack source is copied, cited or not (for writers who are about to cite).
 * Usage: npm run sources:sync [-- [--all] path/to/sources.json]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { readCorpusFiles } from '../src/lib/server/corpus/load';

const args = process.argv.slice(2);
const all = args.includes('--all');
const packPath = args.find((a) => !a.startsWith('--')) ?? '../shared/reference/sources.json';
if (!existsSync(packPath)) {
	console.error(`sources:sync: no source pack at ${packPath}`);
	process.exit(2);
}
interface PackSource {
	id: string;
	[key: string]: unknown;
}
const pack: PackSource[] = JSON.parse(readFileSync(packPath, 'utf8'));
const registryPath = 'claims/sources.yaml';
const current: PackSource[] = existsSync(registryPath)
	? ((parse(readFileSync(registryPath, 'utf8')) ?? {}).sources ?? [])
	: [];

const cited = new Set<string>();
const added = new Set<string>();
for (const file of readCorpusFiles()) {
	if (file.path === registryPath) continue;
	if (file.path.startsWith('claims/sources/')) {
		for (const s of (parse(file.text) ?? {}).sources ?? []) added.add(s.id);
		continue;
	}
	for (const [, id] of file.text.matchAll(/^\s*-?\s*source:\s*['"]?([a-z0-9-]+)/gm)) cited.add(id);
}
const packIds = new Set(pack.map((s) => s.id));
const own = current.filter((s) => !packIds.has(s.id));
// The corpus links only to https. A pack record read at an http:// address is linked at the same
// address over https (all five such hosts serve it), and its `verified` note says so.
const fromPack = pack
	.filter((s) => (all || cited.has(s.id)) && !added.has(s.id))
	.map((s) =>
		typeof s.url === 'string' && s.url.startsWith('http://')
			? {
					...s,
					url: s.url.replace(/^http:/, 'https:'),
					verified: `${s.verified} (URL as in the pack, upgraded from http to https.)`
				}
			: s
	);
const missing = [...cited].filter(
	(id) => !packIds.has(id) && !own.some((s) => s.id === id) && !added.has(id)
);

const header =
	'# Every source the corpus cites. Pack sources are copied by `npm run sources:sync` (do not edit\n' +
	'# them here); sources added from other stored public text follow, with what was read in `verified`.\n';
writeFileSync(
	registryPath,
	header + stringify({ sources: [...fromPack, ...own] }, { lineWidth: 0 })
);
console.log(
	`sources:sync: ${fromPack.length} pack sources and ${own.length} added sources written to ${registryPath}`
);
if (missing.length)
	console.log(`cited but in neither the pack nor the registry: ${missing.join(', ')}`);
