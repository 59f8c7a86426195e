import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { childrenCpuSeconds, cpuSecondsOf, memoryOf } from './proc-stats';

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

describe('childrenCpuSeconds', () => {
	it('grows by the CPU time of a child once it has exited', () => {
		const before = childrenCpuSeconds();
		const burn =
			'const t=process.cpuUsage();let x=0;while(process.cpuUsage(t).user<400000)x+=Math.sqrt(x+1)';
		expect(spawnSync(process.execPath, ['-e', burn]).status).toBe(0);
		const spent = childrenCpuSeconds() - before;
		expect(spent).toBeGreaterThan(0.3);
		expect(spent).toBeLessThan(5);
	});
});
