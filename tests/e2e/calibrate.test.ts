/**
 * Calibration in the page, in real Chromium against the built site: import a customer file,
 * see what it says, correct a mapping, apply the fit to the scenario (the numbers change) and
 * undo it — and no request ever carries the file: after the page has loaded, the only requests
 * are GETs of the site's own files (the calibration worker's script, the favicon), and the scenario link holds the
 * fitted values but no customer row.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calibrate } from '../../src/lib/calibrate/calibrate';
import { dayFromIso } from '../../src/lib/calibrate/columns';
import { readCustomerText } from '../../src/lib/calibrate/parse';
import { decodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { syntheticCustomers, telcoCsv } from '../unit/helpers/customers';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';
import { installRunLog, runLogMark, waitForRerun } from './helpers/run-log';

const PANEL = 'details.calibrate';
const PROBABILITY = '[data-testid="probability-higher-npv"]';
const STARTING = '#f-company-startingCustomers';

const customers = syntheticCustomers({
	customers: 3000,
	params: { matureChurnMonthly: 0.015, earlyChurnMultiplier: 4, earlyChurnDecayMonths: 5 },
	seed: 'e2e',
	oneYearShare: 0.4,
	inContractMultiplier: 0.3
});
/** Two bad rows at the end: rows 3002 and 3003 of the file (the header is row 1). */
const CSV = telcoCsv(customers) + 'X1,-2,Month-to-month,20,No\nX2,abc,One year,30,Yes\n';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
const errors: string[] = [];

async function openApp(): Promise<{ page: Page; requests: Request[] }> {
	const context = await browser.newContext({
		viewport: { width: 1360, height: 900 },
		locale: 'en-US'
	});
	const page = await context.newPage();
	page.on('close', () => void context.close().catch(() => undefined));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	await page.goto(`${server.origin}/`);
	await installRunLog(page);
	await waitForDone(page);
	const requests: Request[] = [];
	context.on('request', (r) => requests.push(r));
	await page.locator(`${PANEL} > summary`).click();
	return { page, requests };
}

