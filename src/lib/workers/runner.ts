/**
 * The runner interface and the runners that need no worker. A run is split into fixed-size
 * chunks of blocks (planChunks); whoever computes a chunk, the Accumulator folds it in block
 * order, so every runner gives the same numbers for the same scenario.
 */
import type { Scenario } from '../scenario/types';
import {
	Accumulator,
	BLOCK_PATHS,
	chunkBuffers,
	planChunks,
	runChunk,
	type ChunkResult
} from '../sim/blocks';
import { PathModel } from '../sim/engine';
import { bandMatrixSummary, summarizeSteps } from '../sim/summarize';
import type { MonthlyMetric, SimulationResult } from '../sim/types';

/** Blocks per chunk by default: one block of 500 paths (roughly 100–250 ms of engine time for the default scenario), so the first picture and a cancellation come quickly. */
export const DEFAULT_CHUNK_BLOCKS = 1;
/** Blocks folded before the first partial picture is published, by default (1,000 paths). */
export const DEFAULT_FIRST_PICTURE_BLOCKS = 2;
/**
 * Paths whose monthly values feed a partial picture's bands (means and totals use every path
 * folded so far): enough for a faithful early picture, and it keeps the page's thread from
 * re-ranking every path for every picture while the workers need the cores.
 */
export const PARTIAL_BAND_PATHS = 2000;
/** Least wall time, in ms, between two partial pictures. */
export const PICTURE_INTERVAL_MS = 250;

/** How far a run has got; `result` is a summary of the paths folded so far, when one was made. */
export interface Progress {
	/** Paths folded so far (a prefix of the run). */
	donePaths: number;
	/** Paths the run will fold in all. */
	totalPaths: number;
	/** Partial result (or, on the last call, the final one); absent between pictures. */
	result?: SimulationResult;
}

/** Options of one run. */
export interface RunOptions {
	/** Aborting it stops the run; its promise then rejects with an AbortError. */
	signal?: AbortSignal;
	/** Called with monotone donePaths, ending at totalPaths with the final result. */
	onProgress?: (progress: Progress) => void;
	/** Monthly metrics that get quantile bands (all by default): fewer make summaries cheaper. */
	bandMetrics?: readonly MonthlyMetric[];
	/** Blocks to fold before the first partial picture (default DEFAULT_FIRST_PICTURE_BLOCKS). */
	firstPictureBlocks?: number;
}

/**
 * Runs scenarios. One run at a time: starting a run supersedes the one in flight, which rejects
 * with an AbortError (the latest wins).
 */
export interface Runner {
	/** Simulate a plain (snapshotted, cloneable) scenario. */
	run(scenario: Scenario, options?: RunOptions): Promise<SimulationResult>;
	/** Cancel the run in flight and release resources (workers); the runner is unusable after. */
	dispose(): void;
}

/** A contiguous range of blocks, the unit a runner hands out. */
export interface ChunkSpec {
	firstBlock: number;
	blockCount: number;
}

/** The API a simulation worker exposes (and the message format the serialising runner checks). */
export interface ChunkWorkerApi {
	/** Simulate blocks firstBlock … firstBlock + blockCount − 1 of a validated scenario. */
	runChunk(
		scenario: Scenario,
		firstBlock: number,
		blockCount: number,
		bandMetrics?: readonly MonthlyMetric[]
	): ChunkResult;
	/**
	 * p5 … p95 per month of each band matrix ([band path][month], the first `rows` paths): a share
	 * of a run's final summary (see bandMatrixSummary). Returns one [month][5] array per matrix.
	 */
	summarizeBands?(matrices: Float64Array[][], rows: number, months: number): Float64Array[];
}

/**
 * Computes the final band quantiles of a run elsewhere (the pool: on its workers); resolves to
 * one [month][5] array per band matrix, or undefined to have the session compute them itself.
 * The matrices may be transferred away: the session does not read them afterwards.
 */
