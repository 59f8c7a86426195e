import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PORT = Number(process.env.E2E_PORT ?? 4173);
// The test server's corrections database: a fresh folder per run (the workers inherit the name).
process.env.E2E_DATA_DIR ||= mkdtempSync(join(tmpdir(), 'ice-e2e-'));

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
	webServer: {
		command: 'node scripts/start.js',
		port: PORT,
		reuseExistingServer: false,
		env: {
			PORT: String(PORT),
			HOST: '127.0.0.1',
			ORIGIN: `http://localhost:${PORT}`,
			DATA_DIR: process.env.E2E_DATA_DIR,
			REPORT_RATE_LIMIT: '20/3600'
		}
	}
});
