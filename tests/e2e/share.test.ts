/**
 * Share, save and teach, in real Chromium against the built site: a copied link reproduces the
 * run exactly in a fresh browser (and the linked scenario is the first one simulated); a damaged
 * link opens the default scenario with an alert and changes nothing saved; `#preset=<id>` opens
 * a preset; Vietnamese formats VND; the local library survives a reload; JSON files round-trip.
 * Links are built here with 2,000 paths so every run is quick.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, serveBuild, waitForDone, watchErrors } from './helpers/browser';
import {
	decodeScenarioLink,
	encodeScenarioLink,
	packLink,
	packPayload
} from '../../src/lib/scenario/link-codec';
import { presetById } from '../../src/lib/scenario/presets/index';
import type { Scenario } from '../../src/lib/scenario/types';
import { translate } from '../../src/lib/i18n';
import { linkErrorLine } from '../../src/lib/state/share.svelte';

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

/** A fresh browser context (own storage), closed after the file. */
async function freshContext(options: Parameters<Browser['newContext']>[0] = {}) {
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, ...options });
	contexts.push(context);
	return context;
}

/** A preset with 2,000 paths, edited by `edit`. */
function quick(id: string, edit: (scenario: Scenario) => void = () => {}): Scenario {
	const scenario = structuredClone(presetById(id)!.scenario);
	scenario.paths = 2000;
	edit(scenario);
	return scenario;
}

const url = async (scenario: Scenario) => `${server.origin}/#${await encodeScenarioLink(scenario)}`;

/** The verdict's exact probabilities (`data-value`), one per compared strategy. */
const probabilities = (page: Page) =>
	page
		.locator('[data-testid="probability-higher-npv"]')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value')));

/** Runs `action`, then waits for the new run it causes to finish. */
async function rerun(page: Page, action: () => Promise<unknown>): Promise<void> {
	await action();
	await page.waitForSelector('.app:not([data-run-state="done"])', { timeout: 5000 });
	await waitForDone(page);
}

const nameField = (page: Page) => page.locator('#f-name');

