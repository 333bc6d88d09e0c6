/**
 * The page's finish in real Chromium: phone widths without sideways scrolling, the language
 * switch renaming a preset, plain explanations of the metrics on hover and on focus, the skip
 * link and the results coming first in the tab order, the numbers being replaced marked while
 * a run goes, a file of another kind told in plain words, and axe with zero violations with
 * every section and table open, in English and Vietnamese.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { presetById, presetNames } from '../../src/lib/scenario/presets/index';
import { translate } from '../../src/lib/i18n';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';
import { axeViolations } from './helpers/axe';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
const errors: string[] = [];

async function open(
	hash = '',
	options: { width?: number; locale?: 'en' | 'vi' } = {}
): Promise<Page> {
	const context = await browser.newContext({
		viewport: { width: options.width ?? 1360, height: 900 },
		locale: 'en-US'
	});
	if (options.locale) {
		await context.addInitScript(`localStorage.setItem('cx-sim.locale', '${options.locale}')`);
	}
	const page = await context.newPage();
	page.on('close', () => void context.close().catch(() => undefined));
	page.on('pageerror', (error) => errors.push(error.message));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.goto(`${server.origin}/${hash}`);
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
});

describe('phones', () => {
	it('never scroll sideways from 360 to 430 px, in English and Vietnamese', async () => {
		for (const locale of ['en', 'vi'] as const) {
			for (const width of [360, 390, 430]) {
				const page = await open('#preset=telecom-turnaround', { width, locale });
				// With every table and menu open too.
				await page.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
				await page.waitForTimeout(200);
				const sizes = (await page.evaluate(
					`({ scroll: document.documentElement.scrollWidth, view: document.documentElement.clientWidth })`
				)) as { scroll: number; view: number };
				expect(sizes.scroll, `${locale} at ${width} px`).toBeLessThanOrEqual(sizes.view);
				// The tornado fits its box: no chart wider than the page.
				const widest = (await page.evaluate(
					`Math.max(...[...document.querySelectorAll('.results .exportable svg')].map((s) => s.getBoundingClientRect().right))`
				)) as number;
				expect(widest).toBeLessThanOrEqual(width);
				await page.close();
			}
		}
	});
});

describe('language switch', () => {
	it('renames an open preset to the new language and back, keeping its numbers', async () => {
		const page = await open('#preset=acquisition-trap');
		const preset = presetById('acquisition-trap')!;
		const vi = presetNames(preset, 'vi');
		const en = presetNames(preset, 'en');
		const probability = await page
			.locator('[data-testid="probability-higher-npv"]')
			.getAttribute('data-value');
		await page.getByLabel('Language').selectOption('vi');
		await expect
			.poll(() => page.locator('#f-strategies-1-name').inputValue())
			.toBe(vi.strategies[1]);
		await expect(page.locator('#f-name').inputValue()).resolves.toBe(vi.scenario);
		await waitForDone(page);
		const verdict = await page.locator('.verdict .sentence').first().innerText();
		expect(verdict).toContain(vi.strategies[1]);
		for (const name of en.strategies) expect(verdict).not.toContain(name);
		await expect(
			page.locator('[data-testid="probability-higher-npv"]').getAttribute('data-value')
		).resolves.toBe(probability);
		// Still the preset: the menu shows its whole Vietnamese title.
		await expect(page.locator('.picker select').inputValue()).resolves.toBe('acquisition-trap');
		await page.getByLabel('Ngôn ngữ').selectOption('en');
		await expect.poll(() => page.locator('#f-name').inputValue()).toBe(en.scenario);
		await page.close();
	});

	it('keeps a name the visitor typed', async () => {
		const page = await open('#preset=acquisition-trap');
		await page.locator('#f-strategies-0-name').fill('Our current plan');
		await page.locator('#f-strategies-0-name').blur();
		await page.getByLabel('Language').selectOption('vi');
		await expect
			.poll(() => page.locator('#f-strategies-1-name').inputValue())
			.toBe(presetNames(presetById('acquisition-trap')!, 'vi').strategies[1]);
		await expect(page.locator('#f-strategies-0-name').inputValue()).resolves.toBe(
			'Our current plan'
		);
		await page.close();
	});
});

describe('explanations, focus order and run state', () => {
	let page: Page;
	beforeAll(async () => {
		page = await open();
	});

	it('explains a metric on hover and on keyboard focus, and Escape hides it', async () => {
		const payback = page.locator('.verdict .kpis .term').filter({ hasText: 'CAC payback time' });
		const tip = payback.locator('[role="tooltip"]');
		await expect(tip.isVisible()).resolves.toBe(false);
		await payback.hover();
		await expect(tip.isVisible()).resolves.toBe(true);
		await expect(tip.innerText()).resolves.toContain('the winner can have the longer payback');
		await page.mouse.move(0, 0);
		await expect(tip.isVisible()).resolves.toBe(false);
		const button = payback.getByRole('button', { name: 'What does “CAC payback time” mean?' });
		await button.focus();
		await expect(tip.isVisible()).resolves.toBe(true);
		await page.keyboard.press('Escape');
		await expect(tip.isVisible()).resolves.toBe(false);
		// Every term of the issue has its explanation.
		for (const key of [
			'term.npv',
			'term.clvToCac',
			'term.payback',
			'term.replacementRatio',
			'term.paths',
			'term.cacVsBlended',
			'term.nrr',
			'term.rankCorrelation'
		] as const) {
			expect(
				await page
					.locator('.term [role="tooltip"]', { hasText: translate('en', key).slice(0, 40) })
					.count()
			).toBeGreaterThan(0);
		}
	});

	it('skip link first, then the results before any editor field', async () => {
		await page.reload();
		await waitForDone(page);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(`document.activeElement.className`)).resolves.toContain('skip');
		await page.keyboard.press('Enter');
		await expect(page.evaluate(`document.activeElement.id`)).resolves.toBe('results');
		await page.keyboard.press('Tab');
		await expect(page.evaluate(`document.activeElement.getAttribute('data-action')`)).resolves.toBe(
			'print'
		);
		// Without the skip link too: the first result control comes before the first editor field.
		const order = (await page.evaluate(`(() => {
			const all = [...document.querySelectorAll('button, input, select, a[href], [tabindex="0"]')];
			return { print: all.indexOf(document.querySelector('[data-action="print"]')), field: all.indexOf(document.querySelector('#f-name')) };
		})()`)) as { print: number; field: number };
		expect(order.print).toBeLessThan(order.field);
	});

	it('marks the numbers a run will replace, next to the verdict', async () => {
		await page.locator('#f-company-startingCustomers').fill('100001');
		await page.locator('.output.updating').waitFor({ timeout: 10_000 });
		await expect(page.locator('.updating-note').innerText()).resolves.toBe(
			translate('en', 'status.updating')
		);
		const opacity = await page
			.locator('.verdict .kpis td')
			.first()
			.evaluate((td) => Number(getComputedStyle(td).opacity));
		expect(opacity).toBeLessThan(1);
		await waitForDone(page);
		await expect(page.locator('.output.updating').count()).resolves.toBe(0);
		// An invalid field: the last valid results stay, and the note sits above the verdict.
		await page
			.locator('#f-paths')
			.selectOption?.('1000')
			.catch(() => undefined);
		await page.locator('#f-company-startingCustomers').fill('-5');
		const note = page.locator('.status .stale');
		await note.waitFor();
		const gap = (await page.evaluate(`(() => {
			const n = document.querySelector('.status .stale').getBoundingClientRect();
			const v = document.querySelector('.verdict').getBoundingClientRect();
			return v.top - n.bottom;
		})()`)) as number;
		expect(gap).toBeGreaterThanOrEqual(0);
		expect(gap).toBeLessThan(80);
		await page.locator('#f-company-startingCustomers').fill('100000');
		await waitForDone(page);
	});

	it('tells a visitor in plain words that a JSON file of another kind is not a scenario', async () => {
		await page.locator('.share summary').click();
		const [chooser] = await Promise.all([
			page.waitForEvent('filechooser'),
			page.getByRole('button', { name: 'Open file' }).click()
		]);
		await chooser.setFiles({
			name: 'package.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"name":"app","version":"1.0.0"}')
		});
		const notice = page.locator('.notices [role="alert"]');
		await notice.waitFor();
		await expect(notice.innerText()).resolves.toContain(translate('en', 'file.notScenario'));
		await page.getByRole('button', { name: 'Close' }).first().click();
	});

	it('offers every ISO currency, searchable by code and name', async () => {
		const options = (await page.evaluate(
			`[...document.querySelectorAll('#cx-editor-currencies option')].map((o) => o.value + ' ' + o.textContent)`
		)) as string[];
		expect(options.length).toBeGreaterThan(100);
		expect(options.some((o) => o.startsWith('VND ') && /Vietnamese/i.test(o))).toBe(true);
		await expect(page.locator('#f-currency').getAttribute('list')).resolves.toBe(
			'cx-editor-currencies'
		);
	});
});

describe('accessibility', () => {
	it('axe finds nothing with every section and table open, in English and Vietnamese', async () => {
		for (const locale of ['en', 'vi'] as const) {
			const page = await open('', { locale });
			await page.evaluate(`document.querySelectorAll('details').forEach((d) => (d.open = true))`);
			await page.waitForTimeout(300);
			expect(await axeViolations(page), locale).toEqual([]);
			await page.close();
		}
		expect(errors).toEqual([]);
	});
});
