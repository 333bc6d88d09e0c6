import * as Comlink from 'comlink';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultScenario } from '$lib/scenario/presets/default';
import type { Scenario } from '$lib/scenario/types';
import { Accumulator, blockCount, planChunks, runChunk, type ChunkResult } from '$lib/sim/blocks';
import { simulate } from '$lib/sim/run';
import { summarize } from '$lib/sim/summarize';
import type { SimulationResult } from '$lib/sim/types';
import { SimulationState } from '$lib/state/simulation.svelte';
import { transferringApi } from '$lib/workers/endpoint';
import { WorkerPoolRunner, defaultPoolSize } from '$lib/workers/pool';
import {
	InProcessRunner,
	SerializingRunner,
	assignChunks,
	createChunkWorkerApi,
	isAbortError,
	nextChunk,
	type ChunkSpec,
	type ChunkWorkerApi,
	type Progress,
	type RunOptions,
	type Runner
} from '$lib/workers/runner';

/** The default preset, small: 1,200 paths (3 blocks, the last one partial) over 24 months. */
function scenario(seed: string | number = '1'): Scenario {
	return {
		...structuredClone(defaultScenario),
		paths: 1200,
		horizonMonths: 24,
		seed
	} as unknown as Scenario;
}

/** Every typed array inside a value, by property path. */
function typedArrays(value: unknown, path = '$', out: [string, ArrayBufferView][] = []) {
	if (ArrayBuffer.isView(value)) out.push([path, value]);
	else if (value !== null && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) typedArrays(item, `${path}.${key}`, out);
	}
	return out;
}

