/**
 * The worker watchdog: a worker that dies without an error event (terminated, crashed) no longer
 * hangs the run — its chunk runs again on a fresh worker with the same numbers, and a second
 * silence fails the run with a WorkerStalledError that the page reports with Retry.
 */
import * as Comlink from 'comlink';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets/default';
import type { Scenario } from '$lib/scenario/types';
import { simulate } from '$lib/sim/run';
import type { SimulationResult } from '$lib/sim/types';
import { SimulationState } from '$lib/state/simulation.svelte';
import { WorkerPoolRunner } from '$lib/workers/pool';
import { createChunkWorkerApi, type ChunkWorkerApi, type Runner } from '$lib/workers/runner';
import { transferringApi } from '$lib/workers/endpoint';
import {
	ChunkDeadline,
	DEFAULT_WATCHDOG,
	WorkerStalledError,
	chunkWork,
	isWorkerStalled,
	withDeadline
} from '$lib/workers/watchdog';

/** 1,200 paths (3 blocks) over 24 months. */
function scenario(): Scenario {
	return {
		...structuredClone(defaultScenario),
		paths: 1200,
		horizonMonths: 24
	} as unknown as Scenario;
}

/**
 * A stand-in for a module worker: the worker API exposed with comlink on one end of a
 * MessageChannel. `terminate()` closes the channel, so a call in flight is never answered and no
 * error event fires — exactly what a killed worker looks like from the page.
 */
function channelWorker(api: ChunkWorkerApi = createChunkWorkerApi()): Worker {
	const { port1, port2 } = new MessageChannel();
	Comlink.expose(transferringApi(api), port2);
	return Object.assign(port1, {
		terminate() {
			port1.close();
			port2.close();
		}
	}) as unknown as Worker;
}

/** A worker that takes its first chunk and is never heard from again (no error event). */
function vanishingWorker(): Worker {
	const { port1, port2 } = new MessageChannel();
	const never = () => new Promise<never>(() => {});
	Comlink.expose({ runChunk: never, summarizeBands: never }, port2);
	return Object.assign(port1, {
		terminate() {
			port1.close();
			port2.close();
		}
	}) as unknown as Worker;
}

/** Deadlines short enough for a test, long enough for a healthy 500-path chunk here. */
const WATCHDOG = { minMs: 1500, msPerPathMonth: 0, slowdownFactor: 10 };

let expected: SimulationResult;
beforeAll(() => {
	expected = simulate(scenario());
});

describe('chunk deadlines', () => {
	it('are the largest of the floor, the work budget and a multiple of the slowest rate seen', () => {
		const deadline = new ChunkDeadline({ minMs: 1000, msPerPathMonth: 0.01, slowdownFactor: 10 });
		expect(deadline.deadlineMs(50_000)).toBe(1000);
		expect(deadline.deadlineMs(200_000)).toBe(2000);
		deadline.observe(10_000, 50); // 5 µs a path-month: 10 × that is 50 µs
		expect(deadline.deadlineMs(200_000)).toBe(10_000);
		deadline.observe(10_000, 10); // faster chunks do not lower it
		expect(deadline.deadlineMs(200_000)).toBe(10_000);
		expect(deadline.deadlineMs(200_000, 1)).toBe(20_000); // the re-run gets twice the time
	});

	it('default to at least 5 s, and scale with the chunk’s paths, strategies and months', () => {
		const s = scenario();
		const work = chunkWork(s, { firstBlock: 2, blockCount: 1 });
		expect(work).toBe(200 * s.strategies.length * 24); // the last block holds 200 paths
		const big = {
			...s,
			paths: 500,
			horizonMonths: 240,
			strategies: [...s.strategies, ...s.strategies]
		};
		const deadline = new ChunkDeadline();
		expect(deadline.deadlineMs(work)).toBe(DEFAULT_WATCHDOG.minMs);
		expect(deadline.deadlineMs(chunkWork(big, { firstBlock: 0, blockCount: 1 }))).toBeGreaterThan(
			15_000
		);
	});

	it('withDeadline passes a value through and clears its timer, or rejects once late', async () => {
		vi.useFakeTimers();
		try {
			await expect(withDeadline(Promise.resolve(7), 100, () => new Error('late'))).resolves.toBe(7);
			expect(vi.getTimerCount()).toBe(0);
			const never = withDeadline(new Promise(() => {}), 100, () => new WorkerStalledError('late'));
			const check = expect(never).rejects.toSatisfy(isWorkerStalled);
			await vi.advanceTimersByTimeAsync(100);
			await check;
		} finally {
			vi.useRealTimers();
		}
	});
});

describe('WorkerPoolRunner with a worker that dies silently', () => {
	it('re-runs the chunk of a vanished worker on a fresh one: same numbers', async () => {
		const createWorker = vi
			.fn<() => Worker>()
			.mockImplementationOnce(vanishingWorker)
			.mockImplementation(() => channelWorker());
		const pool = new WorkerPoolRunner({ size: 2, createWorker, watchdog: WATCHDOG });
		const result = await pool.run(scenario());
		pool.dispose();
		expect(result).toStrictEqual(expected);
		expect(createWorker).toHaveBeenCalledTimes(3);
	});

	it('survives every worker being terminated mid-run', async () => {
		const workers: Worker[] = [];
		const createWorker = () => {
			const worker = channelWorker();
			workers.push(worker);
			return worker;
		};
		const pool = new WorkerPoolRunner({ size: 2, createWorker, watchdog: WATCHDOG });
		let killed = 0;
		const result = await pool.run(scenario(), {
			onProgress: () => {
				if (killed > 0) return;
				// The first chunk is in; the others are in flight on the two workers.
				for (const worker of workers) worker.terminate();
				killed = workers.length;
			}
		});
		pool.dispose();
		expect(killed).toBe(2);
		expect(workers.length).toBeGreaterThan(2);
		expect(result).toStrictEqual(expected);
	});

	it('fails the run with WorkerStalledError when the fresh worker vanishes too; Retry works', async () => {
		let vanish = true;
		const createWorker = () => (vanish ? vanishingWorker() : channelWorker());
		const pool = new WorkerPoolRunner({ size: 1, createWorker, watchdog: WATCHDOG });
		const state = new SimulationState(pool, { debounceMs: 0 });
		state.request(scenario());
		await vi.waitFor(() => expect(state.status).toBe('error'), { timeout: 10_000 });
		expect(state.stalled).toBe(true);
		expect(state.error).toMatch(/stopped responding \(no answer in 3 s, twice\)/);
		vanish = false;
		state.retry();
		await vi.waitFor(() => expect(state.status).toBe('done'), { timeout: 10_000 });
		expect(state.stalled).toBe(false);
		expect(state.result).toStrictEqual(expected);
		state.dispose();
	});

	it('other failures are not reported as a stalled worker', async () => {
		const runner: Runner = {
			run: () => Promise.reject(new Error('boom')),
			dispose: () => {}
		};
		const state = new SimulationState(runner, { debounceMs: 0 });
		state.request(scenario());
		await vi.waitFor(() => expect(state.status).toBe('error'));
		expect(state.stalled).toBe(false);
		expect(state.error).toBe('boom');
	});
});