export type BandSummarizer = (
	matrices: Float64Array[][],
	rows: number,
	months: number
) => Promise<Float64Array[] | undefined>;

/**
 * The worker-side API: runChunk that keeps the PathModel (the per-scenario setup) of the last
 * scenario seen, keyed by its JSON. One entry is enough: a worker serves one run at a time.
 */
export function createChunkWorkerApi(): Required<ChunkWorkerApi> {
	let key = '';
	let model: PathModel | undefined;
	return {
		runChunk(scenario, firstBlock, blockCount, bandMetrics) {
			const json = JSON.stringify(scenario);
			if (model === undefined || json !== key) {
				model = new PathModel(scenario);
				key = json;
			}
			return runChunk(scenario, firstBlock, blockCount, model, bandMetrics);
		},
		summarizeBands(matrices, rows, months) {
			return matrices.map((matrix) => bandMatrixSummary(matrix, rows, months));
		}
	};
}

/** Index of the first chunk of `plan` not yet started (block order), or undefined if none. */
export function nextChunk(
	plan: readonly ChunkSpec[],
	started: ReadonlySet<number>
): number | undefined {
	for (let i = 0; i < plan.length; i++) if (!started.has(i)) return i;
	return undefined;
}

/**
 * Pairs free workers (in the order given) with the next unstarted chunks, in block order: the
 * pool's whole scheduling decision, as a pure function.
 */
export function assignChunks(
	plan: readonly ChunkSpec[],
	started: ReadonlySet<number>,
	freeWorkers: readonly number[]
): { worker: number; chunk: number }[] {
	const taken = new Set(started);
	const assignments: { worker: number; chunk: number }[] = [];
	for (const worker of freeWorkers) {
		const chunk = nextChunk(plan, taken);
		if (chunk === undefined) break;
		taken.add(chunk);
		assignments.push({ worker, chunk });
	}
	return assignments;
}

/** The error a cancelled or superseded run rejects with. */
export function abortError(): DOMException {
	return new DOMException('The simulation run was cancelled', 'AbortError');
}

/** Whether `error` is a cancellation (so not worth showing). */
export function isAbortError(error: unknown): boolean {
	return (error as { name?: unknown } | null)?.name === 'AbortError';
}

