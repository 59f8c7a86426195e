import { describe, expect, it } from 'vitest';
import { cpuSecondsOf, memoryOf } from './proc-stats';

describe('memoryOf', () => {
	it('reads this process’s resident memory, never above its peak', () => {
		const { rss, peak } = memoryOf(process.pid);
		expect(rss).toBeGreaterThan(10e6);
		expect(peak).toBeGreaterThanOrEqual(rss);
	});
});

describe('cpuSecondsOf', () => {
	it('grows by about the CPU time this process spends', () => {
		const before = cpuSecondsOf(process.pid);
		const started = process.cpuUsage();
		let x = 0;
		while (process.cpuUsage(started).user < 300_000) x += Math.sqrt(x + 1);
		const spent = cpuSecondsOf(process.pid) - before;
		expect(x).toBeGreaterThan(0);
		expect(spent).toBeGreaterThan(0.2);
		expect(spent).toBeLessThan(5);
	});
});
