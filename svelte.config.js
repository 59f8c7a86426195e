import node from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { bundleServer } from './scripts/bundle-server.js';

const OUT = 'build';
const nodeAdapter = node({ out: OUT, precompress: true });

/**
 * adapter-node, then the server bundled into its output (scripts/bundle-server.js): build/ is the
 * whole artifact, and `node build` is the server with the headers, /healthz and the timeouts.
 * @type {import('@sveltejs/kit').Adapter}
 */
const adapter = {
	...nodeAdapter,
	name: 'adapter-node with the app server',
	async adapt(builder) {
		await nodeAdapter.adapt(builder);
		builder.log.minor('Bundling the server into build/index.js');
		await bundleServer(OUT);
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter,
		// Hashes, not nonces: a rendered page is cached and served to every reader, so its policy
		// must not depend on the request. No 'unsafe-inline' or 'unsafe-eval' for scripts.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Svelte writes a few style attributes; styles cannot run code.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'form-action': ['self'],
				'object-src': ['none']
			}
		},
		csrf: { trustedOrigins: [] },
		// Every stylesheet is a few kB: inlined in the page's <style>, none blocks the first paint
		// behind another round trip (style-src allows inline styles, so no hash is needed).
		inlineStyleThreshold: 8 * 1024
	}
};

export default config;
