/**
 * How the page feels after an edit, measured in headless Chromium on the built site with the
 * default scenario (10,000 paths): `npm run bench:browser [-- --edits N] [--verbose]`.
 *
 * For each edit (a value typed into Experience-led's CX investment and its input event, fired in
 * the page so the edit's own timestamp is exact) it reports
 *   (a) edit → final charts: the root's `data-run-state` turning `done`, with and without the
 *       150 ms debounce (the debounce's end is seen when the progress count resets to 0 as the
 *       run starts; edit + 150 ms is printed too), and the next frame after that;
 *   (b) edit → first progressive picture: the first time the progress count shows more than 0
 *       paths, and the first redraw of a chart (a path's `d`) or change of the verdict;
 *   (c) the main thread's long tasks (PerformanceObserver 'longtask', installed before the edit)
 *       between the edit and the frame after the final result: the longest, and how many.
 * One warm-up edit is not counted. Medians are printed, then one JSON line with everything;
 * `--verbose` also lists each edit's progress updates and long tasks on a timeline.
 */
import { parseArgs } from 'node:util';
import { launchBrowser, serveBuild, waitForDone } from '../tests/e2e/helpers/browser';
import {
	installRunLog,
	runLog,
	runLogMark,
	waitForRerun,
	type RunLogEntry
} from '../tests/e2e/helpers/run-log';

const DEBOUNCE_MS = 150;
const FIELD = 'f-strategies-1-cxInvestmentMonthly';
/** Values typed, in turn (the default is 350,000): each edit changes the scenario. */
const VALUES = [300_000, 380_000, 320_000, 400_000, 340_000, 360_000, 310_000, 390_000, 330_000];

const { values: flags } = parseArgs({
	options: { edits: { type: 'string', default: '5' }, verbose: { type: 'boolean', default: false } }
});
const EDITS = Math.max(1, Math.min(VALUES.length - 1, Number(flags.edits) || 5));

/**
 * In the page: long tasks, chart redraws (`d` changes) and the frame after each `done`.
 * Strings, not functions: tsx's keepNames would add a `__name` helper the page lacks.
 */
const PROBES = `(() => {
	if (window.__cxBench) return;
	const bench = (window.__cxBench = { long: [], redraws: [], painted: [] });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			bench.long.push({ start: entry.startTime, duration: entry.duration });
	}).observe({ type: 'longtask' });
	new MutationObserver(() => bench.redraws.push(performance.now())).observe(
		document.getElementById('results') || document.body,
		{ subtree: true, attributes: true, attributeFilter: ['d'] }
	);
	const root = document.querySelector('[data-run-state]');
	new MutationObserver(() => {
		if (root.getAttribute('data-run-state') !== 'done') return;
		const done = performance.now();
		requestAnimationFrame(() =>
			setTimeout(() => bench.painted.push({ done, t: performance.now() }), 0)
		);
	}).observe(root, { attributes: true, attributeFilter: ['data-run-state'] });
})()`;

/** Types `value` into the field and fires its input event; resolves to the page's timestamp. */
function edit(value: number): string {
	return `(() => {
		const input = document.getElementById(${JSON.stringify(FIELD)});
		input.focus();
		input.value = ${JSON.stringify(String(value))};
		const t = performance.now();
		input.dispatchEvent(new Event('input', { bubbles: true }));
		input.dispatchEvent(new Event('change', { bubbles: true }));
		input.blur();
		return t;
	})()`;
}

interface Sample {
	value: number;
	/** Edit → `done` (final charts in the DOM), ms, debounce included. */
	editToDone: number;
	/** Run start (debounce over, progress reset to 0) → `done`, ms. */
	runToDone: number;
	/** The debounce as seen: edit → run start, ms. */
	debounceSeen: number;
	/** Edit → the frame after `done`, ms. */
	editToPainted: number;
	/** Edit → progress count first above 0 paths, ms. */
	editToFirstProgress: number;
	/** Edit → first chart redraw or verdict change after the run started, ms. */
	editToFirstPicture: number;
	/** Paths in the first progress count above 0. */
	firstProgressPaths: number;
	/** Partial pictures (progress updates with a new verdict value) before the final one. */
	verdictUpdates: number;
	/** Longest main-thread task between the edit and the frame after `done`, ms (0: none). */
	longestTask: number;
	/** Long tasks (over 50 ms) in that window. */
	longTasks: number;
	/** Total time in long tasks in that window, ms. */
	longTaskTotal: number;
	probability: string | null;
}

const round = (x: number) => Math.round(x * 10) / 10;
function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function firstAfter(log: RunLogEntry[], from: number, test: (e: RunLogEntry) => boolean) {
	return log.find((e) => e.t >= from && test(e));
}

