/**
 * The simulator as a visitor uses it, in real Chromium against the built static site: the first
 * run, the verdict against the CLI's engine, edits that re-run, invalid values, a burst of edits,
 * and the keyboard. One browser for the whole file; console and page errors are collected from
 * every page and must stay empty.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { simulate } from '../../src/lib/sim/run';
import { encodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';
import { installRunLog, runLog, runLogMark, waitForRerun } from './helpers/run-log';

const PROBABILITY = '[data-testid="probability-higher-npv"]';
/** Every path of the first fan chart (revenue over time): bands and medians of each strategy. */
const FIRST_CHART_PATHS = 'figure.chart-frame svg[role="slider"] >> nth=0';
const SCREENSHOT = 'test-results/simulator.png';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
/** Console errors and page errors of every page this file opened, tagged with the page. */
const errors: string[] = [];

/** The default scenario as the CLI gets it: validated, every default filled in. */
function defaultScenario(change?: (scenario: Scenario) => void): Scenario {
	const copy = structuredClone(presetById('default')!.scenario) as Scenario;
	change?.(copy);
	const result = validateScenario(copy);
	if (!result.ok) throw new Error(`invalid test scenario: ${result.issues[0]!.message}`);
	return result.scenario;
}

/** What the CLI prints as the first challenger's probability, as the page writes it. */
function cliProbability(scenario: Scenario): string {
	return String(simulate(scenario).comparisons[0]!.probabilityHigherNpv);
}

/**
 * A new page in its own fresh context (nothing stored by an earlier page can leak in), its
 * errors landing in `errors`, opened on the app at `hash` and finished with its first run.
 */
async function openApp(tag: string, hash = ''): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: 1360, height: 900 },
		locale: 'en-US'
	});
	const page = await context.newPage();
	page.on('close', () => void context.close().catch(() => undefined));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`[${tag}] console: ${message.text()}`);
	});
	page.on('pageerror', (error) => errors.push(`[${tag}] page error: ${error.message}`));
	page.on('worker', (worker) =>
		worker.on('console', (message) => {
			if (message.type() === 'error') errors.push(`[${tag}] worker console: ${message.text()}`);
		})
	);
	page.on('crash', () => errors.push(`[${tag}] page crashed`));
	await page.goto(`${server.origin}/${hash}`);
	await installRunLog(page);
	await waitForDone(page);
	return page;
}

async function probability(page: Page): Promise<string | null> {
	return page.locator(PROBABILITY).first().getAttribute('data-value');
}

/** The `d` of every path in the first fan chart, joined: changes whenever the picture does. */
async function chartGeometry(page: Page): Promise<string> {
	const paths = await page
		.locator(FIRST_CHART_PATHS)
		.locator('path')
		.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('d') ?? ''));
	return paths.join('|');
}