/** A readable message for anything thrown. */
export function errorMessage(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/**
 * One run's bookkeeping, shared by every runner: the chunk plan, which chunks have started, the
 * fold, the progressive pictures, cancellation and the promise. Runners only decide who
 * computes which chunk.
 */
export class RunSession {
	/** Distinguishes this run from earlier and later ones (late results check it). */
	readonly id: number;
	/** The plain scenario being simulated. */
	readonly scenario: Scenario;
	/** The chunks, in block order. */
	readonly plan: readonly ChunkSpec[];
	/** Indices of the chunks handed out so far. */
	readonly started = new Set<number>();
	/** Settles once: the final result, an AbortError, or the first failure. */
	readonly promise: Promise<SimulationResult>;
	private readonly accumulator: Accumulator;
	private readonly options: RunOptions;
	/** The metrics whose per-path values the chunks keep (plain data: it crosses to workers). */
	get bandMetrics(): readonly MonthlyMetric[] | undefined {
		return this.options.bandMetrics ? [...this.options.bandMetrics] : undefined;
	}
	private readonly firstPicturePaths: number;
	private resolve!: (result: SimulationResult) => void;
	private reject!: (error: unknown) => void;
	private finished = false;
	private firstPictureShown = false;
	private nextPictureAt = 0;
	private summarizing = false;
	private readonly queued: ChunkResult[] = [];
	private reportedPaths = -1;
	private readonly onAbort = () => this.cancel();
	private readonly summarizeBands: BandSummarizer | undefined;

	/** `summarizeBands`, when given, computes the final band quantiles (the pool's workers). */
	constructor(
		id: number,
		scenario: Scenario,
		options: RunOptions,
		chunkBlocks: number,
		summarizeBands?: BandSummarizer
	) {
		this.id = id;
		this.summarizeBands = summarizeBands;
		this.scenario = scenario;
		this.options = options;
		this.promise = new Promise((resolve, reject) => {
			this.resolve = resolve;
			this.reject = reject;
		});
		// Callers that only cancel need not handle the rejection.
		this.promise.catch(() => {});
		this.plan = planChunks(scenario.paths, chunkBlocks);
		this.accumulator = new Accumulator(scenario, options.bandMetrics);
		const firstBlocks = Math.max(
			1,
			Math.floor(options.firstPictureBlocks ?? DEFAULT_FIRST_PICTURE_BLOCKS)
		);
		this.firstPicturePaths = Math.min(scenario.paths, firstBlocks * BLOCK_PATHS);
		if (options.signal?.aborted) {
			this.cancel();
			return;
		}
		options.signal?.addEventListener('abort', this.onAbort, { once: true });
		if (this.accumulator.done) void this.picture(true);
	}

	/** True once the run has resolved or rejected; nothing more should be dispatched for it. */
	get settled(): boolean {
		return this.finished;
	}

	/**
	 * Fold a computed chunk (any order), report progress, and resolve when all are in. While a
	 * picture is being summarised the accumulator must not change, so chunks wait in a queue.
	 */
	add(chunk: ChunkResult): void {
		if (this.finished) return;
		if (this.summarizing) {
			this.queued.push(chunk);
			return;
		}
		try {
			this.accumulator.add(chunk);
			if (this.accumulator.done) {
				void this.picture(true);
				return;
			}
			const donePaths = this.accumulator.completedPaths;
			if (donePaths === this.reportedPaths) return;
			this.reportedPaths = donePaths;
			// The count first, so progress shows at once; the picture follows in small steps.
			this.options.onProgress?.({ donePaths, totalPaths: this.scenario.paths });
			if (this.pictureDue(donePaths)) void this.picture(false);
		} catch (error) {
			this.fail(error);
		}
	}

	/**
	 * Summarise the folded paths in steps, giving the event loop a turn between them (no long
	 * task on the page's thread), then report the picture — or, when `final`, resolve the run.
	 */
	private async picture(final: boolean): Promise<void> {
		this.summarizing = true;
		const started = performance.now();
		try {
			let bandSummaries: Float64Array[] | undefined;
			if (final && this.summarizeBands) {
				const acc = this.accumulator;
				bandSummaries = await this.summarizeBands(
					acc.bandMatrices,
					acc.completedBandPaths,
					acc.shape.months
				);
				if (this.finished) return;
			}
			const steps = summarizeSteps(this.accumulator, {
				bandMetrics: this.options.bandMetrics,
				bandSummaries,
				bandPathLimit: final ? undefined : PARTIAL_BAND_PATHS
			});
			let step = steps.next();
			while (!step.done) {
				await yieldToEventLoop();
				if (this.finished) return;
				step = steps.next();
			}
			const result = step.value;
			const totalPaths = this.scenario.paths;
			if (final) {
				this.options.onProgress?.({ donePaths: totalPaths, totalPaths, result });
				this.settle();
				this.resolve(result);
				return;
			}
			this.options.onProgress?.({ donePaths: result.paths, totalPaths, result });
			// The page draws the picture in the turns that follow: count one of them in its cost.
			await yieldToEventLoop();
			// At least three times the picture's cost apart, so pictures never starve the workers
			// (on a machine with as many workers as cores they share the cores with this thread).
			const now = performance.now();
			this.nextPictureAt = now + Math.max(PICTURE_INTERVAL_MS, 3 * (now - started));
		} catch (error) {
			this.fail(error);
			return;
		} finally {
			this.summarizing = false;
		}
		for (const chunk of this.queued.splice(0)) this.add(chunk);
	}

	/** Stop the run: it rejects with an AbortError. No-op once settled. */
	cancel(): void {
		this.fail(abortError());
	}

	/** Stop the run with `error` (no-op once settled). */
	fail(error: unknown): void {
		if (this.finished) return;
		this.settle();
		this.reject(error);
	}

	private pictureDue(donePaths: number): boolean {
		if (!this.firstPictureShown) {
			if (donePaths < this.firstPicturePaths) return false;
			this.firstPictureShown = true;
			return true;
		}
		return performance.now() >= this.nextPictureAt;
	}

	private settle(): void {
		this.finished = true;
		this.options.signal?.removeEventListener('abort', this.onAbort);
	}
}

/** Give the event loop a turn (so aborts, timers and rendering get in between chunks). */
function yieldToEventLoop(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve));
}

