/**
 * What people read when a value is wrong, in real Chromium: a field's message names the field and
 * its allowed range in the interface language (translated by rule code), an absurd value is
 * refused at its field, and a scenario whose result cannot be computed shows an error that names
 * the quantity, never "Infinity". Screenshots go to test-results/ for review.
 */
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';
import { encodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
	mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('messages', () => {
	it('names the field and its range, in Vietnamese, and refuses absurd values', async () => {
		const context = await browser.newContext({
			viewport: { width: 390, height: 844 },
			locale: 'vi-VN'
		});
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await waitForDone(page);
		const market = page.locator('#f-market-addressableCustomers');
		await market.fill('1e21');
		await market.blur();
		const error = page.locator('#f-market-addressableCustomers-error');
		await error.waitFor();
		await expect(error.innerText()).resolves.toBe(
			'Quy mô thị trường có thể tiếp cận phải là một giá trị lớn hơn 0 và không quá 10.000.000.000.'
		);
		const summary = page.locator('.ed-issues li').first();
		await expect(summary.innerText()).resolves.toContain('Quy mô thị trường có thể tiếp cận');
		await error.scrollIntoViewIfNeeded();
		await page.screenshot({ path: 'test-results/harden-field-error-vi-390.png' });
		await context.close();
	});

	it('reports a result that cannot be computed instead of showing Infinity', async () => {
		const scenario = structuredClone(presetById('default')!.scenario);
		scenario.paths = 1000;
		scenario.company.cac = Number.MIN_VALUE;
		const checked = validateScenario(scenario);
		if (!checked.ok) throw new Error(checked.issues[0]!.message);
		const link = await encodeScenarioLink(checked.scenario);
		const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.origin}/#${link}`);
		await page.waitForSelector('[data-run-state="error"]', { timeout: 90_000 });
		const alert = page.locator('.status [role="alert"]');
		await expect(alert.innerText()).resolves.toMatch(
			/The simulation produced a number too large to compute \(CLV to CAC ratio, .+\)/
		);
		await expect(page.locator('body').innerText()).resolves.not.toMatch(/Infinity|∞|NaN/);
		await page.screenshot({ path: 'test-results/harden-non-finite-1440.png' });
		await context.close();
	});
});