/** Replace a field's text as a person would (select all, type) and leave the field. */
async function typeInto(field: Locator, text: string): Promise<void> {
	await field.fill(text);
	await field.blur();
}

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
	mkdirSync('test-results', { recursive: true });
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('simulator page', () => {
	let page: Page;
	/** The probability and chart of the default scenario, as first shown. */
	let first: { probability: string; chart: string };

	it('opens on the default scenario and finishes a run', async () => {
		page = await openApp('main');
		await expect(page.locator('[data-run-state]').getAttribute('data-run-state')).resolves.toBe(
			'done'
		);
		await expect(page.locator('#f-strategies-1-name').inputValue()).resolves.toBe('Experience-led');
		await expect(page.locator('#f-paths').inputValue()).resolves.toBe('10000');
		// The progress count reports the whole run.
		await expect(page.locator('.status').innerText()).resolves.toMatch(/10,000 of 10,000/);
		// Charts are drawn: the fan charts have their paths, the histogram and tornado are there.
		const charts = await page.locator('figure.chart-frame').count();
		expect(charts).toBeGreaterThanOrEqual(8);
		const chart = await chartGeometry(page);
		expect(chart).toMatch(/^M[\d.]/);
		first = { probability: (await probability(page))!, chart };
		// Let layout settle (charts size themselves to their boxes) before the picture.
		await page.evaluate(
			'new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))'
		);
		await page.screenshot({ path: SCREENSHOT, fullPage: true });
	});

	it('shows the same probability as the CLI for the same scenario and seed', async () => {
		const expected = cliProbability(defaultScenario());
		expect(first.probability).toBe(expected);
		await expect(probability(page)).resolves.toBe(expected);
	});

	it('re-runs after an edit and redraws the charts', async () => {
		const budget = page.getByLabel('Acquisition budget', { exact: true }).nth(1);
		await expect(budget.getAttribute('id')).resolves.toBe(
			'f-strategies-1-acquisitionBudgetMonthly'
		);
		const mark = await runLogMark(page);
		await typeInto(budget, '400000');
		const seen = await waitForRerun(page, mark);
		expect(seen.map((e) => e.state)).toContain('running');
		await expect(page.locator('[data-run-state]').getAttribute('data-run-state')).resolves.toBe(
			'done'
		);
		const after = await probability(page);
		expect(after).not.toBe(first.probability);
		expect(await chartGeometry(page)).not.toBe(first.chart);
		// And it is the engine's number for the edited scenario.
		const expected = cliProbability(
			defaultScenario((s) => {
				s.strategies[1]!.acquisitionBudgetMonthly = 400_000;
			})
		);
		expect(after).toBe(expected);
	});

	it('shows an invalid value at its field and keeps the last result', async () => {
		const before = { probability: await probability(page), chart: await chartGeometry(page) };
		const mark = await runLogMark(page);

		const market = page.locator('#f-market-addressableCustomers');
		await typeInto(market, '-5');
		await expect(market.getAttribute('aria-invalid')).resolves.toBe('true');
		const marketError = page.locator('#f-market-addressableCustomers-error');
		await marketError.waitFor({ state: 'visible' });
		// Rule messages name the field and the allowed range (translated by rule code).
		await expect(marketError.innerText()).resolves.toMatch(
			/^Addressable market must be a value above 0 and at most [\d,]+\.$/
		);
		// The message is tied to the input for assistive technology.
		await expect(market.getAttribute('aria-describedby')).resolves.toContain(
			'f-market-addressableCustomers-error'
		);

		const margin = page.locator('#f-company-grossMargin-likely');
		await typeInto(margin, '150');
		await expect(margin.getAttribute('aria-invalid')).resolves.toBe('true');
		const marginError = page.locator('#f-company-grossMargin-likely-error');
		await marginError.waitFor({ state: 'visible' });
		await expect(marginError.innerText()).resolves.toBe(
			'Gross margin (Likely) must be a value from 0% to 100%.'
		);

		// The list of problems at the top names both fields.
		const summary = page.locator('.ed-issues');
		await expect(summary.innerText()).resolves.toMatch(/2/);

		// Well past the debounce: nothing ran, nothing was lost.
		await page.waitForTimeout(600);
		const since = await runLog(page, mark);
		expect(since.map((e) => e.state)).not.toContain('running');
		await expect(page.locator('[data-run-state]').getAttribute('data-run-state')).resolves.toBe(
			'done'
		);
		await expect(probability(page)).resolves.toBe(before.probability);
		expect(await chartGeometry(page)).toBe(before.chart);
		await expect(page.locator('figure.chart-frame').count()).resolves.toBeGreaterThanOrEqual(8);

		// Putting the values back runs the same scenario again: the same numbers.
		const restore = await runLogMark(page);
		await typeInto(margin, '65');
		await typeInto(market, '2000000');
		await expect(market.getAttribute('aria-invalid')).resolves.toBeNull();
		await expect(page.locator('#f-market-addressableCustomers-error').count()).resolves.toBe(0);
		await waitForRerun(page, restore);
		await expect(page.locator('[data-run-state]').getAttribute('data-run-state')).resolves.toBe(
			'done'
		);
		await expect(probability(page)).resolves.toBe(before.probability);
		await page.close();
	});

	it('ends a burst of ten quick edits on the numbers of the last one', async () => {
		// Fewer paths keep this quick: open a link to the default scenario with 2,000 paths; on
		// a build that does not read links yet, set them in the run settings instead.
		const reduced = defaultScenario((s) => {
			s.paths = 2000;
		});
		const burst = await openApp('burst', `#${await encodeScenarioLink(reduced)}`);
		let mark: number;
		if ((await burst.locator('#f-paths').inputValue()) !== '2000') {
			await burst.locator('summary', { hasText: 'Run settings' }).click();
			mark = await runLogMark(burst);
			await burst.locator('#f-paths').selectOption('2000');
			await waitForRerun(burst, mark);
		}
		await expect(burst.locator('#f-paths').inputValue()).resolves.toBe('2000');
		await expect(burst.locator('.status').innerText()).resolves.toMatch(/2,000 of 2,000/);

		const values = [
			410_000, 123_000, 377_000, 95_000, 512_000, 260_000, 301_000, 188_000, 444_000, 275_000
		];
		const field = burst.locator('#f-strategies-1-cxInvestmentMonthly');
		mark = await runLogMark(burst);
		for (const value of values) await field.fill(String(value));
		await field.blur();
		await waitForRerun(burst, mark);
		// Settled: nothing late arrives afterwards.
		const settled = await probability(burst);
		await burst.waitForTimeout(500);
		await expect(probability(burst)).resolves.toBe(settled);
		await expect(burst.locator('[data-run-state]').getAttribute('data-run-state')).resolves.toBe(
			'done'
		);
		await expect(field.inputValue()).resolves.toBe('275,000');

		const expected = cliProbability(
			defaultScenario((s) => {
				s.paths = 2000;
				s.strategies[1]!.cxInvestmentMonthly = values.at(-1)!;
			})
		);
		expect(settled).toBe(expected);
		await burst.close();
	});

	it('can be used from the keyboard: focus is visible and every control has a name', async () => {
		const keys = await openApp('keyboard');
		// The first scenario field (the customer-import panel above the form has no field id).
		const firstField = keys
			.locator('aside.editor')
			.locator('input[id^="f-"], select[id^="f-"]')
			.first();
		await firstField.scrollIntoViewIfNeeded();
		const id = await firstField.getAttribute('id');
		expect(id).toBeTruthy();
		const box = (await firstField.boundingBox())!;
		const clip = { x: box.x - 6, y: box.y - 6, width: box.width + 12, height: box.height + 12 };
		const unfocused = await keys.screenshot({ clip });

		let reached = false;
		// The results (and their downloads) come first in the tab order, then the editor.
		for (let presses = 0; presses < 300 && !reached; presses++) {
			await keys.keyboard.press('Tab');
			reached = await keys.evaluate(`document.activeElement?.id === ${JSON.stringify(id)}`);
		}
		expect(reached, `Tab never reached #${id}`).toBe(true);
		await expect(firstField.evaluate((el) => el.matches(':focus-visible'))).resolves.toBe(true);
		// Focus shows on screen: the field looks different focused than not.
		const focused = await keys.screenshot({ clip });
		expect(focused.equals(unfocused)).toBe(false);

		// Every control of the editor has an accessible name, as Chromium computes it. Closed
		// sections are opened first (their contents are not rendered, so have no name).
		await keys.evaluate(
			`document.querySelectorAll('aside.editor details').forEach((d) => (d.open = true))`
		);
		const cdp = await keys.context().newCDPSession(keys);
		await cdp.send('DOM.enable');
		await cdp.send('Accessibility.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
		const { nodeIds } = await cdp.send('DOM.querySelectorAll', {
			nodeId: root.nodeId,
			selector:
				'aside.editor input, aside.editor select, aside.editor textarea, aside.editor button'
		});
		expect(nodeIds.length).toBeGreaterThan(50);
		const unnamed: string[] = [];
		for (const nodeId of nodeIds) {
			const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
				nodeId,
				fetchRelatives: false
			});
			const name = String(nodes[0]?.name?.value ?? '').trim();
			if (!name) {
				const { node } = await cdp.send('DOM.describeNode', { nodeId });
				const attrs = node.attributes ?? [];
				const idAt = attrs.indexOf('id');
				unnamed.push(`${node.localName}#${idAt >= 0 ? attrs[idAt + 1] : '?'}`);
			}
		}
		await cdp.detach();
		expect(unnamed).toEqual([]);
		await keys.close();
	});

	it('reads out months on a chart by keyboard and by pointer', async () => {
		const page = await openApp('cursor');
		const chart = page.locator(FIRST_CHART_PATHS);
		await chart.focus();
		await page.keyboard.press('End');
		expect(await chart.getAttribute('aria-valuenow')).toBe('60');
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('PageDown');
		expect(await chart.getAttribute('aria-valuenow')).toBe('47');
		expect(await chart.getAttribute('aria-valuetext')).toMatch(/47/);
		const box = (await chart.boundingBox())!;
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.5);
		const hovered = Number(await chart.getAttribute('aria-valuenow'));
		expect(hovered).toBeGreaterThan(20);
		expect(hovered).toBeLessThan(45);
		await page.close();
	});

	it('logged no console errors and no page errors', async () => {
		await page?.close().catch(() => undefined);
		expect(errors).toEqual([]);
	});
});