async function importFile(page: Page, text: string, name = 'customers.csv'): Promise<void> {
	await page
		.locator(`${PANEL} input[type=file]`)
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const done = (page: Page) =>
	page.waitForSelector(`${PANEL}[data-phase="done"]`, { timeout: 90_000 });

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('importing customers', () => {
	it('shows what the data says, applies the fit, changes the numbers and undoes it, with no request carrying the file', async () => {
		const { page, requests } = await openApp();
		const before = await page.locator(STARTING).inputValue();
		const probabilityBefore = await page.locator(PROBABILITY).first().getAttribute('data-value');

		await importFile(page, CSV);
		await done(page);

		// The same numbers as the library (and so the CLI) computes for this file.
		const expected = calibrate(readCustomerText(CSV, dayFromIso('2026-01-01')!).table);
		const summary = await page.locator('[data-testid="calib-summary"]').textContent();
		expect(summary).toContain(
			`3,002 rows: 3,000 customers, ${expected.active.toLocaleString('en-US')} active and ${expected.left.toLocaleString('en-US')} who left.`
		);
		const skipped = page.locator(`${PANEL} details.skipped`);
		await expect(skipped.locator('summary').textContent()).resolves.toBe('2 rows skipped');
		await expect(skipped.locator('tbody tr').allInnerTexts()).resolves.toEqual([
			'3002\ttenure is negative: -2',
			'3003\ttenure is not a number: “abc”'
		]);
		const fitRow = page.locator('[data-testid="fit-table"] tbody tr').first();
		await expect(fitRow.locator('td.likely').textContent()).resolves.toBe(
			`${(expected.fit.matureChurnMonthly.likely * 100).toFixed(2)}%`
		);
		// Charts: Kaplan–Meier with its band and both models, hazard, contracts, charges.
		const titles = await page.locator(`${PANEL} figure .chart-title`).allTextContents();
		expect(titles).toEqual([
			'Share still customers, by months since joining',
			'Monthly churn by tenure',
			'Retention by contract type',
			'Churn by contract',
			'Monthly charges'
		]);
		await expect(page.locator(`${PANEL} path.band`).count()).resolves.toBe(1);
		await expect(page.locator(`${PANEL} path.model`).count()).resolves.toBe(2);
		const compare = await page.locator('[data-testid="compare-table"] tbody tr').allInnerTexts();
		expect(compare).toHaveLength(3);
		expect(compare[2]).toContain(
			expected.sbg.logLikelihood.toFixed(1).replace(/^-(\d)(\d{3})/, '-$1,$2')
		);

		// Apply: the editor shows the fitted values and the simulation runs again.
		const mark = await runLogMark(page);
		await page.getByRole('button', { name: 'Apply to scenario' }).click();
		await expect(page.locator(STARTING).inputValue()).resolves.toBe(
			expected.active.toLocaleString('en-US')
		);
		const changes = page.locator('[data-testid="applied-changes"] tbody tr');
		await expect(
			changes.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-path')))
		).resolves.toEqual(
			expect.arrayContaining([
				'company.startingCustomers',
				'company.matureChurnMonthly',
				'company.earlyChurnMultiplier',
				'company.earlyChurnDecayMonths',
				'company.arpuMonthly'
			])
		);
		await waitForRerun(page, mark);
		const probabilityAfter = await page.locator(PROBABILITY).first().getAttribute('data-value');
		expect(probabilityAfter).not.toBe(probabilityBefore);

		// The link in the address bar carries the fitted values and nothing of the rows.
		await page.waitForFunction(`location.hash.startsWith('#s2=')`, undefined, { timeout: 10_000 });
		const link = await decodeScenarioLink(await page.evaluate('location.hash'));
		expect(link.ok).toBe(true);
		if (link.ok) {
			expect(link.scenario.company.startingCustomers).toBe(expected.active);
			expect(link.scenario.company.matureChurnMonthly).toEqual(
				expected.scenarioPatch.company.matureChurnMonthly
			);
			expect(JSON.stringify(link.scenario)).not.toMatch(/C0000|X1|customerID/);
		}

		// Undo puts the scenario back; the numbers return.
		const undoMark = await runLogMark(page);
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.locator(STARTING).inputValue()).resolves.toBe(before);
		await waitForRerun(page, undoMark);
		await expect(page.locator(PROBABILITY).first().getAttribute('data-value')).resolves.toBe(
			probabilityBefore
		);

		// No request other than GETs of the site's own scripts after the page loaded.
		const origin = new URL(server.origin).origin;
		for (const request of requests) {
			const url = new URL(request.url());
			expect(`${request.method()} ${url.origin}`, request.url()).toBe(`GET ${origin}`);
			// A file of the built site itself (the worker's script, the favicon).
			expect(existsSync(join('build', decodeURIComponent(url.pathname))), request.url()).toBe(true);
			expect(request.postData(), request.url()).toBeNull();
		}
		expect(errors).toEqual([]);
	});

	it('refuses a bad file with one message, then reads a corrected mapping', async () => {
		const { page } = await openApp();
		await importFile(page, 'months_here,gone,fee\n3,Yes,10\n5,No,20\n8,No,\n', 'odd.csv');
		await page.waitForSelector(`${PANEL}[data-phase="failed"]`);
		await expect(page.locator(`${PANEL} .error`).textContent()).resolves.toContain(
			'No column says who left'
		);
		await page.locator(`${PANEL} select[data-role="tenure"]`).selectOption('months_here');
		await page.locator(`${PANEL} select[data-role="churn"]`).selectOption('gone');
		await page.getByRole('button', { name: 'Read again' }).click();
		await done(page);
		await expect(page.locator('[data-testid="calib-summary"]').textContent()).resolves.toContain(
			'3 rows: 3 customers, 2 active and 1 who left.'
		);

		await importFile(page, 'customerID:tenure:Churn\na:1:No\n', 'colons.csv');
		await page.waitForSelector(`${PANEL}[data-phase="failed"]`);
		await expect(page.locator(`${PANEL} .error`).textContent()).resolves.toContain(
			'single column (“customerID:tenure:Churn”)'
		);
		await importFile(page, '', 'empty.csv');
		await expect(page.locator(`${PANEL} .error`).textContent()).resolves.toBe('The file is empty.');
		expect(errors).toEqual([]);
	});
});
