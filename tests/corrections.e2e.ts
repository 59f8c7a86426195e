import { expect, test, type APIRequestContext } from '@playwright/test';
import { join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/connect';
import { addEditor } from '../src/lib/server/db/editors';
import { pairIdsOnDisk } from './helpers';

// One worker, in this order: the reports share one address's rate limit, and the 429 test,
// which spends the rest of it, comes last.
test.describe.configure({ mode: 'serial' });
test.use({ javaScriptEnabled: false });

const [pair] = pairIdsOnDisk();
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
	const db = await openDatabase({
		engine: 'sqlite',
		file: join(process.env.E2E_DATA_DIR!, 'corrections.sqlite')
	});
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
