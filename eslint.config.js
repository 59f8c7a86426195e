import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript itself reports undefined names, with better messages.
			'no-undef': 'off',
			// The app is served at the root (no kit.paths.base), so plain hrefs are already resolved;
			// wrapping every link in resolve() would add noise and no safety.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		// Search and citation are plain TypeScript shared by server and client: no Kit runtime inside.
		// Page view types and enhancement modules are read by the browser: the same holds for them.
		files: ['src/lib/search/**', 'src/lib/cite/**', 'src/lib/pages/**', 'src/lib/enhance/**'],
		rules: {
			'no-restricted-imports': [
				'error',
				{ patterns: ['$app/*', '@sveltejs/kit', '@sveltejs/kit/*', '$lib/server/*'] }
			]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'dist/', 'node_modules/', 'test-results/', 'bench/tmp/']
	}
);
