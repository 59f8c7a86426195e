import { describe, expect, it } from 'vitest';
import { BROWSER_INDEX_BUDGET, placementOf } from './placement';

describe('placementOf', () => {
	it('keeps search in the browser up to the budget and on the server above it', () => {
		expect(placementOf(69 * 1024)).toBe('browser');
		expect(placementOf(BROWSER_INDEX_BUDGET)).toBe('browser');
		expect(placementOf(BROWSER_INDEX_BUDGET + 1)).toBe('server');
	});
});
