/**
 * Hardening in a real browser (issue 11): malformed percent-encoding in the address raises no
 * error, a save in one tab shows in another, and killed workers do not hang the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
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

/**
 * Keeps every Worker the page creates in `window.__workers`; while `window.__killWorkers` is set,
 * a worker is terminated right after it is handed a message (a chunk), so it never answers and
 * fires no error event — as when its process crashes.
 */
function trackWorkers(): void {
	const w = window as unknown as { __workers: Worker[]; __killWorkers: boolean };
	w.__workers = [];
	const Native = window.Worker;
	function Tracked(...args: ConstructorParameters<typeof Worker>): Worker {
		const worker = new Native(...args);
		w.__workers.push(worker);
		const post = worker.postMessage.bind(worker) as (message: unknown, options?: unknown) => void;
		worker.postMessage = (message: unknown, options?: unknown) => {
			post(message, options);
			if (w.__killWorkers) worker.terminate();
		};
		return worker;
	}
	window.Worker = Tracked as unknown as typeof Worker;
}

describe('killed workers', () => {
	const probabilities = (page: Page) =>
		page
			.locator('[data-testid="probability-higher-npv"]')
			.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value')));

	it('workers terminated mid-run: the chunks run again on fresh workers, same numbers', async () => {
		const context = await freshContext();
		const link = `${server.origin}/#${await encodeScenarioLink(quick('default', 6_000))}`;
		const reference = await context.newPage();
		await reference.goto(link);
		await waitForDone(reference);
		const expected = await probabilities(reference);
		await reference.close();

		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.addInitScript(trackWorkers);
		await page.goto(link);
		await expect
			.poll(() => page.locator('progress').getAttribute('value'), { timeout: 30_000 })
			.not.toMatch(/^0?$/);
		const killed = await page.evaluate(() => {
			const w = window as unknown as { __workers: Worker[] };
			for (const worker of w.__workers) worker.terminate();
			return w.__workers.length;
		});
		expect(killed).toBeGreaterThan(0);
		expect(await page.locator('[data-run-state]').getAttribute('data-run-state')).toBe('running');
		await waitForDone(page, 60_000);
		expect(await probabilities(page)).toEqual(expected);
		expect(
			await page.evaluate(() => (window as unknown as { __workers: Worker[] }).__workers.length)
		).toBeGreaterThan(killed);
		expect(errors).toEqual([]);
	});

	it('workers that keep dying: the page says so with Retry, and Retry finishes the run', async () => {
		const page = await (await freshContext()).newPage();
		const errors = watchErrors(page);
		await page.addInitScript(trackWorkers);
		await page.addInitScript(() => {
			(window as unknown as { __killWorkers: boolean }).__killWorkers = true;
		});
		await page.goto(`${server.origin}/#${await encodeScenarioLink(quick('default'))}`);
		await page.waitForSelector('[data-run-state="error"]', { timeout: 60_000 });
		const alert = page.locator('.status [role="alert"]');
		expect(await alert.textContent()).toContain(translate('en', 'run.workerStalled'));
		// Nothing claims the run is still going.
		expect(await page.getByText(translate('en', 'verdict.waiting')).count()).toBe(0);
		await page.evaluate(() => {
			(window as unknown as { __killWorkers: boolean }).__killWorkers = false;
		});
		await page.getByRole('button', { name: translate('en', 'action.retry') }).click();
		await waitForDone(page);
		expect((await probabilities(page)).length).toBe(1);
		expect(errors).toEqual([]);
	});
});
