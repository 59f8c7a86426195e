import { expect, test, type APIRequestContext } from '@playwright/test';
import { pairIdsOnDisk } from './helpers';

/** Runs `work` over `items`, `limit` at a time, in order of the results. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await work(items[i]);
		}
	};
	await Promise.all(Array.from({ length: limit }, worker));
	return results;
}

/** The addresses in the sitemap, as paths on the server under test. */
async function sitemapPaths(request: APIRequestContext, baseURL: string) {
	const sitemap = await request.get('/sitemap.xml');
	expect(sitemap.status()).toBe(200);
	const locs = [...(await sitemap.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
	expect(locs.length).toBeGreaterThan(pairIdsOnDisk().length);
	for (const loc of locs) expect(loc.startsWith(`${baseURL}/`), loc).toBe(true);
	return locs.map((loc) => loc.slice(baseURL.length));
}

test('every address in the sitemap answers 200', async ({ request, baseURL }) => {
	// A cold server renders each pair page once (citations), two at a time here.
	test.setTimeout(180_000);
	const paths = await sitemapPaths(request, baseURL!);
	const statuses = await pool(paths, 4, async (path) => {
		const response = await request.head(path, { maxRedirects: 0 });
		return `${response.status()} ${path}`;
	});
	expect(statuses.filter((s) => !s.startsWith('200 '))).toEqual([]);
	// The pages that need a query or a login are not listed at all.
	expect(paths).not.toContain('/balance/claims');
	expect(paths.filter((p) => p.startsWith('/editor'))).toEqual([]);
});

/** The Atom feed links in a page's head: `<link rel="alternate" type="application/atom+xml">`. */
function feedLinks(html: string) {
	const head = html.match(/<head>([\s\S]*?)<\/head>/)?.[1] ?? '';
	return [...head.matchAll(/<link\b[^>]*>/g)]
		.map((m) => m[0])
		.filter((tag) => /rel="alternate"/.test(tag) && /type="application\/atom\+xml"/.test(tag))
		.map((tag) => ({
			href: tag.match(/href="([^"]+)"/)?.[1],
			title: tag.match(/title="([^"]+)"/)?.[1]
		}));
}

test('every page that lists pairs links the Atom feed in its head', async ({
	request,
	baseURL
}) => {
	test.setTimeout(180_000);
	const [first, second] = pairIdsOnDisk();
	/** The first page of `/section/<id>` linked from the page `/section`. */
	const firstLinked = async (section: string) => {
		const html = await (await request.get(section)).text();
		const id = html.match(new RegExp(`href="${section}/([^"?#]+)"`))?.[1];
		expect(id, `${section} links one of its pages`).toBeTruthy();
		return `${section}/${id}`;
	};
	// The listing pages by name (so the test cannot pass on an empty list), then every page in the
	// sitemap, then the pages with a parameter.
	const listing = [
		'/',
		`/?q=detention`,
		await firstLinked('/topics'),
		await firstLinked('/sources'),
		`/compare?ids=${first},${second}`,
		'/timeline',
		'/balance'
	];
	const paths = [...new Set([...listing, ...(await sitemapPaths(request, baseURL!))])];
	const pages = await pool(paths, 4, async (path) => {
		const response = await request.get(path);
		const html = await response.text();
		return { path, status: response.status(), html, listsPairs: /href="\/pairs\//.test(html) };
	});
	const checked = pages.filter((p) => p.listsPairs);
	for (const path of listing) {
		expect(
			checked.map((p) => p.path),
			`${path} lists pairs`
		).toContain(path);
	}
	for (const { path, status, html } of checked) {
		expect(status, path).toBe(200);
		const links = feedLinks(html);
		expect(links.length, `${path} links the feed once`).toBe(1);
		expect(links[0].href, path).toBe('/feed.xml');
		expect(links[0].title, path).toBeTruthy();
	}
	// The link leads to the feed.
	const feed = await request.get('/feed.xml');
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toContain('application/atom+xml');
});
