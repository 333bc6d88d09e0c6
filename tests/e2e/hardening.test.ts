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