describe('share, save and teach', () => {
	it('a copied link reproduces the run exactly in a fresh browser', async () => {
		const context = await freshContext({ permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		const errors = watchErrors(page);
		const start = await url(quick('default'));
		await page.goto(start);
		await waitForDone(page);

		// Edits reach the address bar (debounced), so a reload would keep them.
		await nameField(page).fill('Plan <b>B</b> & co');
		await rerun(page, () => page.locator('#f-market-addressableCustomers').fill('1500000'));
		await page.waitForFunction((old) => location.href !== old, start);
		const numbers = await probabilities(page);
		expect(numbers.length).toBeGreaterThan(0);

		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect.poll(() => page.getByText('Link copied.').isVisible()).toBe(true);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect((await decodeScenarioLink(new URL(copied).hash)).ok).toBe(true);

		// A fresh browser: the linked scenario is the first (and only) one simulated.
		const other = await (await freshContext()).newPage();
		await other.addInitScript(() => {
			const seen: number[] = ((window as unknown as { totals: number[] }).totals = []);
			new MutationObserver(() => {
				const max = document.querySelector('progress')?.max;
				if (max !== undefined && max > 1 && seen.at(-1) !== max) seen.push(max);
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		await other.goto(copied);
		await waitForDone(other);
		expect(await probabilities(other)).toEqual(numbers);
		expect(await nameField(other).inputValue()).toBe('Plan <b>B</b> & co');
		expect(await other.evaluate(() => (window as unknown as { totals: number[] }).totals)).toEqual([
			2000
		]);
		expect(errors).toEqual([]);
	});

	it('a damaged link opens the default scenario with an alert and changes nothing saved', async () => {
		const context = await freshContext();
		const setup = await context.newPage();
		await setup.goto(`${server.origin}/model`);
		await setup.evaluate(() => {
			localStorage.setItem('cx-sim.library.kept', '{"v":1,"kept":true}');
			localStorage.setItem('cx-sim.locale', 'en');
		});
		const saved = () => setup.evaluate(() => JSON.stringify({ ...localStorage }));
		const before = await saved();

		const good = await encodeScenarioLink(quick('default'));
		const invalid = quick('default', (s) => (s.horizonMonths = 0));
		const newer = await packLink(99, JSON.stringify({ v: 99, scenario: quick('default') }));
		const cases = [
			good.slice(0, 3 + Math.floor((good.length - 3) / 2)),
			's=bm90IGEgc2NlbmFyaW8gYXQgYWxs',
			newer,
			'preset=no-such-preset',
			`s=${await packPayload(JSON.stringify({ v: 1, scenario: invalid }))}`
		];
		for (const [i, fragment] of cases.entries()) {
			const decoded = await decodeScenarioLink(fragment);
			if (decoded.ok) throw new Error(`case ${i} should not decode`);
			const line = linkErrorLine(decoded.error);
			const message = translate('en', line.key, line.params);
			if (decoded.error.kind === 'invalid-scenario') {
				expect(message).toContain(decoded.error.issues[0]!.message);
			}
			const page = await context.newPage();
			const errors = watchErrors(page);
			await page.goto(`${server.origin}/#${fragment}`);
			const alert = page.getByRole('alert');
			await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain(message);
			expect(await alert.textContent()).toContain(translate('en', 'link.fallback'));
			expect(await nameField(page).inputValue()).toBe(presetById('default')!.scenario.name);
			if (i === 0) {
				await waitForDone(page); // the app still runs, on the default scenario
				expect((await probabilities(page)).length).toBeGreaterThan(0);
			}
			expect(errors).toEqual([]);
			await page.close();
		}
		expect(await saved()).toBe(before);
	});

	it('#preset=<id> opens a preset; Vietnamese formats its VND amounts', async () => {
		const page = await (await freshContext()).newPage();
		const errors = watchErrors(page);
		const telecom = presetById('telecom-turnaround')!;
		await page.goto(`${server.origin}/#preset=telecom-turnaround`);
		await expect.poll(() => nameField(page).inputValue()).toBe(telecom.scenario.name);
		const picker = page.getByLabel('Start from a preset');
		expect(await picker.inputValue()).toBe('telecom-turnaround');
		await expect.poll(() => page.getByText(telecom.description.en).isVisible()).toBe(true);

		await page.goto(`${server.origin}/model`); // leave, so the next link is a fresh load
		await page.goto(await url(quick('telecom-turnaround')));
		await waitForDone(page);
		await page.getByLabel('Language').selectOption('vi');
		await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
		const verdict = (await page.locator('.verdict').textContent()) ?? '';
		expect(verdict).toContain('₫');
		expect(verdict).toMatch(/\d{1,3}(\.\d{3})+/); // vi groups thousands with '.'
		expect(verdict).toMatch(/tỷ|triệu/);
		expect(await page.getByRole('button', { name: 'Sao chép liên kết' }).isVisible()).toBe(true);
		expect(errors).toEqual([]);
	});

	it('the library keeps a scenario across a reload and reopens it exactly', async () => {
		const page = await (await freshContext()).newPage();
		const errors = watchErrors(page);
		await page.goto(await url(quick('default', (s) => (s.name = 'Saved <i>plan</i>'))));
		await waitForDone(page);
		const numbers = await probabilities(page);

		const library = page.locator('details.library');
		const rows = library.locator('li');
		await library.locator('summary').click();
		expect(await library.getByLabel('Name', { exact: true }).inputValue()).toBe(
			'Saved <i>plan</i>'
		);
		await library.getByRole('button', { name: 'Save', exact: true }).click();
		await expect.poll(() => page.getByText('Saved “Saved <i>plan</i>”.').isVisible()).toBe(true);
		await rows.getByRole('button', { name: 'Duplicate' }).click();
		await expect.poll(() => rows.count()).toBe(2);
		await rows.first().getByRole('button', { name: 'Delete' }).click();
		const question = rows.filter({ hasText: 'This cannot be undone.' });
		await question.getByRole('button', { name: 'Delete' }).click();
		await expect.poll(() => rows.count()).toBe(1);

		await page.goto(await url(quick('acquisition-trap')));
		await page.reload();
		await waitForDone(page);
		expect(await nameField(page).inputValue()).not.toBe('Saved <i>plan</i>');
		await library.locator('summary').click();
		const entry = rows.filter({ hasText: 'Saved <i>plan</i>' });
		expect(await entry.locator('.date').textContent()).toMatch(/Saved \w{3} \d{1,2}, \d{4}/);
		await rerun(page, () => entry.getByRole('button', { name: 'Open' }).click());
		expect(await nameField(page).inputValue()).toBe('Saved <i>plan</i>');
		expect(await probabilities(page)).toEqual(numbers);
		expect(errors).toEqual([]);
	});

	it('Download JSON and Open file round-trip; a broken file keeps the current work', async () => {
		const page = await (await freshContext()).newPage();
		const errors = watchErrors(page);
		await page.goto(await url(quick('logistics-existing-customers', (s) => (s.name = 'Q3: plan'))));
		await waitForDone(page);
		const numbers = await probabilities(page);

		await page.locator('summary', { hasText: 'File' }).click();
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download JSON' }).click()
		]);
		expect(download.suggestedFilename()).toBe('Q3 plan.json');
		const file = {
			name: download.suggestedFilename(),
			mimeType: 'application/json',
			buffer: readFileSync(await download.path())
		};

		const input = page.getByLabel('Choose a scenario file (.json)');
		const broken = {
			name: 'broken.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"v":1,')
		};
		await input.setInputFiles(broken);
		const alert = page.getByRole('alert');
		await expect.poll(() => alert.textContent()).toContain(translate('en', 'file.truncated'));
		expect(await alert.textContent()).toContain(translate('en', 'notice.keptCurrent'));
		expect(await nameField(page).inputValue()).toBe('Q3: plan');

		await rerun(page, () =>
			page.getByRole('combobox', { name: 'Start from a preset' }).selectOption('default')
		);
		await rerun(page, () => input.setInputFiles(file));
		expect(await nameField(page).inputValue()).toBe('Q3: plan');
		expect(await probabilities(page)).toEqual(numbers);
		expect(errors).toEqual([]);
	});
});
