/**
 * The simulation as the page sees it: the latest result, how far the run in flight has got, how
 * long the last run took, and what went wrong. A request starts its run at once (optionally
 * after a quiet time); a newer request cancels the older run, whose late results are dropped.
 */
import type { Scenario } from '../scenario/types';
import type { MonthlyMetric, SimulationResult } from '../sim/types';
import { errorMessage, isAbortError, type Runner } from '../workers/runner';
import {
	assertFiniteResult,
	findNonFinite,
	NonFiniteResultError,
	type NonFiniteValue
} from '../sim/finite';
import { isWorkerStalled } from '../workers/watchdog';

/**
 * The page's first picture comes from the first block a worker returns (500 paths): it shows
 * about one block's engine time after an edit instead of waiting for a block from each worker.
 */
const PAGE_FIRST_PICTURE_BLOCKS = 1;

/** Where the simulation stands. */
export type SimulationStatus = 'idle' | 'running' | 'done' | 'error';

/** Options of a SimulationState. */
export interface SimulationStateOptions {
	/**
	 * Quiet time, in ms, after the last request before a run starts. Default 0: every request
	 * starts at once and cancels the run before it, so an edit shows its first picture as soon
	 * as the workers have one, and the last of several rapid edits still wins.
	 */
	debounceMs?: number;
	/** Monthly metrics the page draws bands for (all by default); fewer make pictures cheaper. */
	bandMetrics?: readonly MonthlyMetric[];
}

/** Runs the latest requested scenario on a Runner and exposes the result reactively. */
export class SimulationState {
	#status = $state<SimulationStatus>('idle');
	#donePaths = $state(0);
	#totalPaths = $state(0);
	#error = $state<string | undefined>(undefined);
	#nonFinite = $state.raw<NonFiniteValue | undefined>(undefined);
	#stalled = $state(false);
	/** Replaced whole (partial pictures, then the final result); never made deeply reactive. */
	#result = $state.raw<SimulationResult | undefined>(undefined);
	/** Wall time of the last run that completed, in seconds (request to final result). */
	#elapsedSeconds = $state<number | undefined>(undefined);

	readonly #runner: Runner;
	readonly #debounceMs: number;
	readonly #bandMetrics: readonly MonthlyMetric[] | undefined;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#controller: AbortController | undefined;
	#runId = 0;
	#lastScenario: Scenario | undefined;
	/** The last result of a run that completed, restored when a later run fails. */
	#lastComplete: SimulationResult | undefined;

	constructor(runner: Runner, options: SimulationStateOptions = {}) {
		this.#runner = runner;
		this.#debounceMs = options.debounceMs ?? 0;
		this.#bandMetrics = options.bandMetrics;
	}

	/** 'idle' before the first request, 'running' from a request until its run settles. */
	get status(): SimulationStatus {
		return this.#status;
	}

	/** Paths folded so far and in all, for the run in flight (or the last one). */
	get progress(): { donePaths: number; totalPaths: number } {
		return { donePaths: this.#donePaths, totalPaths: this.#totalPaths };
	}

	/** Why the last run failed (status 'error'), else undefined. */
	get error(): string | undefined {
		return this.#error;
	}

	/** Where the last run's result held an impossible value (status 'error'), else undefined. */
	get nonFinite(): NonFiniteValue | undefined {
		return this.#nonFinite;
	}

	/** True when the last run failed because a worker stopped answering (see watchdog.ts). */
	get stalled(): boolean {
		return this.#stalled;
	}

	/** The latest picture: partial while running (result.paths < totalPaths), else final. */
	get result(): SimulationResult | undefined {
		return this.#result;
	}

	/** How long the run of the current final result took, in seconds (undefined while none). */
	get elapsedSeconds(): number | undefined {
		return this.#elapsedSeconds;
	}

	/** Simulate `scenario` (after debounceMs, if set); supersedes earlier requests. */
	request(scenario: Scenario): void {
		// A reactive proxy cannot be cloned into a worker; keep a plain copy.
		this.#lastScenario = $state.snapshot(scenario) as Scenario;
		// The run in flight is already out of date: free the workers during the debounce.
		this.#cancel();
		this.#status = 'running';
		this.#error = undefined;
		this.#nonFinite = undefined;
		this.#stalled = false;
		clearTimeout(this.#timer);
		const plain = this.#lastScenario;
		if (this.#debounceMs > 0) {
			this.#timer = setTimeout(() => void this.#start(plain), this.#debounceMs);
		} else void this.#start(plain);
	}

	/** Run the last requested scenario again, now. */
	retry(): void {
		if (this.#lastScenario === undefined) return;
		clearTimeout(this.#timer);
		void this.#start(this.#lastScenario);
	}

	/** Cancel pending and running work and release the runner. */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#cancel();
		this.#runner.dispose();
	}

	/** Abort the run in flight; its late progress and result are dropped by the run id. */
	#cancel(): void {
		this.#runId++;
		this.#controller?.abort();
		this.#controller = undefined;
	}

	async #start(scenario: Scenario): Promise<void> {
		this.#cancel();
		const controller = new AbortController();
		this.#controller = controller;
		const id = this.#runId;
		const started = performance.now();
		this.#status = 'running';
		this.#error = undefined;
		this.#nonFinite = undefined;
		this.#stalled = false;
		this.#donePaths = 0;
		this.#totalPaths = scenario.paths;
		try {
			const result = await this.#runner.run(scenario, {
				signal: controller.signal,
				bandMetrics: this.#bandMetrics,
				firstPictureBlocks: PAGE_FIRST_PICTURE_BLOCKS,
				onProgress: (progress) => {
					if (id !== this.#runId) return;
					this.#donePaths = progress.donePaths;
					this.#totalPaths = progress.totalPaths;
					// A picture with an impossible number is not shown; the final check reports it.
					if (progress.result && !findNonFinite(progress.result)) this.#result = progress.result;
				}
			});
			if (id !== this.#runId) return;
			this.#result = this.#lastComplete = assertFiniteResult(result);
			this.#elapsedSeconds = (performance.now() - started) / 1000;
			this.#donePaths = this.#totalPaths = result.paths;
			this.#status = 'done';
		} catch (error) {
			if (id !== this.#runId) return;
			if (isAbortError(error)) {
				// Cancelled by someone else sharing the runner: nothing newer is coming.
				this.#result = this.#lastComplete;
				this.#status = this.#lastComplete ? 'done' : 'idle';
				return;
			}
			this.#result = this.#lastComplete;
			this.#error = errorMessage(error);
			this.#nonFinite = error instanceof NonFiniteResultError ? error.finding : undefined;
			this.#stalled = isWorkerStalled(error);
			this.#status = 'error';
		}
	}
}