async function main(): Promise<void> {
	const server = await serveBuild();
	const browser = await launchBrowser();
	const context = await browser.newContext({
		viewport: { width: 1360, height: 900 },
		locale: 'en-US'
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	try {
		await page.goto(`${server.origin}/`);
		await installRunLog(page);
		await waitForDone(page, 180_000);
		const hardwareConcurrency = await page.evaluate<number>('navigator.hardwareConcurrency');
		const paths = await page.locator('#f-paths').inputValue();
		console.log(
			`Chromium ${browser.version()} · page hardwareConcurrency ${hardwareConcurrency} ` +
				`(worker pool of ${Math.min(8, Math.max(1, hardwareConcurrency))}) · ${paths} paths · ` +
				`${EDITS} edits + 1 warm-up`
		);
		await page.evaluate(PROBES);
		const longTaskSupported = await page.evaluate<boolean>(
			"PerformanceObserver.supportedEntryTypes.includes('longtask')"
		);

		const samples: Sample[] = [];
		for (let i = 0; i <= EDITS; i++) {
			const value = VALUES[i]!;
			await page.waitForTimeout(800); // let the previous run's frames and GC settle
			const mark = await runLogMark(page);
			const before = (await runLog(page, mark - 1))[0]?.probability ?? null;
			const editAt = await page.evaluate<number>(edit(value));
			await waitForRerun(page, mark, 180_000);
			await page.waitForFunction(
				`(window.__cxBench.painted.at(-1)?.done ?? 0) >= ${editAt}`,
				undefined,
				{ timeout: 10_000, polling: 20 }
			);
			const log = await runLog(page, mark);
			const probe = await page.evaluate<{
				long: { start: number; duration: number }[];
				redraws: number[];
				painted: { done: number; t: number }[];
			}>('window.__cxBench');

			const start = firstAfter(log, editAt, (e) => e.state === 'running' && e.donePaths === 0);
			const done = firstAfter(log, editAt, (e) => e.state === 'done');
			const painted = probe.painted.find((p) => p.done >= editAt)!;
			if (!start || !done) throw new Error(`edit ${i}: run start or end not seen`);
			const progress = firstAfter(log, start.t, (e) => (e.donePaths ?? 0) > 0);
			const verdict = firstAfter(log, start.t, (e) => e.probability !== before);
			const redraw = probe.redraws.find((t) => t >= start.t);
			const picture = Math.min(verdict?.t ?? Infinity, redraw ?? Infinity);
			const long = probe.long.filter((e) => e.start + e.duration >= editAt && e.start <= painted.t);
			const sample: Sample = {
				value,
				editToDone: round(done.t - editAt),
				runToDone: round(done.t - start.t),
				debounceSeen: round(start.t - editAt),
				editToPainted: round(painted.t - editAt),
				editToFirstProgress: round((progress?.t ?? done.t) - editAt),
				editToFirstPicture: round((Number.isFinite(picture) ? picture : done.t) - editAt),
				firstProgressPaths: progress?.donePaths ?? 0,
				verdictUpdates: new Set(
					log
						.filter((e) => e.t >= start.t && e.t < done.t && e.probability !== before)
						.map((e) => e.probability)
				).size,
				longestTask: round(Math.max(0, ...long.map((e) => e.duration))),
				longTasks: long.filter((e) => e.duration > 50).length,
				longTaskTotal: round(long.reduce((sum, e) => sum + e.duration, 0)),
				probability: done.probability
			};
			const label = i === 0 ? 'warm-up' : `edit ${i}`;
			console.log(
				`${label.padEnd(8)} CX ${value.toLocaleString('en-US')}: ` +
					`done ${sample.editToDone} ms (run ${sample.runToDone} ms after a ${sample.debounceSeen} ms debounce; ` +
					`painted ${sample.editToPainted} ms) · first progress ${sample.editToFirstProgress} ms ` +
					`(${sample.firstProgressPaths} paths) · first picture ${sample.editToFirstPicture} ms · ` +
					`long tasks ${sample.longTasks}, longest ${sample.longestTask} ms · p=${sample.probability}`
			);
			if (flags.verbose) {
				const at = (t: number) => Math.round(t - editAt);
				const pictures = log
					.filter((e) => e.t >= start.t)
					.map((e) => `${at(e.t)}:${e.state}:${e.donePaths}`);
				console.log(`         states/progress (ms after edit:state:paths) ${pictures.join(' ')}`);
				console.log(
					`         long tasks (start ms after edit +duration) ${long.map((e) => `${at(e.start)}+${Math.round(e.duration)}`).join(' ')}`
				);
			}
			if (i > 0) samples.push(sample);
		}

		const keys = [
			'editToDone',
			'runToDone',
			'debounceSeen',
			'editToPainted',
			'editToFirstProgress',
			'editToFirstPicture',
			'longestTask',
			'longTasks',
			'longTaskTotal'
		] as const;
		const medians = Object.fromEntries(
			keys.map((k) => [k, round(median(samples.map((s) => s[k])))])
		) as Record<(typeof keys)[number], number>;
		console.log('');
		console.log(`medians over ${samples.length} edits (${paths} paths):`);
		console.log(`  (a) edit → final charts (done), incl. debounce   ${medians.editToDone} ms`);
		console.log(
			`      excl. debounce (run start → done)           ${medians.runToDone} ms` +
				` (edit → done − ${DEBOUNCE_MS} ms: ${round(medians.editToDone - DEBOUNCE_MS)} ms;` +
				` debounce as seen ${medians.debounceSeen} ms)`
		);
		console.log(`      edit → frame after done                     ${medians.editToPainted} ms`);
		console.log(
			`  (b) edit → first progress > 0 paths             ${medians.editToFirstProgress} ms`
		);
		console.log(
			`      edit → first picture (chart or verdict)     ${medians.editToFirstPicture} ms`
		);
		console.log(
			`  (c) longest main-thread task                    ${medians.longestTask} ms` +
				` (long tasks > 50 ms per edit: ${medians.longTasks}; ${medians.longTaskTotal} ms in all)` +
				(longTaskSupported ? '' : ' [longtask entries not supported]')
		);
		if (errors.length > 0) console.log(`page errors: ${errors.join(' | ')}`);
		console.log(
			JSON.stringify({
				bench: 'browser',
				chromium: browser.version(),
				hardwareConcurrency,
				paths: Number(paths),
				debounceMs: DEBOUNCE_MS,
				edits: samples.length,
				longTaskSupported,
				medians,
				samples,
				errors
			})
		);
	} finally {
		await browser.close();
		await server.close();
	}
}

main().catch((error: unknown) => {
	console.error(`bench-browser: ${(error as Error)?.stack ?? String(error)}`);
	process.exit(1);
});
