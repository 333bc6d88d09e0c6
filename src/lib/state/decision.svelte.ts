/**
 * The decision analytics as the page sees them. They follow the main run: when a run completes,
 * the analytics and the budget frontier of the chosen strategy start on the decision workers;
 * when the scenario changes, they are cancelled (the new run needs the cores) and wait for it.
 */
import type { Scenario } from '../scenario/types';
import type { SimulationResult } from '../sim/types';
import type { DecisionResult } from '../decision/analyse';
import type { FrontierResult } from '../decision/frontier';
import { FRONTIER_STEPS, frontierBudget, type DecisionSpec } from '../decision/crn';
import type { DecisionProgress, DecisionRunner } from '../workers/decision-runner';
import { errorMessage, isAbortError } from '../workers/runner';

/** Where one job stands. */
export type JobStatus = 'waiting' | 'running' | 'done' | 'error';

/** One cancellable job (the analytics, or the frontier) with reactive status and result. */
class Job<R> {
	#status = $state<JobStatus>('waiting');
	#progress = $state<DecisionProgress>({ doneBlocks: 0, totalBlocks: 0, paths: 0 });
	#error = $state<string | undefined>(undefined);
	#result = $state.raw<R | undefined>(undefined);
	#controller: AbortController | undefined;
	#key = '';

	get status(): JobStatus {
		return this.#status;
	}
	get progress(): DecisionProgress {
		return this.#progress;
	}
	get error(): string | undefined {
		return this.#error;
	}
	get result(): R | undefined {
		return this.#result;
	}

	/** Start unless the same key already ran or runs; a newer start cancels the older. */
	start(
		key: string,
		run: (signal: AbortSignal, onProgress: (p: DecisionProgress) => void) => Promise<R>
	) {
		if (key === this.#key && this.#status !== 'error') return;
		this.cancel();
		this.#key = key;
		const controller = (this.#controller = new AbortController());
		this.#status = 'running';
		this.#error = undefined;
		this.#result = undefined;
		run(controller.signal, (p) => {
			if (this.#controller === controller) this.#progress = p;
		}).then(
			(result) => {
				if (this.#controller !== controller) return;
				this.#result = result;
				this.#status = 'done';
			},
			(error: unknown) => {
				if (this.#controller !== controller || isAbortError(error)) return;
				this.#error = errorMessage(error);
				this.#status = 'error';
			}
		);
	}

	/** Stop and forget: the results belonged to a scenario that is no longer shown. */
	cancel(): void {
		this.#controller?.abort();
		this.#controller = undefined;
		this.#key = '';
		this.#status = 'waiting';
		this.#result = undefined;
	}

	/** Run the last job again after an error. */
	retry(): void {
		this.#key = '';
	}
}

export class DecisionState {
	readonly analytics = new Job<DecisionResult>();
	readonly frontier = new Job<FrontierResult>();
	#frontierStrategy = $state(0);
	#frontierSteps = $state<number>(FRONTIER_STEPS.default);
	#scenario = $state.raw<Scenario | undefined>(undefined);
	#strategyIds = '';
	readonly #runner: DecisionRunner;

	constructor(runner: DecisionRunner) {
		this.#runner = runner;
	}

	/** The scenario the analytics explain (that of the last complete run). */
	get scenario(): Scenario | undefined {
		return this.#scenario;
	}
	get frontierStrategy(): number {
		return this.#frontierStrategy;
	}
	get frontierSteps(): number {
		return this.#frontierSteps;
	}

	/** Follow the main run: start on a complete result, cancel while a newer one is running. */
	follow(result: SimulationResult | undefined, complete: boolean): void {
		if (!result || !complete) {
			this.analytics.cancel();
			this.frontier.cancel();
			this.#scenario = undefined;
			return;
		}
		const scenario = result.scenario;
		const key = JSON.stringify(scenario);
		if (this.#scenario === undefined || JSON.stringify(this.#scenario) !== key) {
			const ids = scenario.strategies.map((s) => s.id).join();
			const chosen = scenario.strategies[this.#frontierStrategy];
			// A new strategy list (or a strategy left without budget): the frontier moves to the
			// last strategy with a budget, usually the challenger.
			if (ids !== this.#strategyIds || !chosen || !(frontierBudget(chosen) > 0)) {
				const budgeted = scenario.strategies.flatMap((s, i) => (frontierBudget(s) > 0 ? [i] : []));
				this.#frontierStrategy = budgeted.at(-1) ?? 0;
			}
			this.#strategyIds = ids;
			this.#scenario = scenario;
		}
		this.#start();
	}

	/** Choose the strategy and step count of the frontier (and run it). */
	setFrontier(strategy: number, steps: number): void {
		this.#frontierStrategy = strategy;
		this.#frontierSteps = Math.min(
			FRONTIER_STEPS.max,
			Math.max(FRONTIER_STEPS.min, Math.round(steps))
		);
		this.#start();
	}

	retry(): void {
		this.analytics.retry();
		this.frontier.retry();
		this.#start();
	}

	dispose(): void {
		this.analytics.cancel();
		this.frontier.cancel();
		this.#runner.dispose();
	}

	#start(): void {
		const scenario = this.#scenario;
		if (!scenario) return;
		const key = JSON.stringify(scenario);
		const runner = this.#runner;
		this.analytics.start(key, (signal, onProgress) =>
			runner.run(scenario, { kind: 'decide' }, { signal, onProgress })
		);
		const strategy = this.#frontierStrategy;
		if (!(frontierBudget(scenario.strategies[strategy]!) > 0)) {
			this.frontier.cancel();
			return;
		}
		const spec: DecisionSpec = { kind: 'frontier', strategy, steps: this.#frontierSteps };
		this.frontier.start(
			`${key}|${strategy}|${spec.steps}`,
			(signal, onProgress) =>
				runner.run(scenario, spec, { signal, onProgress }) as Promise<FrontierResult>
		);
	}
}
