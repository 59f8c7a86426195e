import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { pairIdsOnDisk, waitForScripts } from './helpers';

/** A pair as written on disk, read independently of the app. */
interface DiskPair {
	id: string;
	topic: string;
	critique: { points: { id: string }[]; answers: { point: string; not_addressed?: boolean }[] };
	response: { points: { id: string }[]; answers: { point: string; not_addressed?: boolean }[] };
	findings: { bears: { point: string; how: string }[] }[];
}
const [pairId] = pairIdsOnDisk();
const onDisk = (id: string): DiskPair => {
	const file = readFileSync('claims/' + findTopic(id) + `/${id}.yaml`, 'utf8');
	return parse(file) as DiskPair;
};
function findTopic(id: string): string {
	const topics = parse(readFileSync('claims/topics.yaml', 'utf8')).topics as {
		id: string;
		code: string;
	}[];
	return topics.find((t) => id.startsWith(`${t.code}-`))!.id;
}
const pair = onDisk(pairId);
const points = [...pair.critique.points, ...pair.response.points].map((p) => p.id);
const answerOf = (point: string) =>
	[...pair.critique.answers, ...pair.response.answers].find((a) => a.point === point)!;

async function checkRows(page: Page) {
	const rows = page.locator('section.points li.row');
	await expect(rows).toHaveCount(points.length);
	for (const id of points) {
		const row = page.locator(`li.row[id="${id}"]`);
		await expect(row.locator('.cell.point')).toContainText(id);
		const answer = row.locator('.cell.answer');
		if (answerOf(id).not_addressed) await expect(answer).toContainText('Not addressed.');
		else await expect(answer.locator('.prose')).not.toBeEmpty();
	}
}

for (const js of [true, false]) {
	test.describe(`point by point, JavaScript ${js ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled: js });

		test('desktop: each point beside the other side’s answer, critics on the left', async ({
			page
		}) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(`/pairs/${pairId}`);
			if (js) await waitForScripts(page);
			await page.getByRole('link', { name: 'Point by point' }).click();
			await expect(page).toHaveURL(new RegExp(`/pairs/${pairId}\\?view=points$`));
			await checkRows(page);
			for (const id of points) {
				const row = page.locator(`li.row[id="${id}"]`);
				const critique = await row.locator('.cell.critique').boundingBox();
				const response = await row.locator('.cell.response').boundingBox();
				expect(critique!.x).toBeLessThan(response!.x);
				expect(Math.abs(critique!.y - response!.y)).toBeLessThan(2);
			}
			// The full arguments stay on the page, below the points.
			await expect(page.locator(`section#${pairId}-C`)).toBeVisible();
		});

		test('320 px: point, then answer, then findings, with nothing wider than the screen', async ({
			page
		}) => {
			await page.setViewportSize({ width: 320, height: 800 });
			await page.goto(`/pairs/${pairId}?view=points`);
			await checkRows(page);
			for (const id of points) {
				const row = page.locator(`li.row[id="${id}"]`);
				const point = await row.locator('.cell.point').boundingBox();
				const answer = await row.locator('.cell.answer').boundingBox();
				expect(answer!.y).toBeGreaterThan(point!.y + point!.height - 1);
			}
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});

		test('findings name the points they bear on, and link both ways', async ({ page }) => {
			await page.goto(`/pairs/${pairId}?view=points`);
			for (const [i, finding] of pair.findings.entries()) {
				const id = `${pairId}-F${i + 1}`;
				const item = page.locator(`li[id="${id}"]`);
				for (const b of finding.bears) {
					await expect(item.getByRole('link', { name: b.point, exact: true })).toHaveAttribute(
						'href',
						new RegExp(`view=points#${b.point}$`)
					);
					await expect(
						page.locator(`li.row[id="${b.point}"] .bears a[href="#${id}"]`)
					).toContainText(b.how === 'supports' ? 'supports' : b.how);
				}
			}
		});

		test('an inline citation links to its numbered source entry on the page', async ({ page }) => {
			await page.goto(`/pairs/${pairId}`);
			const sup = page.locator(`section#${pairId}-C .prose sup.cite a`).first();
			const href = (await sup.getAttribute('href'))!;
			expect(href).toMatch(new RegExp(`^/pairs/${pairId}#${pairId}-C-s\\d+$`));
			const anchor = href.split('#')[1];
			const n = Number(anchor.split('-s').at(-1));
			await expect(sup).toHaveText(new RegExp(`^${n}\\b`));
			const entry = page.locator(`li[id="${anchor}"]`);
			await expect(entry).toHaveCount(1);
			// The entry is the n-th of its list, so the superscript's number is the list's number.
			const index = await entry.evaluate((li) => [...li.parentElement!.children].indexOf(li) + 1);
			expect(index).toBe(n);
		});
	});
}

