/**
 * The build step of search: the index built from claims/ into one file, which the app imports as
 * `virtual:search-index.json?url` (the browser's content-hashed asset) and `?raw` (the same text,
 * bundled into the server), with its sizes measured when it is written
 * (`virtual:search-index-size.json?raw`: `{ bytes, gzip }`).
 */
import { generatedFromClaims } from '../vite/generated';

const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;

export function searchIndexPlugin() {
	return generatedFromClaims<typeof import('./generate')>({
		name: 'search-index',
		generator: 'src/lib/server/search/generate.ts',
		outputs: [
			{ id: 'virtual:search-index.json', file: '.svelte-kit/search/search-index.json' },
			{ id: 'virtual:search-index-size.json', file: '.svelte-kit/search/search-index-size.json' }
		],
		generate(module, root) {
			const { text, pairs, indexed, gzip } = module.generateSearchIndex(root);
			return {
				contents: [text, JSON.stringify({ bytes: text.length, gzip })],
				message:
					`search index: ${pairs} pairs, ${kib(text.length)} (${kib(gzip)} gzip), ` +
					`${(text.length / indexed).toFixed(2)}× the ${kib(indexed)} of text it indexes`
			};
		}
	});
}
