import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { describe, expect, it } from 'vitest';
import { readWrkOutput, runWrk } from './wrk';

describe('readWrkOutput', () => {
	const line =
		'{"requests":50000,"durationUs":5000000,"bytes":1000000000,"connect":0,"read":2,"write":0,' +
		'"non2xx":7,"timeouts":1,"p50Us":1500,"p99Us":9000,"maxUs":20000}';

	it('reads wrk.lua’s line after wrk’s own summary and sets the CPU beside it', () => {
		const f = readWrkOutput(`Running 5s test @ http://h/\n  1 threads\n${line}\n`, {
			wallSeconds: 5,
			generatorSeconds: 1,
			serverSeconds: 4.5
		});
		expect(f.rps).toBe(10_000);
		expect([f.p50, f.p99, f.max]).toEqual([1.5, 9, 20]);
		expect(f.bytesPerResponse).toBe(20_000);
		expect([f.non2xx, f.errors]).toEqual([7, 3]);
		expect(f.generatorCores).toBe(0.2);
		expect(f.serverCores).toBe(0.9);
		expect(f.serverUsPerRequest).toBe(90);
	});

	it('says what wrk printed when the figures are missing', () => {
		const cpu = { wallSeconds: 1, generatorSeconds: 0, serverSeconds: 0 };
		expect(() => readWrkOutput('unable to connect to 127.0.0.1:1', cpu)).toThrow(
			'wrk printed no figures: unable to connect'
		);
	});
});

describe.skipIf(!existsSync('/usr/bin/wrk'))('runWrk', () => {
	it('loads a server, a new URL per request with `unique`, and measures both sides’ CPU', async () => {
		const seen = new Set<string>();
		const server = createServer((req, res) => {
			seen.add(req.url ?? '');
			res.end('ok');
		});
		await new Promise<void>((resolve) => server.listen(4595, '127.0.0.1', resolve));
		try {
			const f = await runWrk('http://127.0.0.1:4595/pairs/EM-01?view=points', {
				connections: 2,
				seconds: 1,
				headers: { 'accept-encoding': 'gzip' },
				unique: 'bench',
				serverPid: process.pid
			});
			expect(f.requests).toBeGreaterThan(50);
			// Every request a new URL (wrk counts only answers completed before its time was up).
			expect(seen.size).toBeGreaterThanOrEqual(f.requests);
			expect(seen.size).toBeLessThanOrEqual(f.requests + 2);
			expect([...seen][0]).toMatch(/^\/pairs\/EM-01\?view=points&bench=\d+$/);
			expect(f.non2xx + f.errors).toBe(0);
			expect(f.generatorCores).toBeGreaterThan(0);
			expect(f.serverCores).toBeGreaterThan(0);
			expect(f.serverUsPerRequest).toBeGreaterThan(0);
		} finally {
			server.close();
		}
	});
});
