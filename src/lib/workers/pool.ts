/**
 * The browser runner: a pool of module workers. Chunks go out in block order to whichever worker
 * is free and are folded in block order, so the result is the same for any pool size.
 */
import * as Comlink from 'comlink';
import type { Scenario } from '../scenario/types';
import type { ChunkResult } from '../sim/blocks';
import type { SimulationResult } from '../sim/types';
import {
	DEFAULT_CHUNK_BLOCKS,
	RunSession,
	assignChunks,
	errorMessage,
	type ChunkWorkerApi,
	type RunOptions,
	type Runner,
	type RunnerOptions
} from './runner';
import {
	ChunkDeadline,
	WorkerStalledError,
	chunkWork,
	isWorkerStalled,
	withDeadline,
	type WatchdogOptions
} from './watchdog';

/** Most workers a pool starts by default (more rarely helps and costs memory). */
export const MAX_POOL_SIZE = 8;

/** Default pool size: the logical core count clamped to 1 … MAX_POOL_SIZE. */
export function defaultPoolSize(
	hardwareConcurrency: number | undefined = globalThis.navigator?.hardwareConcurrency
): number {
	const cores = Math.floor(hardwareConcurrency ?? 1);
	return Number.isFinite(cores) ? Math.min(MAX_POOL_SIZE, Math.max(1, cores)) : 1;
}

/** Options of a WorkerPoolRunner. */
export interface WorkerPoolOptions extends RunnerOptions {
	/** Number of workers (default defaultPoolSize()). */
	size?: number;
	/** Starts one worker (default: the module worker sim.worker.ts). */
	createWorker?: () => Worker;
	/** Deadlines for chunks (see watchdog.ts); the defaults suit the page. */
	watchdog?: Partial<WatchdogOptions>;
}

interface Slot {
	worker: Worker;
	api: Comlink.Remote<Required<ChunkWorkerApi>>;
	/** A chunk is in flight on this worker. */
	busy: boolean;
	/** The worker reported an error while idle: start a fresh one before using it again. */
	broken: boolean;
	/** Rejects the call in flight when the worker dies (comlink would wait forever). */
	died?: (error: Error) => void;
}

function createSimWorker(): Worker {
	return new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
}

/** Runs chunks on a pool of Web Workers; the latest run wins, late results are dropped by run id. */
export class WorkerPoolRunner implements Runner {
	private readonly size: number;
	private readonly chunkBlocks: number;
	private readonly createWorker: () => Worker;
	private readonly deadline: ChunkDeadline;
	private slots: Slot[] = [];
	private current: RunSession | undefined;
	private runs = 0;
	private disposed = false;

	constructor(options: WorkerPoolOptions = {}) {
		this.size = Math.max(1, Math.floor(options.size ?? defaultPoolSize()));
		this.chunkBlocks = options.chunkBlocks ?? DEFAULT_CHUNK_BLOCKS;
		this.createWorker = options.createWorker ?? createSimWorker;
		this.deadline = new ChunkDeadline(options.watchdog);
	}

	run(scenario: Scenario, options: RunOptions = {}): Promise<SimulationResult> {
		this.current?.cancel();
		if (this.disposed) return Promise.reject(new Error('The simulation runner was disposed'));
		let session: RunSession;
		try {
			session = new RunSession(++this.runs, scenario, options, this.chunkBlocks, (m, rows, T) =>
				this.summarizeOnWorkers(m, rows, T)
			);
			// Workers start on the first run, so constructing a runner is free (and SSR-safe).
			while (this.slots.length < this.size) this.slots.push(this.spawn());
		} catch (error) {
			return Promise.reject(error);
		}
		this.current = session;
		this.pump();
		return session.promise;
	}

	dispose(): void {
		this.disposed = true;
		this.current?.cancel();
		this.current = undefined;
		for (const slot of this.slots) slot.worker.terminate();
		this.slots = [];
	}

	/** Hand the current run's next chunks to the free workers. */
	private pump(): void {
		const session = this.current;
		if (session === undefined || session.settled) return;
		const free = this.slots.flatMap((slot, i) => (slot.busy ? [] : [i]));
		for (const { worker, chunk } of assignChunks(session.plan, session.started, free)) {
			this.dispatch(worker, session, chunk);
		}
	}

