/**
 * The model page in real Chromium: "Back to the simulator" returns to the scenario that was open
 * (also after following the page's own section links), the page has a main landmark and labelled
 * regions, and axe-core finds no violation in either language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveBuild, waitForDone, watchErrors } from './helpers/browser';
import { axeViolations } from './helpers/axe-check';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function freshPage(locale = 'en-US'): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale });
	return context.newPage();
}

const MARKET = '#f-market-addressableCustomers';

describe('model page', () => {
	it('comes back to the same scenario', async () => {
		const page = await freshPage();
		const errors = watchErrors(page);
		await page.goto(`${server.origin}/`);
		await waitForDone(page);
		const market = page.locator(MARKET);
		await market.fill('654321');
		await market.blur();
		// The address bar follows the edit (debounced): wait for the scenario's link.
		await page.waitForFunction(`location.hash.startsWith('#s2=')`);
		const link = await page.evaluate('location.hash');

		await page.getByRole('link', { name: 'Model & assumptions' }).click();
		await page.waitForSelector('main h1');
		// Follow a section link of the page itself: the way back must survive it.
		await page.locator('.toc a').first().click();
		await page.waitForFunction(`!location.hash.startsWith('#s2=')`);

		await page.locator('nav.bottom a.back').click();
		await waitForDone(page);
		await expect(page.locator(MARKET).inputValue()).resolves.toBe('654,321');
		await expect(page.evaluate('location.hash')).resolves.toBe(link);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('keeps a preset link too', async () => {
		const page = await freshPage();
		await page.goto(`${server.origin}/#preset=logistics-existing-customers`);
		await waitForDone(page);
		await page.getByRole('link', { name: 'Model & assumptions' }).click();
		await page.waitForSelector('main h1');
		const back = await page.locator('nav.top a.back').getAttribute('href');
		expect(back).toMatch(/^\.\/#(preset=logistics-existing-customers|s=.+)$/);
		await page.context().close();
	});

	it.each([
		['en-US', 'Model & assumptions'],
		['vi-VN', 'Mô hình và giả định']
	])('%s: has a main landmark, labelled regions and no axe violations', async (locale, title) => {
		const page = await freshPage(locale);
		await page.goto(`${server.origin}/model`);
		await page.waitForSelector('main h1');
		await expect(page.locator('main h1').innerText()).resolves.toBe(title);
		const navLabels = await page
			.locator('nav')
			.evaluateAll((navs) => navs.map((nav) => nav.getAttribute('aria-label')));
		expect(navLabels.every((label) => !!label)).toBe(true);
		expect(new Set(navLabels).size).toBe(navLabels.length);
		expect(await axeViolations(page)).toEqual([]);
		await page.context().close();
	});
});
