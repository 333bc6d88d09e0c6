/** Screenshots of every class-mode step: `npx tsx scripts/class-preview.ts <out-prefix> [case] [en|vi]`. */
import { serveBuild, launch, watchErrors, waitForDone } from '../tests/e2e/helpers/browser';

const out = process.argv[2] ?? '/tmp/class';
const id = process.argv[3] ?? 'telecom-turnaround';
const language = process.argv[4] ?? 'en';
const server = await serveBuild();
const { context, close } = await launch();
await context.addInitScript((lang) => localStorage.setItem('cx-sim.locale', lang), language);
const page = await context.newPage();
await page.setViewportSize({ width: 1440, height: 900 });
const errors = watchErrors(page);
await page.goto(`${server.origin}/class#case=${id}`);
await waitForDone(page, 120_000);
for (let step = 1; step <= 5; step++) {
	if (step === 3) {
		await page.locator('#class-team').fill('Team A');
		await page.locator('input[name="class-winner"]').nth(1).check();
		await page.locator('#class-advantage').fill('2');
		await page.locator('#class-churn-0').fill('3');
		await page.locator('#class-churn-1').fill('1');
		await page.locator('button[type="submit"]').click();
		await page.locator('main').focus();
	}
	await page.waitForTimeout(300);
	await page.screenshot({ path: `${out}-${step}.png` });
	await page.keyboard.press('ArrowRight');
}
console.log('errors', errors);
await close();
await server.close();
