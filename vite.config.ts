import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';

// The search index and the prerendered markdown are built from claims/ at build time by plugins
// written in TypeScript beside the app's code that uses them; Vite's module runner loads them as it
// loads app code.
const { module: search } = await runnerImport<typeof import('./src/lib/server/search/vite-plugin')>(
	'./src/lib/server/search/vite-plugin.ts'
);
const { module: markdown } = await runnerImport<
	typeof import('./src/lib/server/markdown/vite-plugin')
>('./src/lib/server/markdown/vite-plugin.ts');
// Enhancement modules of the pages rendered without Kit's client (src/lib/enhance/pages/).
const { module: enhance } = await runnerImport<
	typeof import('./src/lib/server/enhance/vite-plugin')
>('./src/lib/server/enhance/vite-plugin.ts');

export default defineConfig({
	plugins: [
		search.searchIndexPlugin(),
		markdown.markdownTablePlugin(),
		enhance.enhancementsPlugin(),
		sveltekit()
	],
	server: { port: 5173 },
	test: {
		// Playwright specs live in tests/ and must not be collected by Vitest.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		// Tests over the real corpus parse every claim file and build the index; on a shared two-core
		// machine under load that can pass Vitest's 5 s default without anything being wrong.
		testTimeout: 30_000,
		expect: { requireAssertions: true }
	}
});
