/**
 * The Decide section in real Chromium: after a run, every view of the decision analytics, the
 * same numbers as the CLI's in-process analytics, the pilot planner's sizes and messages, the
 * frontier's steps, cancellation by an edit, and the Vietnamese text.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { encodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { decide, frontier } from '../../src/lib/decision/run';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';

const DECIDE = '[data-testid="decide"]';
const DONE = `${DECIDE}[data-state="done"][data-frontier-state="done"][data-drawn="true"]`;

/**
 * Node's V8 and Chromium's may round Math.pow / Math.exp differently in the last bit, so money
 * sums are compared to 1e-12 relative; counts and shares compare exactly.
 */
function close(text: string | null, expected: number): void {
	const value = Number(text);
	expect(Math.abs(value - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(expected)));
}

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
const errors: string[] = [];

/** A smaller default scenario, so the analytics finish quickly on a shared machine. */
function scenario(change?: (s: Scenario) => void): Scenario {
	const copy = structuredClone(presetById('default')!.scenario) as Scenario;
	copy.paths = 2000;
	copy.horizonMonths = 36;
	change?.(copy);
	const result = validateScenario(copy);
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.scenario;
}

async function open(s: Scenario, locale = 'en-US'): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale });
	const page = await context.newPage();
	page.on('close', () => void context.close().catch(() => undefined));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
	await page.goto(`${server.origin}/#${await encodeScenarioLink(s)}`);
	await waitForDone(page);
	return page;
}

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	expect(errors).toEqual([]);
});