	/**
	 * Runs chunk `chunkIndex` on the worker at `index`. A chunk that misses its deadline (the
	 * worker died without an error event) runs again on a fresh worker (`attempt` 1); a second
	 * miss fails the run with a WorkerStalledError.
	 */
	private dispatch(index: number, session: RunSession, chunkIndex: number, attempt = 0): void {
		if (this.slots[index]!.broken) this.replace(index);
		const slot = this.slots[index]!;
		const chunk = session.plan[chunkIndex]!;
		session.started.add(chunkIndex);
		slot.busy = true;
		const death = new Promise<never>((_, reject) => (slot.died = reject));
		const call = slot.api.runChunk(
			session.scenario,
			chunk.firstBlock,
			chunk.blockCount,
			session.bandMetrics
		);
		const work = chunkWork(session.scenario, chunk);
		const ms = this.deadline.deadlineMs(work, attempt);
		const started = performance.now();
		withDeadline(
			Promise.race([call, death]),
			ms,
			() =>
				new WorkerStalledError(
					`A simulation worker stopped responding (no answer in ${Math.round(ms / 1000)} s` +
						`${attempt > 0 ? ', twice' : ''}).`
				)
		).then(
			(result: ChunkResult) => {
				this.deadline.observe(work, performance.now() - started);
				slot.busy = false;
				slot.died = undefined;
				// Keep the workers busy before spending main-thread time on the fold.
				this.pump();
				if (session.id === this.current?.id) session.add(result);
			},
			(error: unknown) => {
				const i = this.slots.indexOf(slot);
				if (i >= 0) this.replace(i);
				const current = session.id === this.current?.id && !session.settled;
				if (current && isWorkerStalled(error) && attempt === 0 && i >= 0) {
					this.dispatch(i, session, chunkIndex, 1);
					return;
				}
				if (current) {
					session.fail(
						isWorkerStalled(error)
							? error
							: new Error(`A simulation worker failed: ${errorMessage(error)}`, { cause: error })
					);
				}
				this.pump();
			}
		);
	}

	/**
	 * A run's final band quantiles on the idle workers, a share of the matrices each (moved to
	 * them, not copied), so the page's thread only assembles the result. Undefined when no worker
	 * is idle (the session then computes them itself).
	 */
	private async summarizeOnWorkers(
		matrices: Float64Array[][],
		rows: number,
		months: number
	): Promise<Float64Array[] | undefined> {
		const idle = this.slots.filter((slot) => !slot.busy && !slot.broken);
		if (idle.length === 0 || matrices.length === 0) return undefined;
		const shares = idle.map((_, w) =>
			matrices.flatMap((_, j) => (j % idle.length === w ? [j] : []))
		);
		const out: Float64Array[] = new Array<Float64Array>(matrices.length);
		await Promise.all(
			idle.map(async (slot, w) => {
				const share = shares[w]!;
				if (share.length === 0) return;
				slot.busy = true;
				const death = new Promise<never>((_, reject) => (slot.died = reject));
				const mine = share.map((j) => matrices[j]!);
				try {
					const call = slot.api.summarizeBands(
						Comlink.transfer(
							mine,
							mine.flatMap((blocks) => blocks.map((m) => m.buffer as ArrayBuffer))
						),
						rows,
						months
					);
					// The matrices moved to the worker, so a silent death cannot be retried here:
					// past the deadline the run fails as stalled, and the page offers Retry.
					const ms = this.deadline.deadlineMs(rows * months * mine.length);
					const bands = await withDeadline(
						Promise.race([call, death]),
						ms,
						() =>
							new WorkerStalledError(
								`A simulation worker stopped responding while summarising (no answer in ${Math.round(ms / 1000)} s).`
							)
					);
					share.forEach((j, i) => (out[j] = bands[i]!));
				} catch (error) {
					const i = this.slots.indexOf(slot);
					if (i >= 0) this.replace(i);
					if (isWorkerStalled(error)) throw error;
					throw new Error(`A simulation worker failed: ${errorMessage(error)}`, { cause: error });
				} finally {
					slot.busy = false;
					slot.died = undefined;
				}
			})
		);
		this.pump();
		return out;
	}

	/** Terminate the worker at `index` and start a fresh one in its place. */
	private replace(index: number): void {
		this.slots[index]!.worker.terminate();
		this.slots[index] = this.spawn();
	}

	private spawn(): Slot {
		const worker = this.createWorker();
		const slot: Slot = {
			worker,
			api: Comlink.wrap<Required<ChunkWorkerApi>>(worker),
			busy: false,
			broken: false
		};
		const onFailure = (event: Event) => {
			event.preventDefault();
			const why =
				event.type === 'messageerror'
					? 'a message from it could not be read'
					: (event as ErrorEvent).message || 'it crashed or its script could not be loaded';
			if (slot.died) slot.died(new Error(why));
			else slot.broken = true;
		};
		worker.addEventListener('error', onFailure);
		worker.addEventListener('messageerror', onFailure);
		return slot;
	}
}
