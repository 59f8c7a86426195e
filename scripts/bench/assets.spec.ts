import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findFirstLoadAssets, findStaticImports, weigh } from './assets';

const page = 'http://127.0.0.1:4350/pairs/EM-01';

describe('findFirstLoadAssets', () => {
	it('finds stylesheets, module preloads, module scripts and the entry imports, resolved against the page', () => {
		const html = `<head>
			<link href="../_app/immutable/assets/0.css" rel="stylesheet">
			<link rel="modulepreload" href="../_app/immutable/entry/start.js">
			<link rel="icon" href="../favicon.svg">
			<link rel="preload" as="font" href="../font.woff2">
			<script type="module" src="/module.js"></script>
			<script>Promise.all([import("../_app/immutable/entry/start.js"), import('../_app/immutable/entry/app.js')])</script>
		</head>`;
		expect(findFirstLoadAssets(html, page)).toEqual({
			js: [
				'http://127.0.0.1:4350/_app/immutable/entry/start.js',
				'http://127.0.0.1:4350/module.js',
				'http://127.0.0.1:4350/_app/immutable/entry/app.js'
			],
			css: ['http://127.0.0.1:4350/_app/immutable/assets/0.css']
		});
	});

	it('skips the disabled stylesheets SvelteKit writes for the styles it inlined', () => {
		const html =
			'<link href="./_app/immutable/assets/0.css" rel="stylesheet" disabled media="(max-width: 0)">' +
			'<link disabled="" rel="stylesheet" href="./b.css"><link rel="stylesheet" href="./c.css">';
		expect(findFirstLoadAssets(html, 'http://h/').css).toEqual(['http://h/c.css']);
	});

	it('reads module preloads and style preloads from the Link header, without duplicates', () => {
		const header =
			'<./_app/immutable/assets/0.css>; rel="preload"; as="style"; nopush, ' +
			'<./_app/immutable/entry/start.js>; rel="modulepreload"; nopush, ' +
			'<./_app/immutable/chunks/a.js>; rel="modulepreload"; nopush';
		const html = '<link href="./_app/immutable/assets/0.css" rel="stylesheet">';
		const refs = findFirstLoadAssets(html, 'http://h/', header);
		expect(refs.css).toEqual(['http://h/_app/immutable/assets/0.css']);
		expect(refs.js).toEqual([
			'http://h/_app/immutable/entry/start.js',
			'http://h/_app/immutable/chunks/a.js'
		]);
	});

	it('ignores an external script without type="module" and a dynamic import inside a src script', () => {
		const html = '<script src="/legacy.js">import("/never.js")</script>';
		expect(findFirstLoadAssets(html, 'http://h/')).toEqual({ js: [], css: [] });
	});
});

describe('findStaticImports', () => {
	it('finds minified static imports and re-exports but not dynamic imports', () => {
		const code =
			'import{a as b,c}from"./chunk-a.js";import"../chunks/side.js";export*from"./all.js";' +
			'export{x}from"./x.js";import d from"./default.js";const l=()=>import("./lazy.js");';
		expect(findStaticImports(code, 'http://h/_app/immutable/entry/app.js')).toEqual([
			'http://h/_app/immutable/entry/chunk-a.js',
			'http://h/_app/immutable/chunks/side.js',
			'http://h/_app/immutable/entry/all.js',
			'http://h/_app/immutable/entry/x.js',
			'http://h/_app/immutable/entry/default.js'
		]);
	});

	it('does not take a bare package name or text that merely mentions import for a module', () => {
		expect(findStaticImports('import"svelte";const s="import this";', 'http://h/a.js')).toEqual([]);
	});
});

describe('weigh', () => {
	it('gives the raw size and the size of a gzip stream that inflates back to the bytes', () => {
		const bytes = new TextEncoder().encode('claim '.repeat(1000));
		const { raw, gzip } = weigh(bytes);
		expect(raw).toBe(6000);
		expect(gzip).toBeLessThan(200);
		expect(gunzipSync(gzipSync(bytes, { level: 9 })).byteLength).toBe(raw);
	});
});
