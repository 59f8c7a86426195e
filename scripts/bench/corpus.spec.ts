import { describe, expect, it } from 'vitest';
import { linkedPairIds } from './corpus';

describe('linkedPairIds', () => {
	it('finds each pair linked from a page once, with relative, absolute or query-carrying links', () => {
		const html =
			'<a href="/pairs/EM-01">x</a><a href="./pairs/FS-02?sides=response-first">y</a>' +
			'<a href="../pairs/EM-01#c">again</a><a href="https://h/pairs/DP-110">z</a>';
		expect(linkedPairIds(html, ['EM-01', 'FS-02', 'DP-110'])).toEqual(['EM-01', 'FS-02', 'DP-110']);
	});

	it('ignores ids the corpus does not know and API links', () => {
		const html = '<a href="/pairs/ZZ-99">x</a><a href="/api/pairs/EM-01.json">json</a>';
		expect(linkedPairIds(html, ['EM-01'])).toEqual([]);
	});
});
