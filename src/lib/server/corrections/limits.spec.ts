import { describe, expect, it } from 'vitest';
import { clientId, parseLimit } from './limits';

describe('limits', () => {
	it('reads N/SECONDS and falls back on anything else', () => {
		expect(parseLimit('r', '3/60', '10/3600')).toEqual({ bucket: 'r', max: 3, windowSeconds: 60 });
		expect(parseLimit('r', 'lots', '10/3600')).toEqual({
			bucket: 'r',
			max: 10,
			windowSeconds: 3600
		});
	});
	it('keeps no address, only a stable salted hash of it', () => {
		expect(clientId('203.0.113.9')).toBe(clientId('203.0.113.9'));
		expect(clientId('203.0.113.9')).not.toContain('203');
		expect(clientId('203.0.113.9')).not.toBe(clientId('203.0.113.10'));
	});
});
