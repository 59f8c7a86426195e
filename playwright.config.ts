import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// The test server's corrections database: a fresh folder per run (the workers inherit the name).
process.env.E2E_DATA_DIR ||= mkdtempSync(join(tmpdir(), 'ice-e2e-'));
// With E2E_DATABASE_URL (a throwaway PostgreSQL database; `npm test` starts one), a second server
// stores its corrections there, and the corrections specs run against it too.
const PG_URL = process.env.E2E_DATABASE_URL || undefined;
const PG_PORT = Number(process.env.E2E_PG_PORT ?? PORT + 100);

const server = (port: number, env: Record<string, string>) => ({
	command: 'node build/start.js',
	// Ready, not just listening: the tests start once today's citations are compiled (/healthz 200).
	url: `http://127.0.0.1:${port}/healthz`,
	timeout: 180_000,
	reuseExistingServer: false,
	env: {
		PORT: String(port),
		HOST: '127.0.0.1',
		ORIGIN: `http://localhost:${port}`,
		REPORT_RATE_LIMIT: '20/3600',
		...env
	}
});

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.e2e.ts',
	fullyParallel: true,
	// A cold server renders its first pages slowly (corpus, sanitiser and citation engine load on
	// first use), and CI shares two cores between the server and the browser.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		navigationTimeout: 45_000,
		baseURL: `http://localhost:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			// Playwright cannot download browsers here: Debian's Chromium, with the network-quiet flags.
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	// `metadata.databaseUrl` tells a spec which store its server uses (tests/corrections.e2e.ts).
	projects: [
		{ name: 'embedded' },
		...(PG_URL
			? [
					{
						name: 'postgres',
						testMatch: 'corrections.e2e.ts',
						metadata: { databaseUrl: PG_URL },
						use: { baseURL: `http://localhost:${PG_PORT}` }
					}
				]
			: [])
	],
	webServer: [
		server(PORT, { DATA_DIR: process.env.E2E_DATA_DIR }),
		...(PG_URL ? [server(PG_PORT, { DATABASE_URL: PG_URL })] : [])
	]
});
