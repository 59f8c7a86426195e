/**
 * The build step of markdown: the table of every piece of corpus prose as safe HTML
 * (`generate.ts`), which the server imports as `virtual:markdown-html.json?raw`, so that no
 * markdown parser, jsdom or DOMPurify runs in it.
 */
import { generatedFromClaims } from '../vite/generated';

export function markdownTablePlugin() {
	return generatedFromClaims<typeof import('./generate')>({
		name: 'markdown-html',
		generator: 'src/lib/server/markdown/generate.ts',
		outputs: [
			{ id: 'virtual:markdown-html.json', file: '.svelte-kit/markdown/markdown-html.json' }
		],
		// The server's alone: the browser's build does not render it again.
		consumers: ['server'],
		generate(module, root) {
			const { text, pieces } = module.generateMarkdownTable(root);
			return {
				contents: [text],
				message: `markdown: ${pieces} pieces of prose rendered, ${(text.length / 1024).toFixed(0)} KiB`
			};
		}
	});
}
