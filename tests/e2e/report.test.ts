/**
 * The report and the downloads in real Chromium: the printed PDF of every preset in English and
 * Vietnamese (at most 8 A4 pages, no controls, nothing wider than the page), and every download
 * against the numbers the CLI's engine computes for the same scenario.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, presetById, presetScenario } from '../../src/lib/scenario/presets/index';
import type { Scenario } from '../../src/lib/scenario/types';
import { fullRun } from '../../src/lib/export/full-run';
import { perPathCsv } from '../../src/lib/export/per-path';
import { resultToJson } from '../../src/lib/sim/json';
import { Accumulator, planChunks, runChunk } from '../../src/lib/sim/blocks';
import { PathModel } from '../../src/lib/sim/engine';
import { summarize } from '../../src/lib/sim/summarize';
import { DRAWN_METRICS } from '../../src/lib/ui/drawn-metrics';
import { launchBrowser, serveBuild, waitForDone } from './helpers/browser';
import { pdfPageCount, printReport } from './helpers/print';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;
const errors: string[] = [];

/** A4 width in CSS px (210 mm at 96 px per inch). */
const A4_WIDTH_PX = (210 / 25.4) * 96;

async function openPreset(id: string, locale: 'en' | 'vi'): Promise<Page> {
	const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
	await context.addInitScript(`localStorage.setItem('cx-sim.locale', '${locale}')`);
	const page = await context.newPage();
	page.on('close', () => void context.close().catch(() => undefined));
	page.on('pageerror', (error) => errors.push(`[${id} ${locale}] ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(`[${id} ${locale}] ${message.text()}`);
	});
	await page.goto(`${server.origin}/#preset=${id}`);
	await waitForDone(page);
	return page;
}

/** A preset's scenario as the page runs it in `locale` (names differ, numbers do not). */
function scenarioOf(id: string, locale: 'en' | 'vi'): Scenario {
	return presetScenario(presetById(id)!, locale);
}

/**
 * Two numbers the same up to the last bits: Chromium's V8 and Node's may round a Math function
 * differently in the last place (seen: means differing at the 16th significant digit).
 */
function close(a: number, b: number): boolean {
	return a === b || Math.abs(a - b) <= 1e-11 * Math.max(Math.abs(a), Math.abs(b));
}

/** Two JSON values equal in structure and text, numbers within `close`. */
function sameJson(a: unknown, b: unknown, path = '$'): string | undefined {
	if (typeof a === 'number' && typeof b === 'number') {
		return close(a, b) ? undefined : `${path}: ${a} vs ${b}`;
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return `${path}: length ${a.length} vs ${b.length}`;
		for (let i = 0; i < a.length; i++) {
			const d = sameJson(a[i], b[i], `${path}[${i}]`);
			if (d) return d;
		}
		return undefined;
	}
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const ka = Object.keys(a);
		const kb = Object.keys(b);
		if (ka.join() !== kb.join()) return `${path}: keys ${ka.join()} vs ${kb.join()}`;
		for (const k of ka) {
			const d = sameJson(
				(a as Record<string, unknown>)[k],
				(b as Record<string, unknown>)[k],
				`${path}.${k}`
			);
			if (d) return d;
		}
		return undefined;
	}
	return a === b ? undefined : `${path}: ${String(a)} vs ${String(b)}`;
}

/** Two CSV texts with the same cells, numbers within `close`. */
function sameCsv(a: string, b: string): string | undefined {
	const rowsA = a.split('\r\n');
	const rowsB = b.split('\r\n');
	if (rowsA.length !== rowsB.length) return `rows ${rowsA.length} vs ${rowsB.length}`;
	for (let r = 0; r < rowsA.length; r++) {
		if (rowsA[r] === rowsB[r]) continue;
		const cellsA = rowsA[r]!.split(',');
		const cellsB = rowsB[r]!.split(',');
		if (cellsA.length !== cellsB.length)
			return `row ${r}: ${cellsA.length} vs ${cellsB.length} cells`;
		for (let c = 0; c < cellsA.length; c++) {
			const x = cellsA[c]!;
			const y = cellsB[c]!;
			if (x !== y && !(x !== '' && y !== '' && close(Number(x), Number(y))))
				return `row ${r} column ${c}: ${x} vs ${y}`;
		}
	}
	return undefined;
}

async function downloaded(page: Page, selector: string): Promise<{ name: string; body: Buffer }> {
	const [download] = (await Promise.all([
		page.waitForEvent('download', { timeout: 120_000 }),
		page.locator(selector).first().click()
	])) as [Download, void];
	const path = await download.path();
	return { name: download.suggestedFilename(), body: readFileSync(path) };
}

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('printed report', () => {
	it(
		'is at most 8 A4 pages for every preset, in English and Vietnamese',
		{ timeout: 900_000 },
		async () => {
			const counts: string[] = [];
			for (const preset of PRESETS) {
				for (const locale of ['en', 'vi'] as const) {
					const page = await openPreset(preset.id, locale);
					const pdf = await printReport(page);
					const pages = pdfPageCount(pdf);
					counts.push(`${preset.id} ${locale}: ${pages}`);
					expect(pages, `${preset.id} ${locale}`).toBeGreaterThanOrEqual(2);
					expect(pages, `${preset.id} ${locale}`).toBeLessThanOrEqual(8);
					// Every page is A4 portrait (595 × 842 points).
					const boxes = pdf.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
					expect(boxes.length).toBeGreaterThan(0);
					for (const box of boxes) {
						const [, , w, h] = box
							.replace(/[^\d.\s]/g, ' ')
							.trim()
							.split(/\s+/)
							.map(Number);
						expect(Math.abs(w! - 595.3)).toBeLessThan(1.5);
						expect(Math.abs(h! - 841.9)).toBeLessThan(1.5);
					}
					await page.close();
				}
			}
			console.log(counts.join('\n'));
			expect(errors).toEqual([]);
		}
	);

	it('prints no control and nothing wider than the page, with the link, QR code and seed', async () => {
		const page = await openPreset('default', 'en');
		await printReport(page);
		await page.setViewportSize({ width: Math.floor(A4_WIDTH_PX), height: 1123 });
		await page.emulateMedia({ media: 'print' });
		const layout = await page.evaluate(`(() => {
			const shown = (el) => {
				const box = el.getBoundingClientRect();
				return getComputedStyle(el).display !== 'none' && box.width > 0 && box.height > 0;
			};
			const controls = [...document.querySelectorAll('button, input, select, textarea, summary, details, [role="menu"]')]
				.filter(shown).map((el) => el.outerHTML.slice(0, 80));
			const widest = Math.max(...[...document.querySelectorAll('body *')].filter(shown)
				.map((el) => el.getBoundingClientRect().right));
			return {
				controls,
				widest,
				scrollWidth: document.documentElement.scrollWidth,
				footer: document.querySelector('.print-footer')?.textContent ?? '',
				qrModules: document.querySelector('[data-testid="report-qr"] path')?.getAttribute('d')?.length ?? 0,
				pageOne: [...document.querySelectorAll('.results > *')].filter(shown).slice(0, 2).map((el) => el.className)
			};
		})()`);
		const result = layout as {
			controls: string[];
			widest: number;
			scrollWidth: number;
			footer: string;
			qrModules: number;
			pageOne: string[];
		};
		expect(result.controls).toEqual([]);
		expect(result.scrollWidth).toBeLessThanOrEqual(Math.ceil(A4_WIDTH_PX));
		expect(result.widest).toBeLessThanOrEqual(A4_WIDTH_PX);
		expect(result.footer).toContain(`${server.origin}/#preset=default`);
		expect(result.footer).toMatch(/Seed: 1/);
		expect(result.qrModules).toBeGreaterThan(100);
		// Page one: the verdict first, then the summary (difference chart and input ranges).
		expect(result.pageOne[0]).toMatch(/verdict/);
		expect(result.pageOne[1]).toMatch(/print-summary/);
		await page.close();
	});
});

describe('downloads', () => {
	let page: Page;
	const scenario = scenarioOf('acquisition-trap', 'en');
	const reference = fullRun(scenario);

	beforeAll(async () => {
		page = await openPreset('acquisition-trap', 'en');
	});

	it("result JSON is the CLI's --json output", async () => {
		const file = await downloaded(page, '[data-action="result-json"]');
		expect(file.name).toBe('Acquisition trap.result.json');
		const text = file.body.toString('utf8');
		// The same keys, order and text as the CLI's file; numbers to the last bits or so.
		const { timing, ...rest } = JSON.parse(text) as { timing: { simulateSeconds: number } };
		expect(timing.simulateSeconds).toBeGreaterThan(0);
		expect(sameJson(rest, resultToJson(reference.result))).toBeUndefined();
		expect(text.length).toBeGreaterThan(100_000);
	});

	it('per-path CSV is every path of the same run', async () => {
		const file = await downloaded(page, '[data-action="paths-csv"]');
		expect(file.name).toBe('Acquisition trap.paths.csv');
		const text = file.body.toString('utf8').replace(/^\uFEFF/, '');
		expect(sameCsv(text, perPathCsv(reference.accumulator))).toBeUndefined();
		expect(text.split('\r\n')).toHaveLength(scenario.paths + 1);
	});

	it("a chart's CSV holds the engine's band values; its PNG and SVG are pictures", async () => {
		// The page bands only the metrics it draws, so its bands may use more paths than a run
		// that bands all 17 (the band memory budget): compare with the engine banding the same.
		const model = new PathModel(scenario);
		const accumulator = new Accumulator(scenario, DRAWN_METRICS);
		for (const { firstBlock, blockCount } of planChunks(scenario.paths, 4)) {
			accumulator.add(runChunk(scenario, firstBlock, blockCount, model, DRAWN_METRICS));
		}
		const cli = summarize(accumulator, { bandMetrics: DRAWN_METRICS });
		const csv = await downloaded(page, '.exportable >> nth=0 >> [data-export="csv"]');
		expect(csv.name).toBe('Monthly revenue.csv');
		const lines = csv.body
			.toString('utf8')
			.replace(/^\uFEFF/, '')
			.split('\r\n');
		expect(lines[0]).toContain('Median (USD a month)');
		const medianColumn = lines[0]!.split(',').findIndex((h) => h.includes('Median'));
		const firstMedians = lines.slice(1).map((line) => Number(line.split(',')[medianColumn]));
		const expected = Array.from(cli.strategies[0]!.monthly.revenue.p50);
		expect(firstMedians).toHaveLength(expected.length);
		firstMedians.forEach((x, m) => expect(close(x, expected[m]!), `month ${m + 1}`).toBe(true));

		const png = await downloaded(page, '[data-export="png"]');
		expect(png.name).toBe('Monthly revenue.png');
		expect(png.body.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect(png.body.readUInt32BE(16)).toBeGreaterThan(400); // width in device pixels

		const svg = await downloaded(page, '[data-export="svg"]');
		const text = svg.body.toString('utf8');
		expect(text).toMatch(/^<\?xml/);
		expect(text).toContain('Monthly revenue');
		expect(text).toContain(scenario.strategies[0]!.name);
		expect((text.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(6);
		expect(errors).toEqual([]);
	});
});
