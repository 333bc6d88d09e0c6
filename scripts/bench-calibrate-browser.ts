/**
 * Measures, in headless Chromium against the built site, importing a large customer file into
 * the "Import customers" panel: the time from choosing the file to the finished calibration,
 * and the longest main-thread task meanwhile (the page must never freeze).
 *
 *   npx vite build && npx tsx scripts/bench-calibrate-browser.ts [customers] [runs]
 *
 * The file is synthetic (the engine's hazard, 40% one-year contracts), written to a temporary
 * directory. The last line is JSON.
 */
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveBuild, waitForDone } from '../tests/e2e/helpers/browser';
import { syntheticCustomers, telcoCsv } from '../tests/unit/helpers/customers';

const customers = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.argv[3] ?? 3);
const file = join(mkdtempSync(join(tmpdir(), 'cx-calib-')), 'customers.csv');
const params = { matureChurnMonthly: 0.015, earlyChurnMultiplier: 4, earlyChurnDecayMonths: 5 };
writeFileSync(
	file,
	telcoCsv(syntheticCustomers({ customers, params, seed: 'bench', oneYearShare: 0.4 }))
);

// A string, not a function: tsx would add a helper the page lacks (see tests/e2e/helpers/run-log.ts).
const WATCH_LONG_TASKS = `(() => {
	window.__longest = 0;
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
	}).observe({ type: 'longtask' });
})()`;

const server = await serveBuild();
const { context, close } = await launch();
const results: { seconds: number; longestTaskMs: number }[] = [];
// The machine's load, printed beside the figures: long tasks stretch with CPU contention.
console.log(
	`load average ${(await import('node:os'))
		.loadavg()
		.map((x) => x.toFixed(1))
		.join(' ')}`
);
try {
	for (let run = 0; run < runs; run++) {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await waitForDone(page, 120_000);
		await page.locator('details.calibrate > summary').click();
		await page.evaluate(WATCH_LONG_TASKS);
		const start = Date.now();
		await page.locator('details.calibrate input[type=file]').setInputFiles(file);
		await page.waitForSelector('details.calibrate[data-phase="done"]', { timeout: 600_000 });
		const seconds = (Date.now() - start) / 1000;
		await page.waitForTimeout(500); // let the charts' first paint land in the measurement
		const longestTaskMs = (await page.evaluate('window.__longest')) as number;
		results.push({ seconds, longestTaskMs });
		console.log(
			`run ${run + 1}: ${seconds.toFixed(1)} s, longest main-thread task ${longestTaskMs} ms`
		);
		await page.close();
	}
} finally {
	await close();
	await server.close();
}
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(
	JSON.stringify({
		customers,
		bytes: statSync(file).size,
		medianSeconds: median(results.map((r) => r.seconds)),
		medianLongestTaskMs: median(results.map((r) => r.longestTaskMs)),
		maxLongestTaskMs: Math.max(...results.map((r) => r.longestTaskMs))
	})
);