function bytes(view: ArrayBufferView): Buffer {
	return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

/** Deep equality, and every typed array equal bit for bit. */
function expectIdentical(actual: SimulationResult, expected: SimulationResult): void {
	expect(actual).toStrictEqual(expected);
	const a = typedArrays(actual);
	const e = typedArrays(expected);
	expect(a.map(([path]) => path)).toEqual(e.map(([path]) => path));
	const differing = a.filter(([, view], i) => !bytes(view).equals(bytes(e[i]![1])));
	expect(differing.map(([path]) => path)).toEqual([]);
}

let expected: SimulationResult;
beforeAll(() => {
	expected = simulate(scenario());
});

afterEach(() => {
	vi.useRealTimers();
});

describe('chunk plan', () => {
	it.each([
		[1, 1],
		[500, 2],
		[1200, 2],
		[2501, 4],
		[10_000, 3],
		[10_000, 50]
	])('%i paths in chunks of %i blocks: every block once, in order', (paths, chunkBlocks) => {
		const plan = planChunks(paths, chunkBlocks);
		const blocks = plan.flatMap((c) =>
			Array.from({ length: c.blockCount }, (_, i) => c.firstBlock + i)
		);
		expect(blocks).toEqual(Array.from({ length: blockCount(paths) }, (_, i) => i));
		expect(plan.every((c) => c.blockCount >= 1 && c.blockCount <= chunkBlocks)).toBe(true);
	});

	it('nextChunk gives the first chunk not started, in block order', () => {
		const plan = planChunks(5000, 2);
		expect(nextChunk(plan, new Set())).toBe(0);
		expect(nextChunk(plan, new Set([0, 2]))).toBe(1);
		expect(nextChunk(plan, new Set([0, 1, 2, 3, 4]))).toBeUndefined();
	});

	it('assignChunks pairs free workers with the next chunks, in block order', () => {
		const plan = planChunks(5000, 2);
		const started = new Set([0, 1]);
		expect(assignChunks(plan, started, [3, 0, 5])).toEqual([
			{ worker: 3, chunk: 2 },
			{ worker: 0, chunk: 3 },
			{ worker: 5, chunk: 4 }
		]);
		expect(assignChunks(plan, new Set([0, 1, 2, 3]), [1, 2])).toEqual([{ worker: 1, chunk: 4 }]);
		expect(assignChunks(plan, new Set([0, 1, 2, 3, 4]), [0])).toEqual([]);
		expect(started).toEqual(new Set([0, 1]));
	});

	it('pool size is the core count clamped to 1 … 8', () => {
		expect([undefined, 0, 1, 4, 8, 32, NaN].map((n) => defaultPoolSize(n))).toEqual([
			1, 1, 1, 4, 8, 8, 1
		]);
	});
});

describe('merge order', () => {
	it('any arrival order of chunks gives the same result as block order', () => {
		const s = scenario();
		const chunks = planChunks(s.paths, 1).map((c) => runChunk(s, c.firstBlock, c.blockCount));
		expect(chunks).toHaveLength(3);
		const orders = [
			[0, 1, 2],
			[0, 2, 1],
			[1, 0, 2],
			[1, 2, 0],
			[2, 0, 1],
			[2, 1, 0]
		];
		for (const order of orders) {
			const acc = new Accumulator(s);
			order.forEach((i, k) => {
				acc.add(chunks[i]!);
				expect(acc.done).toBe(k === order.length - 1);
			});
			expectIdentical(summarize(acc), expected);
		}
	});
});

describe.each([
	['InProcessRunner', (chunkBlocks?: number) => new InProcessRunner({ chunkBlocks })],
	['SerializingRunner', (chunkBlocks?: number) => new SerializingRunner({ chunkBlocks })]
])('%s', (_, make: (chunkBlocks?: number) => Runner) => {
	it.each([1, 2, 3])('matches simulate() bit for bit with %i-block chunks', async (chunkBlocks) => {
		const runner = make(chunkBlocks);
		expectIdentical(await runner.run(scenario()), expected);
	});

	it('reports monotone progress: a first picture at 1,000 paths, the final result last', async () => {
		const runner = make();
		const progress: Progress[] = [];
		const result = await runner.run(scenario(), { onProgress: (p) => progress.push(p) });
		const done = progress.map((p) => p.donePaths);
		expect(done).toEqual([...done].sort((a, b) => a - b));
		expect(progress.every((p) => p.totalPaths === 1200)).toBe(true);
		const pictures = progress.filter((p) => p.result);
		expect(pictures[0]!.donePaths).toBe(1000);
		expect(pictures[0]!.result!.paths).toBe(1000);
		expect(progress.at(-1)).toEqual({ donePaths: 1200, totalPaths: 1200, result });
		expect(progress.at(-1)!.result).toBe(result);
	});

	it('shows the first picture after firstPictureBlocks blocks', async () => {
		const progress: Progress[] = [];
		await make(1).run(scenario(), { firstPictureBlocks: 1, onProgress: (p) => progress.push(p) });
		// The count is reported at once; the picture of the same paths follows it.
		expect(progress.map((p) => p.donePaths)).toEqual([500, 500, 1000, 1200]);
		expect(progress[0]!.result).toBeUndefined();
		expect(progress.filter((p) => p.result).map((p) => p.result!.paths)).toEqual([500, 1200]);
	});

	it('bands only the metrics asked for', async () => {
		const result = await make().run(scenario(), { bandMetrics: ['revenue'] });
		const monthly = result.strategies[0]!.monthly;
		expect(Number.isNaN(monthly.revenue.p50[0]!)).toBe(false);
		expect(Array.from(monthly.customers.p50).every(Number.isNaN)).toBe(true);
		expect(monthly.customers.mean).toEqual(expected.strategies[0]!.monthly.customers.mean);
		// Keeping fewer metrics per path changes nothing about the ones kept.
		expect(monthly.revenue).toEqual(expected.strategies[0]!.monthly.revenue);
		expect(result.comparisons).toEqual(expected.comparisons);
	});

	it('aborted run A rejects with an AbortError, the next run B resolves', async () => {
		const runner = make();
		const a = new AbortController();
		const runA = runner.run(scenario('A'), { signal: a.signal });
		a.abort();
		const runB = runner.run(scenario());
		await expect(runA).rejects.toSatisfy(isAbortError);
		expectIdentical(await runB, expected);
	});

	it('a new run supersedes the one in flight (the latest wins)', async () => {
		const runner = make();
		const seen: string[] = [];
		const runA = runner.run(scenario('A'), { onProgress: (p) => seen.push(`A${p.donePaths}`) });
		const runB = runner.run(scenario(), { onProgress: (p) => seen.push(`B${p.donePaths}`) });
		await expect(runA).rejects.toMatchObject({ name: 'AbortError' });
		expectIdentical(await runB, expected);
		expect(seen.filter((s) => s.startsWith('A'))).toEqual([]);
	});

	it('stops reporting once aborted mid-run', async () => {
		const controller = new AbortController();
		const progress: number[] = [];
		const run = make(1).run(scenario(), {
			signal: controller.signal,
			onProgress: (p) => {
				progress.push(p.donePaths);
				controller.abort();
			}
		});
		await expect(run).rejects.toSatisfy(isAbortError);
		expect(progress).toEqual([500]);
	});

	it('rejects at once when the signal is already aborted, and after dispose', async () => {
		const runner = make();
		await expect(runner.run(scenario(), { signal: AbortSignal.abort() })).rejects.toSatisfy(
			isAbortError
		);
		runner.dispose();
		await expect(runner.run(scenario())).rejects.toThrow(/disposed/);
	});
});

describe('failures', () => {
	it('a chunk that throws rejects the run with the reason', async () => {
		class FailingRunner extends InProcessRunner {
			protected compute(s: Scenario, chunk: ChunkSpec): ChunkResult {
				if (chunk.firstBlock > 0) throw new Error('boom');
				return super.compute(s, chunk);
			}
		}
		const progress: number[] = [];
		const run = new FailingRunner({ chunkBlocks: 1 }).run(scenario(), {
			onProgress: (p) => progress.push(p.donePaths)
		});
		await expect(run).rejects.toThrow('The simulation failed: boom');
		expect(progress).toEqual([500]);
	});
});

/**
 * A stand-in for a module worker (Node has none): the worker's API exposed with comlink on one
 * end of a MessageChannel, so requests and responses really are posted, cloned and transferred.
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

describe('WorkerPoolRunner (workers stood in for by message channels)', () => {
	it.each([1, 2, 5])('gives the same result with %i workers', async (size) => {
		const createWorker = vi.fn(() => channelWorker());
		const pool = new WorkerPoolRunner({ size, chunkBlocks: 1, createWorker });
		const progress: number[] = [];
		const result = await pool.run(scenario(), { onProgress: (p) => progress.push(p.donePaths) });
		pool.dispose();
		expectIdentical(result, expected);
		expect(createWorker).toHaveBeenCalledTimes(size);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
		expect(progress.at(-1)).toBe(1200);
	});

	it('computes the final band quantiles on the workers, a share of the matrices each', async () => {
		const apis = [createChunkWorkerApi(), createChunkWorkerApi()];
		const spies = apis.map((api) => vi.spyOn(api, 'summarizeBands'));
		let next = 0;
		const pool = new WorkerPoolRunner({ size: 2, createWorker: () => channelWorker(apis[next++]) });
		const result = await pool.run(scenario());
		pool.dispose();
		expectIdentical(result, expected);
		// Every band matrix (2 strategies × 17 metrics) went to exactly one worker, split evenly.
		const shares = spies.map((spy) => spy.mock.calls.flatMap((call) => call[0]).length);
		expect(shares).toEqual([17, 17]);
	});

	it('the latest run wins: the superseded one rejects, its late chunks are dropped', async () => {
		const pool = new WorkerPoolRunner({ size: 2, createWorker: () => channelWorker() });
		const a = new AbortController();
		const seenA: number[] = [];
		const runA = pool.run(scenario('A'), {
			signal: a.signal,
			onProgress: (p) => seenA.push(p.donePaths)
		});
		a.abort();
		const runB = pool.run(scenario());
		await expect(runA).rejects.toSatisfy(isAbortError);
		expectIdentical(await runB, expected);
		expect(seenA).toEqual([]);
		const runC = pool.run(scenario('C'));
		const runD = pool.run(scenario());
		await expect(runC).rejects.toSatisfy(isAbortError);
		expectIdentical(await runD, expected);
		pool.dispose();
	});

	it('a worker that throws fails the run with the reason and is replaced', async () => {
		const failing: ChunkWorkerApi = {
			runChunk: () => {
				throw new Error('boom');
			}
		};
		const createWorker = vi
			.fn<() => Worker>()
			.mockImplementationOnce(() => channelWorker(failing))
			.mockImplementation(() => channelWorker());
		const pool = new WorkerPoolRunner({ size: 1, createWorker });
		await expect(pool.run(scenario())).rejects.toThrow('A simulation worker failed: boom');
		expect(createWorker).toHaveBeenCalledTimes(2);
		expectIdentical(await pool.run(scenario()), expected);
		pool.dispose();
	});

	it('a worker that dies mid-chunk fails the run instead of hanging', async () => {
		const silent = () => {
			const worker = channelWorker({
				runChunk: () => {
					setTimeout(() => worker.dispatchEvent(new Event('error', { cancelable: true })));
					// Never answers, as a crashed worker would not.
					return new Promise<never>(() => {}) as unknown as ChunkResult;
				}
			});
			return worker;
		};
		const createWorker = vi
			.fn<() => Worker>()
			.mockImplementationOnce(silent)
			.mockImplementation(() => channelWorker());
		const pool = new WorkerPoolRunner({ size: 1, createWorker });
		await expect(pool.run(scenario())).rejects.toThrow(/A simulation worker failed: it crashed/);
		expect(createWorker).toHaveBeenCalledTimes(2);
		expectIdentical(await pool.run(scenario()), expected);
		pool.dispose();
	});

	it('rejects after dispose', async () => {
		const pool = new WorkerPoolRunner({ size: 1, createWorker: () => channelWorker() });
		pool.dispose();
		await expect(pool.run(scenario())).rejects.toThrow(/disposed/);
	});
});

/** A runner the test settles by hand; it ignores its abort signal, like a slow worker would. */
class ManualRunner implements Runner {
	calls: {
		scenario: Scenario;
		options: RunOptions;
		resolve: (r: SimulationResult) => void;
		reject: (e: unknown) => void;
	}[] = [];
	disposed = false;

	run(scenario: Scenario, options: RunOptions = {}): Promise<SimulationResult> {
		return new Promise((resolve, reject) => {
			this.calls.push({ scenario, options, resolve, reject });
		});
	}

	dispose(): void {
		this.disposed = true;
	}
}

function fakeResult(seed: string): SimulationResult {
	return { paths: 1200, seed } as SimulationResult;
}

describe('SimulationState', () => {
	it('with a debounce, folds ten rapid requests into one run ending with the last one’s numbers', async () => {
		vi.useFakeTimers();
		const runner = new InProcessRunner();
		const run = vi.spyOn(runner, 'run');
		const state = new SimulationState(runner, { debounceMs: 150 });
		expect(state.status).toBe('idle');
		for (let i = 1; i <= 10; i++) state.request(scenario(`seed ${i}`));
		expect(state.status).toBe('running');
		await vi.runAllTimersAsync();
		expect(run).toHaveBeenCalledTimes(1);
		expect(state.status).toBe('done');
		expect(state.progress).toEqual({ donePaths: 1200, totalPaths: 1200 });
		expectIdentical(state.result!, simulate(scenario('seed 10')));
	});

	it('by default starts each request at once, cancels the one before, and ends with the last', async () => {
		vi.useFakeTimers();
		const runner = new InProcessRunner();
		const run = vi.spyOn(runner, 'run');
		const state = new SimulationState(runner);
		for (let i = 1; i <= 10; i++) {
			state.request(scenario(`seed ${i}`));
			// The run started in the same turn as its request: no quiet time.
			expect(run).toHaveBeenCalledTimes(i);
		}
		await vi.runAllTimersAsync();
		for (let i = 0; i < 9; i++) {
			await expect(run.mock.results[i]!.value).rejects.toSatisfy(isAbortError);
		}
		expect(state.status).toBe('done');
		expectIdentical(state.result!, simulate(scenario('seed 10')));
		expect(state.elapsedSeconds).toBeGreaterThanOrEqual(0);
	});

	it('cancels the run in flight as soon as a newer request comes', async () => {
		vi.useFakeTimers();
		const runner = new InProcessRunner();
		const state = new SimulationState(runner);
		const run = runner.run.bind(runner);
		const seenA: string[] = [];
		// Request B while A shows its first picture.
		const spy = vi.spyOn(runner, 'run').mockImplementation((s, options = {}) =>
			run(s, {
				...options,
				onProgress: (p) => {
					options.onProgress?.(p);
					if (s.seed !== 'A' || !p.result) return;
					seenA.push(`${p.donePaths} ${state.result?.seed}`);
					state.request(scenario());
				}
			})
		);
		state.request(scenario('A'));
		await vi.runAllTimersAsync();
		expect(spy).toHaveBeenCalledTimes(2);
		await expect(spy.mock.results[0]!.value).rejects.toSatisfy(isAbortError);
		// The page's state asks for its first picture after one block (500 paths).
		expect(seenA).toEqual(['500 A']);
		expect(state.status).toBe('done');
		expectIdentical(state.result!, expected);
	});

	it('passes a plain snapshot, never the caller’s object', async () => {
		vi.useFakeTimers();
		const runner = new ManualRunner();
		const state = new SimulationState(runner);
		const s = scenario();
		state.request(s);
		s.paths = 5;
		await vi.advanceTimersByTimeAsync(150);
		expect(runner.calls[0]!.scenario).not.toBe(s);
		expect(runner.calls[0]!.scenario.paths).toBe(1200);
		expect(structuredClone(runner.calls[0]!.scenario)).toEqual(runner.calls[0]!.scenario);
	});

	it('never lets a stale result overwrite a newer one', async () => {
		vi.useFakeTimers();
		const runner = new ManualRunner();
		const state = new SimulationState(runner);
		state.request(scenario('A'));
		await vi.advanceTimersByTimeAsync(150);
		state.request(scenario('B'));
		await vi.advanceTimersByTimeAsync(150);
		const [a, b] = runner.calls;
		expect(a!.options.signal!.aborted).toBe(true);
		expect(b!.options.signal!.aborted).toBe(false);
		b!.options.onProgress!({ donePaths: 1000, totalPaths: 1200, result: fakeResult('B partial') });
		expect(state.result!.seed).toBe('B partial');
		expect(state.progress).toEqual({ donePaths: 1000, totalPaths: 1200 });
		a!.options.onProgress!({ donePaths: 1200, totalPaths: 1200, result: fakeResult('A') });
		b!.resolve(fakeResult('B'));
		await vi.advanceTimersByTimeAsync(0);
		a!.resolve(fakeResult('A'));
		await vi.advanceTimersByTimeAsync(0);
		expect(state.status).toBe('done');
		expect(state.result!.seed).toBe('B');
	});

	it('on error keeps the last good result; retry re-runs the last scenario', async () => {
		vi.useFakeTimers();
		const runner = new ManualRunner();
		const state = new SimulationState(runner);
		state.request(scenario('A'));
		await vi.advanceTimersByTimeAsync(150);
		runner.calls[0]!.resolve(fakeResult('A'));
		await vi.advanceTimersByTimeAsync(0);
		state.request(scenario('B'));
		await vi.advanceTimersByTimeAsync(150);
		runner.calls[1]!.options.onProgress!({
			donePaths: 1000,
			totalPaths: 1200,
			result: fakeResult('B partial')
		});
		runner.calls[1]!.reject(new Error('A simulation worker failed: boom'));
		await vi.advanceTimersByTimeAsync(0);
		expect(state.status).toBe('error');
		expect(state.error).toBe('A simulation worker failed: boom');
		expect(state.result!.seed).toBe('A');

		state.retry();
		expect(runner.calls).toHaveLength(3);
		expect(runner.calls[2]!.scenario).toEqual(scenario('B'));
		expect(state.status).toBe('running');
		expect(state.error).toBeUndefined();
		runner.calls[2]!.resolve(fakeResult('B'));
		await vi.advanceTimersByTimeAsync(0);
		expect(state.status).toBe('done');
		expect(state.result!.seed).toBe('B');
	});

	it('dispose cancels pending and running work and disposes the runner', async () => {
		vi.useFakeTimers();
		const runner = new ManualRunner();
		const state = new SimulationState(runner, { debounceMs: 150 });
		state.request(scenario('A'));
		await vi.advanceTimersByTimeAsync(150);
		state.request(scenario('B'));
		state.dispose();
		await vi.advanceTimersByTimeAsync(1000);
		expect(runner.calls).toHaveLength(1);
		expect(runner.calls[0]!.options.signal!.aborted).toBe(true);
		expect(runner.disposed).toBe(true);
	});
});
