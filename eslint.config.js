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
		// jsdom and DOMPurify are devDependencies, which adapter-node would bundle silently: only the
		// build step of markdown (and tests) may load the sanitiser; the server reads its table.
		files: ['src/**'],
		ignores: [
			'src/**/*.spec.ts',
			'src/lib/server/markdown/sanitise.ts',
			'src/lib/server/markdown/generate.ts',
			'src/lib/server/**/fixture*.ts',
			'src/lib/server/cite/real-views.ts'
		],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: ['jsdom', 'dompurify'],
					patterns: [
						{
							group: ['**/markdown/sanitise', '$lib/server/markdown/sanitise'],
							message: "The server reads the build's table (markdown/prerendered.ts)."
						}
					]
				}
			]
		}
	},
	{
		// Search and citation are plain TypeScript shared by server and client: no Kit runtime inside.
		// Page view types and enhancement modules are read by the browser: the same holds for them.
		files: ['src/lib/search/**', 'src/lib/cite/**', 'src/lib/pages/**', 'src/lib/enhance/**'],
		ignores: ['**/*.spec.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: ['jsdom', 'dompurify'],
					patterns: ['$app/*', '@sveltejs/kit', '@sveltejs/kit/*', '$lib/server/*']
				}
			]
		}
	},
	{
		// Their tests may use jsdom, but not the Kit runtime either.
		files: [
			'src/lib/search/**/*.spec.ts',
			'src/lib/cite/**/*.spec.ts',
			'src/lib/pages/**/*.spec.ts',
			'src/lib/enhance/**/*.spec.ts'
		],
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
