import { expect, test, type APIRequestContext } from '@playwright/test';
import { join } from 'node:path';
import { readCorpusFiles } from '../src/lib/server/corpus/load';
import { openDatabase, type DbConfig } from '../src/lib/server/db/connect';
import { addEditor } from '../src/lib/server/db/editors';
import { pairIdsOnDisk, waitForScripts } from './helpers';

// One worker, in this order: the reports share one address's rate limit, and the 429 test,
// which spends the rest of it, comes last. Run once per store: the embedded one, and PostgreSQL
// when E2E_DATABASE_URL is set (playwright.config.ts, project "postgres").
test.describe.configure({ mode: 'serial' });
test.use({ javaScriptEnabled: false });

const [pair] = pairIdsOnDisk();
// Topic ids are the folders pair files live in (the checker enforces it).
const topicOf = (id: string) =>
	readCorpusFiles()
		.find((f) => f.path.endsWith(`/${id}.yaml`))!
		.path.split('/')[1];
const otherTopic = topicOf(pairIdsOnDisk().find((id) => topicOf(id) !== topicOf(pair))!);

/** The store the server under test writes to, so that the test can add an editor to it. */
function storeOf(metadata: Record<string, unknown>): DbConfig {
	const url = metadata.databaseUrl;
	return typeof url === 'string'
		? { engine: 'postgres', url }
		: { engine: 'sqlite', file: join(process.env.E2E_DATA_DIR!, 'corrections.sqlite') };
}
const XSS = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function post(request: APIRequestContext, body: string, origin: string) {
	return request.post('/corrections/new', {
		headers: {
			origin,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		data: body,
		maxRedirects: 0
	});
}

test('a report without JavaScript: form, confirmation, tracking page', async ({ page }) => {
	await page.goto(`/pairs/${pair}`);
	await page
		.locator(`#${pair}-C`)
		.getByRole('link', { name: `Report a problem with claim ${pair}-C` })
		.click();
	await expect(page).toHaveURL(new RegExp(`/corrections/new\\?target=${pair}-C$`));
	await expect(page.getByText(`The critics' claim ${pair}-C`)).toBeVisible();
	await page.getByLabel('Missing context').check();
	await page
		.getByLabel('Describe the problem')
		.fill('The claim leaves out the 2019 policy change.');
	await page.getByLabel('Evidence (optional)').fill('https://example.org/policy');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you: your report is in' })).toBeVisible();
	const tracking = page.locator('main code');
	await expect(tracking).toHaveText(/\/corrections\/[A-Za-z0-9_-]{22}$/);
	await page.goto(new URL(await tracking.innerText()).pathname);
	await expect(page.locator('dd.status')).toHaveText('Received');
	// The reader's text waits for review before anyone else can read it.
	await expect(page.getByText('The claim leaves out')).toHaveCount(0);
	await expect(page.getByText('published once an editor has reviewed it')).toBeVisible();
});

test('a report with JavaScript: errors and confirmation inline, without a page load', async ({
	browser
}) => {
	const page = await browser.newPage({ javaScriptEnabled: true });
	await page.goto(`/pairs/${pair}?view=points`);
	await waitForScripts(page);
	const row = page.locator('.rows > li').first();
	const point = (await row.getAttribute('id'))!;
	// The pair page is a document (no Kit client), so its link loads the form's page.
	await row.getByRole('link', { name: `Report a problem with point ${point}` }).click();
	await expect(page.getByText(`Point ${point} of the`)).toBeVisible();
	await waitForScripts(page);
	// Set once: a full page load would lose it; sending the form inline keeps it.
	await page.evaluate(() => Object.assign(window, { sameDocument: true }));
	const same = () => page.evaluate(() => 'sameDocument' in window);
	await page.getByLabel('Outdated').check();
	await page.getByLabel('Describe the problem').fill('The point predates the 2025 directive.');
	await page.getByLabel('Evidence (optional)').fill('http://example.org/directive');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.getByRole('alert')).toContainText('must start with https://');
	await expect(page.getByLabel('Describe the problem')).toHaveValue(
		'The point predates the 2025 directive.'
	);
	await page.getByLabel('Evidence (optional)').fill('https://example.org/directive');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.getByRole('heading', { name: 'Thank you: your report is in' })).toBeVisible();
	await expect(page.locator('dd.status')).toHaveText('Received');
	expect(await same()).toBe(true);
	await page.close();
});

test('glossary terms and source entries have their report links', async ({ page }) => {
	await page.goto('/glossary');
	const term = page.locator('section.term').first();
	const name = await term.locator('h2').innerText();
	await term.getByRole('link', { name: `Report a problem with the term “${name}”` }).click();
	await expect(page).toHaveURL(/\/corrections\/new\?target=term%3A/);
	await expect(page.getByText(`Glossary term “${name}”`)).toBeVisible();
	await page.goto('/sources');
	await page.locator('main a[href^="/sources/"]').first().click();
	const source = new URL(page.url()).pathname.split('/').pop()!;
	await page.getByRole('link', { name: "Report a problem with this source's entry" }).click();
	await expect(page.getByText(`Source ${source}:`)).toBeVisible();
	// An id that names nothing is refused on the server too, with the reader's text kept.
	await page.goto('/corrections/new?target=term%3Anot-a-term');
	await expect(page.getByText('There is nothing here with the id “term:not-a-term”')).toBeVisible();
	await page.getByLabel('A factual error').check();
	await page.getByLabel('Describe the problem').fill('A term that is not in the glossary.');
	await page.getByRole('button', { name: 'Send the report' }).click();
	await expect(page.getByRole('alert')).toContainText('nothing here with the id');
	await expect(page.getByLabel('Describe the problem')).toHaveValue(
		'A term that is not in the glossary.'
	);
});