/** Options shared by the runners. */
export interface RunnerOptions {
	/** Blocks per chunk (the result does not depend on it); default DEFAULT_CHUNK_BLOCKS. */
	chunkBlocks?: number;
}

/** Runs chunks one after another on the calling thread, yielding between them. */
abstract class SequentialRunner implements Runner {
	private readonly chunkBlocks: number;
	private current: RunSession | undefined;
	private runs = 0;
	private disposed = false;

	constructor(options: RunnerOptions = {}) {
		this.chunkBlocks = options.chunkBlocks ?? DEFAULT_CHUNK_BLOCKS;
	}

	/** Compute one chunk for a run. */
	protected abstract compute(
		scenario: Scenario,
		chunk: ChunkSpec,
		bandMetrics?: readonly MonthlyMetric[]
	): ChunkResult;

	run(scenario: Scenario, options: RunOptions = {}): Promise<SimulationResult> {
		this.current?.cancel();
		if (this.disposed) return Promise.reject(new Error('The simulation runner was disposed'));
		let session: RunSession;
		try {
			session = new RunSession(++this.runs, scenario, options, this.chunkBlocks);
		} catch (error) {
			return Promise.reject(error);
		}
		this.current = session;
		void this.drive(session);
		return session.promise;
	}

	dispose(): void {
		this.disposed = true;
		this.current?.cancel();
		this.current = undefined;
	}

	private async drive(session: RunSession): Promise<void> {
		for (;;) {
			await yieldToEventLoop();
			const index = session.settled ? undefined : nextChunk(session.plan, session.started);
			if (index === undefined) return;
			session.started.add(index);
			let chunk: ChunkResult;
			try {
				chunk = this.compute(session.scenario, session.plan[index]!, session.bandMetrics);
			} catch (error) {
				session.fail(new Error(`The simulation failed: ${errorMessage(error)}`, { cause: error }));
				return;
			}
			session.add(chunk);
		}
	}
}

/** Everything on the calling thread, no copies: for tests, the CLI and benchmarks. */
export class InProcessRunner extends SequentialRunner {
	private readonly api = createChunkWorkerApi();

	protected compute(
		scenario: Scenario,
		chunk: ChunkSpec,
		bandMetrics?: readonly MonthlyMetric[]
	): ChunkResult {
		return this.api.runChunk(scenario, chunk.firstBlock, chunk.blockCount, bandMetrics);
	}
}

/**
 * Like InProcessRunner, but every request and response goes through structuredClone (responses
 * with their transfer list), as a worker's messages would: tests the message format and the
 * transfer list without a worker. A reactive proxy in the scenario throws DataCloneError here.
 */
export class SerializingRunner extends SequentialRunner {
	private readonly api = createChunkWorkerApi();

	protected compute(
		scenario: Scenario,
		chunk: ChunkSpec,
		bandMetrics?: readonly MonthlyMetric[]
	): ChunkResult {
		const [plain, firstBlock, blockCount, metrics] = structuredClone([
			scenario,
			chunk.firstBlock,
			chunk.blockCount,
			bandMetrics
		] as const);
		const result = this.api.runChunk(plain, firstBlock, blockCount, metrics);
		return structuredClone(result, { transfer: chunkBuffers(result) });
	}
}
