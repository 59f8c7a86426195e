import lunr from 'lunr';
import { describe, expect, it, vi } from 'vitest';
import { NORMALIZE_LABEL, configurePipelines, normalizeWord } from './pipeline';

describe('normalizeWord', () => {
	it.each([
		['287(g)', '287g'],
		['U.S.', 'us'],
		['Núñez', 'nunez'],
		["agency's", 'agency'],
		['agency’s', 'agency'],
		['2,654', '2654'],
		['“Flores,', 'flores'],
		['—', '']
	])('%s becomes %s', (word, expected) => {
		expect(normalizeWord(word)).toBe(expected);
	});
});

describe('the index pipeline', () => {
	const index = lunr(function () {
		configurePipelines(this);
		this.ref('id');
		this.field('text');
		this.metadataWhitelist = ['position'];
		this.add({ id: 'a', text: 'Separation—the policy of 2018—ended; CBP/ICE agreed.' });
	});
	type Metadata = Record<string, Record<string, { position: [number, number][] }>>;
	const positions = (term: string) =>
		(index.search(term)[0]?.matchData.metadata as Metadata)[term]?.text?.position;

	it('splits words joined by dashes and slashes, each with its own position', () => {
		expect(positions('polici')).toEqual([[15, 6]]);
		expect(positions('cbp')).toEqual([[37, 3]]);
		expect(positions('ic')).toEqual([[41, 3]]); // lunr's stem of "ice"
	});

	it('stems with lunr and drops stop words', () => {
		expect(index.search('separations').map((r) => r.ref)).toEqual(['a']);
		expect(index.search('the')).toEqual([]);
	});

	it('serialises its normalising step by name, so a loaded index can run it', () => {
		expect((index.toJSON() as { pipeline: string[] }).pipeline).toEqual([
			NORMALIZE_LABEL,
			'trimmer',
			'stopWordFilter',
			'stemmer'
		]);
		expect(() => lunr.Index.load(JSON.parse(JSON.stringify(index)))).not.toThrow();
	});
});

describe('loading the module twice over one lunr', () => {
	it('reuses the registered step without a warning, and still saves it by name', async () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		vi.resetModules();
		const again = await import('./pipeline');
		expect(warn).not.toHaveBeenCalled();
		warn.mockRestore();
		const builder = new lunr.Builder();
		again.configurePipelines(builder);
		expect(builder.searchPipeline.toJSON()[0]).toBe(NORMALIZE_LABEL);
	});
});