test.describe('the default view, one page for every width', () => {
	test.use({ javaScriptEnabled: false });

	test('375 px: point by point first, then both sides; a link jumps to the response', async ({
		page
	}) => {
		await page.setViewportSize({ width: 375, height: 667 });
		await page.goto(`/pairs/${pairId}`);
		const points = page.locator('section.points');
		await expect(points).toBeVisible();
		const critique = page.locator(`section#${pairId}-C`);
		expect((await points.boundingBox())!.y).toBeLessThan((await critique.boundingBox())!.y);
		// The first answer of the other side is on the second screen at most.
		expect((await page.locator('li.row .cell.answer').first().boundingBox())!.y).toBeLessThan(
			2 * 667
		);
		await expect(page.getByRole('link', { name: 'Point by point' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		await page.getByRole('link', { name: 'Jump to the response' }).click();
		await expect(page).toHaveURL(new RegExp(`#${pairId}-R$`));
		await expect(page.locator(`section#${pairId}-R`)).toBeInViewport();
		// An explicit view stays what it says, at any width.
		await page.goto(`/pairs/${pairId}?view=sides`);
		await expect(page.locator('section.points')).toHaveCount(0);
	});

	test('1280 px: both sides in full side by side, their arguments starting level', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(`/pairs/${pairId}`);
		await expect(page.locator('section.points')).toBeHidden();
		await expect(page.getByRole('link', { name: 'Both sides in full' })).toHaveAttribute(
			'aria-current',
			'page'
		);
		const [c, r] = [
			await page.locator(`section#${pairId}-C > .body`).boundingBox(),
			await page.locator(`section#${pairId}-R > .body`).boundingBox()
		];
		expect(r!.x).toBeGreaterThan(c!.x);
		expect(Math.abs(c!.y - r!.y)).toBeLessThan(1);
		await expect(page.getByRole('link', { name: 'Jump to the response' })).toHaveAttribute(
			'href',
			`#${pairId}-R`
		);
	});
});

test('an unknown view is named in a notice, and the pair is shown in full', async ({ page }) => {
	const response = await page.goto(`/pairs/${pairId}?view=sideways`);
	expect(response!.status()).toBe(200);
	await expect(page.locator('.notice')).toContainText('There is no view "sideways"');
	await expect(page.locator(`section#${pairId}-C`)).toBeVisible();
	await expect(page.locator('section.points')).toHaveCount(0);
});

test('ids are case-insensitive: a lower-case address lands on the canonical one', async ({
	page,
	request
}) => {
	const lower = pairId.toLowerCase();
	await page.goto(`/pairs/${lower}?view=points`);
	await expect(page).toHaveURL(new RegExp(`/pairs/${pairId}\\?view=points$`));
	await page.goto(`/claims/${lower}-c`);
	await expect(page).toHaveURL(new RegExp(`/pairs/${pairId}#${pairId}-C$`));
	const api = await request.get(`/api/pairs/${lower}.json`, { maxRedirects: 0 });
	expect(api.status()).toBe(308);
	expect(api.headers()['location']).toBe(`/api/pairs/${pairId}.json`);
	await page.goto(`/compare?ids=${lower}-c%2C+${lower}-r`);
	await expect(page).toHaveURL(new RegExp(`/compare\\?ids=${pairId}-C,${pairId}-R$`));
});
