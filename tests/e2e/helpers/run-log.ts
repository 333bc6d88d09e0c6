/**
 * A recorder of the page's run, installed in the page: every time the run state, the progress
 * count or the verdict's probability changes, it appends one entry stamped with
 * `performance.now()`. Tests use it to wait for "running, then done" after an edit without racing
 * the 150 ms debounce; the browser benchmark reads its timestamps.
 *
 * The in-page code is a string on purpose: tsx (esbuild, keepNames) rewrites functions passed to
 * `page.evaluate` with a `__name` helper that does not exist in the page.
 */
import type { Page } from 'playwright-core';

/** One observed state of the page. */
export interface RunLogEntry {
	/** performance.now() in the page when the change was seen (a MutationObserver callback). */
	t: number;
	/** `data-run-state` of the root: idle, running, done or error. */
	state: string | null;
	/** Paths folded so far, as the progress bar shows it (null while there is no progress bar). */
	donePaths: number | null;
	/** Paths of the run in all, as the progress bar shows it. */
	totalPaths: number | null;
	/** The first challenger's `data-value` (probability of a higher NPV), or null. */
	probability: string | null;
}

const RECORDER = `(() => {
	if (window.__cxRunLog) return window.__cxRunLog.length;
	const log = [];
	window.__cxRunLog = log;
	const read = () => {
		const root = document.querySelector('[data-run-state]');
		const bar = document.querySelector('progress');
		const verdict = document.querySelector('[data-testid="probability-higher-npv"]');
		return {
			state: root ? root.getAttribute('data-run-state') : null,
			donePaths: bar ? Number(bar.value) : null,
			totalPaths: bar ? Number(bar.max) : null,
			probability: verdict ? verdict.getAttribute('data-value') : null
		};
	};
	let last = '';
	const note = () => {
		const now = performance.now();
		const entry = read();
		const key = JSON.stringify(entry);
		if (key === last) return;
		last = key;
		entry.t = now;
		log.push(entry);
	};
	note();
	new MutationObserver(note).observe(document.body, {
		subtree: true,
		childList: true,
		characterData: true,
		attributes: true,
		attributeFilter: ['data-run-state', 'data-value', 'value', 'max']
	});
	return log.length;
})()`;

/** Installs the recorder (once per document); resolves to the current length of the log. */
export async function installRunLog(page: Page): Promise<number> {
	return page.evaluate(RECORDER);
}

/** The log entries from index `from` on. */
export async function runLog(page: Page, from = 0): Promise<RunLogEntry[]> {
	return page.evaluate(`(window.__cxRunLog || []).slice(${Number(from)})`);
}

/** Current length of the log: pass it to `waitForRerun` before making an edit. */
export async function runLogMark(page: Page): Promise<number> {
	return page.evaluate('(window.__cxRunLog || []).length');
}

/**
 * Waits until, after log index `from`, the page went to `running` and is now `done` (or
 * `error`, which the caller then sees in the state). Resolves to the entries since `from`.
 */
export async function waitForRerun(
	page: Page,
	from: number,
	timeout = 90_000
): Promise<RunLogEntry[]> {
	await page.waitForFunction(
		`(() => {
			const log = window.__cxRunLog || [];
			const since = log.slice(${Number(from)});
			const state = document.querySelector('[data-run-state]')?.getAttribute('data-run-state');
			return since.some((e) => e.state === 'running') && (state === 'done' || state === 'error');
		})()`,
		undefined,
		{ timeout, polling: 50 }
	);
	return runLog(page, from);
}
