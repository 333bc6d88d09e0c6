/**
 * Class mode as a trainer runs it, in English and in Vietnamese: the case's own words on every
 * step, keyboard navigation, a prediction recorded (and a bad one refused with a message), kept
 * across a reload, the reveal with the CLI's probability, the debrief marking the closest team,
 * clearing the guesses, and axe with zero violations on every step.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseById } from '../../src/lib/class/cases';
import { presetById, presetScenario } from '../../src/lib/scenario/presets/index';
import { simulate } from '../../src/lib/sim/run';
import { translate } from '../../src/lib/i18n';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';
import { axeViolations } from './helpers/axe';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
const CASE = 'telecom-turnaround';
const script = caseById(CASE)!;
const expectedProbability = String(
	simulate(presetById(CASE)!.scenario).comparisons[0]!.probabilityHigherNpv
);

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

for (const locale of ['en', 'vi'] as const) {
	describe(`class mode in ${locale}`, () => {
		let page: Page;
		const errors: string[] = [];
		const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) =>
			translate(locale, key, params);
		const scenario = presetScenario(presetById(CASE)!, locale);
		const step = () => page.locator('.class-mode').getAttribute('data-step');

		beforeAll(async () => {
			const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
			await context.addInitScript(`localStorage.setItem('cx-sim.locale', '${locale}')`);
			page = await context.newPage();
			page.on('pageerror', (error) => errors.push(error.message));
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('dialog', (dialog) => void dialog.accept());
			await page.goto(`${server.origin}/class#case=${CASE}`);
			await page.locator('.class-mode').waitFor();
		});

		afterAll(async () => {
			await page?.context().close();
		});

		it('opens on the situation, in the language of the interface', async () => {
			await expect(step()).resolves.toBe('situation');
			const text = await page.locator('main').innerText();
			expect(text).toContain(script.situation[0]![locale]);
			expect(text).toContain(presetById(CASE)!.title[locale]);
			expect(await axeViolations(page)).toEqual([]);
		});

		it('goes forward with → and Space, back with ←', async () => {
			await page.keyboard.press('ArrowRight');
			await expect(step()).resolves.toBe('strategies');
			const text = await page.locator('main').innerText();
			for (const strategy of scenario.strategies) expect(text).toContain(strategy.name);
			expect(text).toContain(script.strategies[1]![0]![locale]);
			expect(await axeViolations(page)).toEqual([]);
			await page.keyboard.press('ArrowLeft');
			await expect(step()).resolves.toBe('situation');
			await page.keyboard.press(' ');
			await page.keyboard.press(' ');
			await expect(step()).resolves.toBe('predict');
		});

		it('records a team prediction, refuses an incomplete one, and keeps it across a reload', async () => {
			await page.locator('#class-team').fill('Team A');
			await page.locator('button[type="submit"]').click();
			await expect(page.locator('.predict .error').innerText()).resolves.toBe(
				t('class.needWinner')
			);
			await page.locator('input[name="class-winner"]').nth(1).check();
			await page.locator('#class-advantage').fill('abc');
			await page.locator('button[type="submit"]').click();
			await expect(page.locator('.predict .error').innerText()).resolves.toBe(
				t('class.badAdvantage', { currency: 'VND' })
			);
			// Typing in a field does not move the slides.
			await page.locator('#class-advantage').fill('');
			await page.locator('#class-advantage').press('ArrowRight');
			await expect(step()).resolves.toBe('predict');
			await page.locator('#class-advantage').fill('4');
			await page.locator('select').last().selectOption(String(1e12));
			await page.locator('#class-churn-0').fill('3');
			await page.locator('#class-churn-1').fill(locale === 'vi' ? '0,5' : '0.5');
			await page.locator('button[type="submit"]').click();
			await expect(page.locator('.recorded li').count()).resolves.toBe(1);
			expect(await axeViolations(page)).toEqual([]);
			const stored = JSON.parse(
				(await page.evaluate(`localStorage.getItem('cx-sim.class.${CASE}.predictions')`)) as string
			);
			expect(stored).toEqual([
				{
					team: 'Team A',
					winner: scenario.strategies[1]!.id,
					advantage: 4e12,
					churn: [0.03, 0.005]
				}
			]);
			await page.reload();
			await page.locator('.class-mode').waitFor();
			await page.keyboard.press('End');
			await page.keyboard.press('ArrowLeft');
			await page.keyboard.press('ArrowLeft');
			await expect(step()).resolves.toBe('predict');
			await expect(page.locator('.recorded li').innerText()).resolves.toContain('Team A');
		});

		it('reveals the run with the same probability as the CLI', async () => {
			await page.locator('main').focus();
			await page.keyboard.press('ArrowRight');
			await expect(step()).resolves.toBe('reveal');
			await waitForDone(page);
			await expect(
				page.locator('[data-testid="probability-higher-npv"]').getAttribute('data-value')
			).resolves.toBe(expectedProbability);
			await expect(page.locator('main figure.chart-frame').count()).resolves.toBe(2);
			expect(await axeViolations(page)).toEqual([]);
		});

		it('debriefs: guesses against the run, drivers, the real case and questions', async () => {
			await page.keyboard.press('ArrowRight');
			await expect(step()).resolves.toBe('debrief');
			const row = page.locator('tr[data-team="Team A"]');
			await expect(row.getAttribute('class')).resolves.toContain('closest');
			const text = await page.locator('main').innerText();
			expect(text).toContain(script.reported[0]![locale]);
			expect(text).toContain(script.questions[0]![locale]);
			await expect(page.locator('main .drivers figure').count()).resolves.toBe(1);
			expect(await axeViolations(page)).toEqual([]);
		});

		it('clears the guesses from the screen and from storage', async () => {
			await page.keyboard.press('Home');
			await page.keyboard.press('ArrowRight');
			await page.keyboard.press('ArrowRight');
			await page.locator('[data-action="clear-predictions"]').click();
			await expect(page.locator('.recorded li').count()).resolves.toBe(0);
			await expect(
				page.evaluate(`localStorage.getItem('cx-sim.class.${CASE}.predictions')`)
			).resolves.toBeNull();
			expect(errors).toEqual([]);
		});
	});
}