describe('Decide section', () => {
	const s = scenario();
	let page: Page;

	beforeAll(async () => {
		page = await open(s);
		await page.waitForSelector(DONE, { timeout: 120_000 });
	});
	afterAll(async () => page?.close());

	it('shows the waterfall, outcomes, split, levers and business case with the CLI numbers', async () => {
		const expected = decide(s);
		const card = page.locator('[data-testid="decide-comparison"]');
		await expect(card.count()).resolves.toBe(1);
		close(
			await card.getAttribute('data-npv-difference'),
			expected.comparisons[0]!.npvDifference.mean
		);
		const levers = (await card.getAttribute('data-levers'))!.split(',');
		expect(levers).toHaveLength(expected.comparisons[0]!.levers.length);
		levers.forEach((v, i) => close(v, expected.comparisons[0]!.levers[i]!.value));
		await expect(
			page.locator('[data-testid="decide-paths"]').getAttribute('data-paths')
		).resolves.toBe(String(expected.paths));
		// Five P&L lines and the total, each a bar.
		await expect(page.locator('[data-testid="waterfall"] rect').count()).resolves.toBe(6);
		const outcomes = await page.locator('[data-testid="decide-outcomes"]').innerText();
		for (const word of [
			'Customers kept by lower churn',
			'Service contacts avoided',
			'Extra referred customers',
			'Share of wallet'
		])
			expect(outcomes).toContain(word);
		await expect(page.locator('[data-testid="revenue-split"] rect').count()).resolves.toBe(3);
		await expect(page.locator('[data-testid="lever-attribution"] rect').count()).resolves.toBe(
			expected.comparisons[0]!.levers.length
		);
		const bc = page.locator('[data-testid="business-case"]');
		const text = await bc.innerText();
		expect(text).toMatch(/Choosing Experience-led over Acquisition-heavy (adds|costs) /);
		for (const heading of [
			'Initial',
			'Year 1',
			'Year 3',
			'Present value',
			'Net benefit, p10',
			'ROI',
			'Payback month'
		])
			expect(text).toContain(heading);
	});

	it('ranks what is worth measuring beside the tornado', async () => {
		const voi = page.locator('[data-testid="value-of-information"]');
		const text = await voi.innerText();
		expect(text).toContain('What is worth measuring before deciding');
		expect(text).toMatch(/\(EVPI\)/);
		// The tornado of the first challenger sits beside the EVPPI bars (or their explanation).
		expect(text).toContain('Which assumptions drive the difference');
		const bars = await page.locator('[data-testid="evppi-chart"] rect').count();
		const evpi = Number(
			await page.locator('[data-testid="decide-paths"]').getAttribute('data-evpi')
		);
		const positive = decide(s).evppi.filter((e) => e.value > 0).length;
		expect(bars).toBe(Math.min(10, positive));
		expect(evpi).toBeGreaterThanOrEqual(0);
	});

	it('sizes a pilot: 906 per arm for 20% → 15%, 1,212 at 90% power, and names a bad range', async () => {
		const field = (name: string) => page.locator(`[data-testid="pilot-${name}"]`);
		await field('from').fill('20');
		await field('to').fill('15');
		await field('alpha').fill('5');
		await field('power').fill('80');
		await expect(page.locator('[data-testid="pilot-per-arm"]').innerText()).resolves.toBe('906');
		await field('power').fill('90');
		await expect(page.locator('[data-testid="pilot-per-arm"]').innerText()).resolves.toBe('1,212');
		await field('availablePerMonth').fill('500');
		await field('measurementMonths').fill('6');
		const plan = await page.locator('[data-testid="pilot-plan"]').innerText();
		expect(plan).toContain('= 11 months'); // 2,424 customers at 500 a month: 5 months, then 6
		await field('alpha').fill('60');
		const alert = page.locator('[data-testid="pilot-planner"] [role="alert"]');
		await expect(alert.innerText()).resolves.toBe('Must be from 0.1 to 50.');
		await expect(page.locator('[data-testid="pilot-plan"]').count()).resolves.toBe(0);
		await field('alpha').fill('5');
		await expect(page.locator('[data-testid="pilot-per-arm"]').innerText()).resolves.toBe('1,212');
	});

	it('draws the frontier with its best split, and recomputes for other steps', async () => {
		const expected = frontier(s, 1, 11);
		const best = page.locator('[data-testid="frontier-best"]');
		await expect(best.getAttribute('data-cx-share')).resolves.toBe(String(expected.best.cxShare));
		await expect(best.getAttribute('data-best-share')).resolves.toBe(
			String(expected.best.bestShare)
		);
		await expect(page.locator('[data-testid="frontier-chart"] circle').count()).resolves.toBe(
			2 * 11 + 1
		);
		await page.locator('[data-testid="frontier-steps"]').fill('3');
		await page.locator('[data-testid="frontier-steps"]').blur();
		await page.waitForSelector(
			`${DECIDE}[data-frontier-state="done"] [data-testid="frontier-chart"]`
		);
		await page.waitForFunction(
			() => document.querySelectorAll('[data-testid="frontier-chart"] circle').length === 7
		);
		const three = frontier(s, 1, 3);
		await expect(best.getAttribute('data-cx-share')).resolves.toBe(String(three.best.cxShare));
	});
});

describe('Decide follows the scenario', () => {
	it('cancels when the scenario changes and explains the new one', async () => {
		const s = scenario();
		const page = await open(s);
		await page.waitForSelector(`${DECIDE}[data-state="running"], ${DONE}`);
		const budget = page.getByLabel('Acquisition budget', { exact: true }).nth(1);
		await budget.fill('300000');
		await budget.blur();
		await page.waitForSelector(`${DECIDE}[data-state="waiting"]`);
		await waitForDone(page);
		await page.waitForSelector(DONE, { timeout: 120_000 });
		const edited = scenario((x) => {
			x.strategies[1]!.acquisitionBudgetMonthly = 300_000;
		});
		close(
			await page.locator('[data-testid="decide-comparison"]').getAttribute('data-npv-difference'),
			decide(edited).comparisons[0]!.npvDifference.mean
		);
		await page.close();
	});

	it('speaks Vietnamese', async () => {
		const page = await open(scenario(), 'vi-VN');
		await page.waitForSelector(DONE, { timeout: 120_000 });
		const text = await page.locator(DECIDE).innerText();
		for (const words of [
			'Ra quyết định',
			'Phương án kinh doanh',
			'Đường biên ngân sách',
			'Lập kế hoạch thử nghiệm'
		])
			expect(text).toContain(words);
		expect(text).toMatch(/Chọn Lấy trải nghiệm|Chọn .+ thay cho/);
		await page.close();
	});
});