test('a rejected report keeps the reader’s text and names each problem', async ({ page }) => {
	await page.goto('/corrections/new?target=site');
	await page.getByLabel('A factual error').check();
	await page.getByLabel('Describe the problem').fill('A long enough description of it.');
	await page.getByLabel('Evidence (optional)').fill('http://example.org/insecure');
	// The browser accepts this address; the server's check does not.
	await page.getByLabel('Your email (optional)').fill('reader@localhost');
	await page.getByRole('button', { name: 'Send the report' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('must start with https://');
	await expect(alert).toContainText('email address does not look right');
	await expect(page.getByLabel('Describe the problem')).toHaveValue(
		'A long enough description of it.'
	);
	await expect(page.getByLabel('Evidence (optional)')).toHaveValue('http://example.org/insecure');
});

test('an editor signs in, decides, and the log and feed show markup as text', async ({
	page,
	baseURL
}) => {
	const db = await openDatabase(storeOf(test.info().project.metadata));
	const name = `e2e${Date.now()}`;
	await addEditor(db.kysely, name, 'a passphrase for tests', { N: 1024, r: 8, p: 1 });
	await db.close();
	const sent = await post(
		page.request,
		form({ target: `${pair}-F1`, kind: 'wording', description: `Payload ${XSS}`, evidence: '' }),
		baseURL!
	);
	expect(sent.status()).toBe(303);
	const id = sent.headers().location.split('/').pop()!.split('?')[0];

	await page.goto('/editor');
	await expect(page).toHaveURL(/\/editor\/login$/);
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Passphrase').fill('a passphrase for tests');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('heading', { name: 'Reports queue' })).toBeVisible();
	const [cookie] = (await page.context().cookies()).filter((c) => c.name === 'editor_session');
	expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/editor' });
	await expect(page.getByText(`Payload ${XSS}`.slice(0, 160))).toBeVisible();
	// The queue by topic: the pair's topic lists the report, another topic does not.
	const inQueue = page.locator(`a[href="/editor/reports/${id}"]`);
	await page.goto(`/editor?status=all&topic=${topicOf(pair)}`);
	await expect(inQueue).toHaveCount(1);
	await page.goto(`/editor?status=all&topic=${otherTopic}`);
	await expect(inQueue).toHaveCount(0);

	await page.goto(`/editor/reports/${id}`);
	await page.getByLabel('Corrected').check();
	await page.getByLabel(/^Public note/).fill(`Reworded. ${XSS}`);
	await page.getByLabel(/^Private note/).fill('internal: checked with the GAO page');
	await page.getByRole('button', { name: 'Save the decision' }).click();
	await expect(page.getByRole('status')).toHaveText('Decision saved.');
	await expect(page.locator('.audit li').last()).toContainText(`${name} · received → corrected`);

	await page.goto('/corrections');
	const entry = page.locator('.log li', { has: page.locator(`a[href="/corrections/${id}"]`) });
	await expect(entry).toContainText(`Reworded. ${XSS}`);
	await expect(entry).toContainText('Corrected');
	await expect(page.locator('main img, main script')).toHaveCount(0);
	await expect(page).not.toHaveTitle('pwned');
	await expect(page.getByText('internal: checked')).toHaveCount(0);
	const feed = await (await page.request.get('/corrections/feed.xml')).text();
	expect(feed).toContain('Reworded. &lt;img src=x onerror=&quot;');
	expect(feed).not.toContain('<img');

	// The pair page links to its corrections, and the log narrowed to the pair lists this one.
	await page.goto(`/pairs/${pair}`);
	await page
		.getByRole('region', { name: 'Change history and corrections' })
		.getByRole('link', { name: 'Reports readers made about this pair, and the answers' })
		.click();
	await expect(page).toHaveURL(new RegExp(`/corrections\\?target=${pair}$`));
	await expect(page.locator('.filtered')).toContainText(`Pair ${pair}:`);
	await expect(page.locator(`.log a[href="/corrections/${id}"]`)).toHaveCount(1);
	await page.goto(`/corrections?target=${pairIdsOnDisk().find((p) => p !== pair)}`);
	await expect(page.locator(`.log a[href="/corrections/${id}"]`)).toHaveCount(0);
	const bad = await page.goto('/corrections?target=%3Cscript%3E');
	expect(bad?.status()).toBe(200);
	await expect(page.locator('.notice')).toContainText(
		'There is nothing here with the id “<script>”'
	);

	await page.goto('/editor');
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL(/\/editor\/login$/);
	await page.goto('/editor');
	await expect(page).toHaveURL(/\/editor\/login$/);
});

test('foreign origin 403, oversized body 413, too many reports 429 with Retry-After', async ({
	request,
	baseURL
}) => {
	const good = form({ target: 'site', kind: 'other', description: 'Something is off here.' });
	expect((await post(request, good, 'https://evil.example')).status()).toBe(403);
	const big = form({ target: 'site', kind: 'other', description: 'x'.repeat(17 * 1024) });
	expect((await post(request, big, baseURL!)).status()).toBe(413);
	let last;
	for (let i = 0; i < 40; i++) {
		last = await post(request, good, baseURL!);
		if (last.status() !== 303) break;
	}
	expect(last!.status()).toBe(429);
	expect(Number(last!.headers()['retry-after'])).toBeGreaterThan(0);
});
