import { sveltekit } from '@sveltejs/kit/vite';
import { runnerImport } from 'vite';
import { defineConfig } from 'vitest/config';

// The search index is built from claims/ at build time by a plugin written in TypeScript beside the
// app's search code (src/lib/server/search/); Vite's module runner loads it as it loads app code.
const { module: search } = await runnerImport<typeof import('./src/lib/server/search/vite-plugin')>(
	'./src/lib/server/search/vite-plugin.ts'
);

export default defineConfig({
	plugins: [search.searchIndexPlugin(), sveltekit()],
	server: { port: 5173 },
	test: {
		// Playwright specs live in tests/ and must not be collected by Vitest.
		include: ['src/**/*.spec.ts', 'scripts/**/*.spec.ts'],
		environment: 'node',
		expect: { requireAssertions: true }
	}
});
