/**
 * Offline: after one visit the app opens and runs with no network. Real Chromium visits the built
 * site, waits for the service worker, then the network is cut (context.setOffline) and the page
 * is reloaded: it opens, runs a simulation in its workers, opens the model page and comes back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';

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

describe('offline', () => {
	it('opens and runs with the network cut after one visit', async () => {
		const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.origin}/#preset=acquisition-trap`);
		await waitForDone(page);
		// The service worker is installed (every file of the build cached) and active.
		await page.waitForFunction(`navigator.serviceWorker.ready.then((r) => !!r.active)`);
		await page.evaluate(`navigator.serviceWorker.ready`);

		await context.setOffline(true);
		await page.reload();
		await waitForDone(page);
		const probability = await page
			.locator('[data-testid="probability-higher-npv"]')
			.first()
			.getAttribute('data-value');
		expect(Number(probability)).toBeGreaterThanOrEqual(0);
		expect(Number(probability)).toBeLessThanOrEqual(1);

		// An edit runs again, still offline, in the workers.
		const market = page.locator('#f-market-addressableCustomers');
		await market.fill('900000');
		await market.blur();
		await page.waitForSelector('[data-run-state="running"]', { timeout: 10_000 }).catch(() => {});
		await waitForDone(page);

		// The model page too, and back.
		await page.locator('header a[href*="model"]').click();
		await page.waitForSelector('main h1');
		await page.locator('nav.bottom a.back').click();
		await waitForDone(page);

		// A new tab opened while offline gets the page from the cache as well.
		const fresh = await context.newPage();
		await fresh.goto(`${server.origin}/model`);
		await expect(fresh.locator('main h1').innerText()).resolves.toBe('Model & assumptions');
		await context.close();
	});

	it('without the service worker the same offline reload fails (the test can fail)', async () => {
		const context = await browser.newContext({ serviceWorkers: 'block' });
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await waitForDone(page);
		await context.setOffline(true);
		await expect(page.reload()).rejects.toThrow();
		await context.close();
	});
});
