/**
 * Hardening in a real browser (issue 11): malformed percent-encoding in the address raises no
 * error, a save in one tab shows in another, and killed workers do not hang the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, serveBuild, waitForDone, watchErrors } from './helpers/browser';
import { encodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { presetById } from '../../src/lib/scenario/presets/index';
import type { Scenario } from '../../src/lib/scenario/types';
import { translate } from '../../src/lib/i18n';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});
afterAll(async () => {
	for (const context of contexts) await context.close();
	await browser?.close();
	await server?.close();
});

async function freshContext(): Promise<BrowserContext> {
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
	contexts.push(context);
	return context;
}

/** A preset with few paths, so runs are quick. */
function quick(id: string, paths = 2000): Scenario {
	const scenario = structuredClone(presetById(id)!.scenario);
	scenario.paths = paths;
	return scenario;
}

describe('malformed percent-encoding in the address', () => {
	it('raises no error on load or on a pasted link; the damaged-link message still shows', async () => {
		const good = await encodeScenarioLink(quick('default'));
		const damaged = translate('en', 'link.corrupt');
		const context = await freshContext();
		for (const fragment of ['s=%%%', `${good}%`, `${good.slice(0, 40)}%E0%A4%A`, 's2=%']) {
			const page = await context.newPage();
			const errors = watchErrors(page);
			await page.goto(`${server.origin}/#${fragment}`);
			const alert = page.getByRole('alert');
			await expect
				.poll(() => alert.textContent(), { timeout: 10_000 })
				.toMatch(new RegExp(`${damaged.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}|cut off`));
			await waitForDone(page);
			expect(errors).toEqual([]);
			await page.close();
		}
		// Pasted into the address bar of the open page.
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.origin}/`);
		await waitForDone(page);
		await page.evaluate(() => (location.hash = '#s=%%%'));
		await expect
			.poll(() => page.getByRole('alert').textContent(), { timeout: 10_000 })
			.toContain(damaged);
		// A bare stray "%" is no scenario link: nothing to say, and still no error.
		await page.goto(`${server.origin}/#%`);
		await waitForDone(page);
		expect(errors).toEqual([]);
		await page.close();
	});
});

describe('two tabs', () => {
	it('a save in one tab appears in the other without a reload, and so does a deletion', async () => {
		const context = await freshContext();
		const [one, two] = [await context.newPage(), await context.newPage()];
		const errors = [...watchErrors(one), ...watchErrors(two)];
		const link = `${server.origin}/#${await encodeScenarioLink(quick('default'))}`;
		for (const page of [one, two]) {
			await page.goto(link);
			await waitForDone(page);
		}
		const count = (page: typeof one) =>
			page
				.locator('details.library summary .count')
				.textContent({ timeout: 1000 })
				.catch(() => '');
		// The second tab has its menu open, the first saves.
		const otherMenu = two.locator('details.library');
		await otherMenu.locator('summary').click();
		expect(await otherMenu.locator('.empty').isVisible()).toBe(true);
		const menu = one.locator('details.library');
		await menu.locator('summary').click();
		const name = menu.getByLabel('Name', { exact: true });
		// Opening the menu fills in the scenario's name (the toggle event comes a moment later).
		await expect.poll(() => name.inputValue()).toBe(quick('default').name);
		await name.fill('Shared across tabs');
		await menu.getByRole('button', { name: 'Save', exact: true }).click();
		await expect.poll(() => otherMenu.locator('li').count(), { timeout: 5000 }).toBe(1);
		expect(await otherMenu.locator('li').textContent()).toContain('Shared across tabs');
		expect(await count(two)).toBe('1');
		// Deleted in the first tab: gone from the second.
		const row = menu.locator('li').filter({ hasText: 'Shared across tabs' });
		await row.getByRole('button', { name: 'Delete' }).click();
		await menu
			.locator('li')
			.filter({ hasText: 'This cannot be undone.' })
			.getByRole('button', { name: 'Delete' })
			.click();
		await expect.poll(() => otherMenu.locator('li').count(), { timeout: 5000 }).toBe(0);
		expect(errors).toEqual([]);
	});
});
