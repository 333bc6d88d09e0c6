/**
 * The worker watchdog. A worker that dies without an error event (terminated, its process
 * crashed, out of memory) never answers, so without a deadline its chunk — and the run — would
 * wait forever. Each chunk gets a deadline scaled to its work; a chunk that misses it is run
 * again once on a fresh worker with twice the time, and if that misses too the run fails with a
 * WorkerStalledError, which the page reports with a Retry button.
 *
 * The deadline is generous: it must never fire on a slow but healthy device, where a false alarm
 * costs a re-run (and two in a row a failed run). It is the largest of a floor, a fixed budget
 * per path-month of the chunk, and a multiple of the slowest rate seen so far in this pool.
 */
import { BLOCK_PATHS } from '../sim/blocks';
import type { Scenario } from '../scenario/types';

/** Tuning of a ChunkDeadline (defaults in DEFAULT_WATCHDOG). */
export interface WatchdogOptions {
	/** Least time a chunk is given, in ms. */
	minMs: number;
	/** Time allowed per path × strategy × month of the chunk, in ms. */
	msPerPathMonth: number;
	/** Times the slowest rate observed so far (ms per path-month) a chunk may take. */
	slowdownFactor: number;
}

/**
 * 5 s at least; 40 µs per path-month is about 25 times this project's 2-core reference machine
 * (a 500-path, 3-strategy, 60-month chunk gets 5 s; 4 strategies × 240 months, 19 s).
 */
export const DEFAULT_WATCHDOG: WatchdogOptions = {
	minMs: 5_000,
	msPerPathMonth: 0.04,
	slowdownFactor: 10
};

/** The run failed because a worker stopped answering, even after one fresh start. */
export class WorkerStalledError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'WorkerStalledError';
	}
}

/** Whether `error` is a WorkerStalledError (also across realms: by name). */
export function isWorkerStalled(error: unknown): boolean {
	return (error as { name?: unknown } | null)?.name === 'WorkerStalledError';
}

/** Path-months of a chunk: its paths × the scenario's strategies × months. */
export function chunkWork(
	scenario: Scenario,
	chunk: { firstBlock: number; blockCount: number }
): number {
	const first = chunk.firstBlock * BLOCK_PATHS;
	const paths = Math.max(0, Math.min(chunk.blockCount * BLOCK_PATHS, scenario.paths - first));
	return paths * scenario.strategies.length * scenario.horizonMonths;
}

/** Deadlines for chunks, learning from the chunks that finish. */
export class ChunkDeadline {
	readonly #options: WatchdogOptions;
	/** Slowest ms per path-month seen so far. */
	#slowestRate = 0;

	constructor(options: Partial<WatchdogOptions> = {}) {
		this.#options = { ...DEFAULT_WATCHDOG, ...options };
	}

	/** Records that a chunk of `work` path-months took `ms`. */
	observe(work: number, ms: number): void {
		if (work > 0 && ms > 0) this.#slowestRate = Math.max(this.#slowestRate, ms / work);
	}

	/** Milliseconds a chunk of `work` path-months may take; `attempt` 1 (the re-run) gets twice. */
	deadlineMs(work: number, attempt = 0): number {
		const { minMs, msPerPathMonth, slowdownFactor } = this.#options;
		const base = Math.max(minMs, work * msPerPathMonth, work * this.#slowestRate * slowdownFactor);
		return base * 2 ** attempt;
	}
}

/**
 * `promise`, or a rejection with `timeout()` if it has not settled after `ms`. The timer is
 * cleared as soon as the promise settles.
 */
export function withDeadline<T>(promise: Promise<T>, ms: number, timeout: () => Error): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const expired = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(timeout()), ms);
	});
	return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
