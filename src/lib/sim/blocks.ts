/**
 * Monte Carlo in blocks. A block is BLOCK_PATHS consecutive paths; it is the unit that is summed,
 * so results depend only on (scenario, seed, paths), never on how blocks are grouped into chunks
 * or which worker ran them: per-path values are placed by path index, and per-block sums are
 * folded in block order (MODEL.md section 6). The engine writes every value straight into its
 * place in the chunk (see PathSink): block sums, band columns, totals.
 */
import type { Scenario } from '../scenario/types';
import {
	MAYBE_UNDEFINED_METRICS,
	METRIC_COUNT,
	PathModel,
	TOTAL_COUNT,
	layerCount
} from './engine';
import type { PathSink } from './engine';
import { MONTHLY_METRICS, type MonthlyMetric } from './types';

/** Paths per block. */
export const BLOCK_PATHS = 500;
/**
 * Most monthly values (paths × strategies × metrics × months) kept per path for the bands, in
 * double precision (8 bytes each: 160 MB). The page (8 banded metrics, 2 strategies) keeps
 * every path up to 120 months at 10,000 paths.
 */
export const BAND_VALUE_BUDGET = 20_000_000;
/** Metric indices (MONTHLY_METRICS order) that are always defined: their counts are the paths. */
const ALWAYS_DEFINED = MONTHLY_METRICS.flatMap((metric, m) =>
	(MAYBE_UNDEFINED_METRICS as readonly string[]).includes(metric) ? [] : [m]
);

export function blockCount(paths: number): number {
	return Math.ceil(paths / BLOCK_PATHS);
}

/**
 * How many paths feed the monthly quantile bands: all of them unless that would hold more than
 * BAND_VALUE_BUDGET numbers, then the first ones (a whole number of blocks). Means always use
 * every path.
 */
export function bandPathCount(scenario: Scenario, bandedMetrics = METRIC_COUNT): number {
	const perPath = scenario.strategies.length * Math.max(1, bandedMetrics) * scenario.horizonMonths;
	const fit = Math.floor(BAND_VALUE_BUDGET / perPath);
	if (fit >= scenario.paths) return scenario.paths;
	return Math.max(BLOCK_PATHS, Math.floor(fit / BLOCK_PATHS) * BLOCK_PATHS);
}

/**
 * Indices (in MONTHLY_METRICS order) of the metrics whose per-path values are kept for quantile
 * bands: all of them unless a caller that draws fewer asks for less (it saves memory and time).
 */
export function bandIndices(bandMetrics?: readonly MonthlyMetric[]): number[] {
	if (!bandMetrics) return MONTHLY_METRICS.map((_, m) => m);
	const wanted = new Set(bandMetrics);
	return MONTHLY_METRICS.flatMap((metric, m) => (wanted.has(metric) ? [m] : []));
}

/** The sizes of every array in a chunk or a merged result. */
export interface Shape {
	months: number;
	strategies: number;
	layers: number;
	/** Drawn (PERT) parameters, in plan order. */
	parameters: number;
}

export function shapeOf(scenario: Scenario, model?: PathModel): Shape {
	return {
		months: scenario.horizonMonths,
		strategies: scenario.strategies.length,
		layers: layerCount(scenario.horizonMonths),
		parameters: (model ?? new PathModel(scenario)).plan.drawn.length
	};
}

/** Size of one block's monthly sums: [strategy][metric][month] sums, then the same for counts. */
export function monthlySumSize(shape: Shape): number {
	return 2 * shape.strategies * METRIC_COUNT * shape.months;
}
/** Size of one block's layer sums: [strategy][customers | revenue][layer][month]. */
export function layerSumSize(shape: Shape): number {
	return shape.strategies * 2 * shape.layers * shape.months;
}

/** What a worker sends back for a run of consecutive blocks. All arrays are transferable. */
export interface ChunkResult {
	firstBlock: number;
	blockCount: number;
	firstPath: number;
	pathCount: number;
	/** Paths of this chunk that feed the bands (a prefix of the chunk). */
	bandCount: number;
	/** Metric indices kept per path (see bandIndices), in order. */
	bandMetrics: number[];
	/**
	 * Band rows for quantiles, one array per strategy and banded metric ([strategy][banded metric]
	 * order), each [band path][month]: a path writes its months contiguously, and each array
	 * travels whole (transferred) to wherever its quantiles are computed.
	 */
	bandRows: Float64Array[];
	/** Per block, monthlySumSize numbers, in block order. */
	monthlySums: Float64Array;
	/** Per block, layerSumSize numbers, in block order. */
	layerSums: Float64Array;
	/** [strategy][total][path]. */
	totals: Float64Array;
	/** [strategy][path]: break-even month versus the baseline (NaN: never; strategy 0 unused). */
	breakEven: Float64Array;
	/** [parameter][path]: the drawn value of every PERT input. */
	parameters: Float64Array;
}

/** Simulate blocks firstBlock … firstBlock + count − 1 of a validated scenario. */
export function runChunk(
	scenario: Scenario,
	firstBlock: number,
	count: number,
	model: PathModel = new PathModel(scenario),
	bandMetrics?: readonly MonthlyMetric[]
): ChunkResult {
	const banded = bandIndices(bandMetrics);
	const shape = shapeOf(scenario, model);
	const { months: T, strategies: S } = shape;
	const totalBlocks = blockCount(scenario.paths);
	const blocks = Math.max(0, Math.min(count, totalBlocks - firstBlock));
	const firstPath = firstBlock * BLOCK_PATHS;
	const pathCount = Math.max(0, Math.min(blocks * BLOCK_PATHS, scenario.paths - firstPath));
	const bandCount = Math.max(
		0,
		Math.min(pathCount, bandPathCount(scenario, banded.length) - firstPath)
	);
	const sumSize = monthlySumSize(shape);
	const layerSize = layerSumSize(shape);
	const result: ChunkResult = {
		firstBlock,
		blockCount: blocks,
		firstPath,
		pathCount,
		bandCount,
		bandMetrics: banded,
		bandRows: Array.from({ length: S * banded.length }, () => new Float64Array(bandCount * T)),
		monthlySums: new Float64Array(blocks * sumSize),
		layerSums: new Float64Array(blocks * layerSize),
		totals: new Float64Array(S * TOTAL_COUNT * pathCount),
		breakEven: new Float64Array(S * pathCount),
		parameters: new Float64Array(shape.parameters * pathCount)
	};
	const bandSlot = new Int32Array(METRIC_COUNT).fill(-1);
	banded.forEach((m, k) => (bandSlot[m] = k));
	const sink: PathSink = {
		sums: result.monthlySums.subarray(0, 0),
		counts: result.monthlySums.subarray(0, 0),
		bands: bandCount > 0 ? result.bandRows : null,
		bandIndex: 0,
		bandSlot,
		bandMetrics: banded.length,
		totals: result.totals,
		breakEven: result.breakEven,
		pathStride: pathCount,
		pathIndex: 0,
		layers: result.layerSums.subarray(0, 0)
	};
	const columns = S * METRIC_COUNT * T;
	const drawn = model.plan.drawn;
	for (let block = 0; block < blocks; block++) {
		const sums = block * sumSize;
		sink.sums = result.monthlySums.subarray(sums, sums + columns);
		sink.counts = result.monthlySums.subarray(sums + columns, sums + 2 * columns);
		sink.layers = result.layerSums.subarray(block * layerSize, (block + 1) * layerSize);
		const first = block * BLOCK_PATHS;
		const end = Math.min(pathCount, first + BLOCK_PATHS);
		for (let i = first; i < end; i++) {
			sink.pathIndex = i;
			sink.bandIndex = i;
			if (i === bandCount) sink.bands = null;
			model.run(firstPath + i, sink);
			for (let j = 0; j < drawn.length; j++) {
				result.parameters[j * pathCount + i] = model.values[drawn[j]!.slot]!;
			}
		}
		// Metrics that are always defined count every path of the block.
		for (let s = 0; s < S; s++) {
			for (const m of ALWAYS_DEFINED)
				sink.counts.fill(end - first, (s * METRIC_COUNT + m) * T, (s * METRIC_COUNT + m + 1) * T);
		}
	}
	return result;
}

/** The buffers a ChunkResult holds, for Comlink.transfer. */
export function chunkBuffers(chunk: ChunkResult): ArrayBuffer[] {
	return [
		...chunk.bandRows,
		chunk.monthlySums,
		chunk.layerSums,
		chunk.totals,
		chunk.breakEven,
		chunk.parameters
	].map((array) => array.buffer as ArrayBuffer);
}

/**
 * Releases chunks strictly in block order, whatever order they arrive in: a chunk that comes early
 * waits until the blocks before it are in. Every fold of per-block sums goes through it, so sums
 * are added in one fixed order (results independent of chunking and worker count).
 */
export class BlockOrder<C extends { firstBlock: number; blockCount: number }> {
	#next = 0;
	readonly #pending = new Map<number, C>();
	readonly #fold: (chunk: C) => void;

	constructor(fold: (chunk: C) => void) {
		this.#fold = fold;
	}

	/** The first block not folded yet (blocks 0 … nextBlock − 1 are in). */
	get nextBlock(): number {
		return this.#next;
	}

	add(chunk: C): void {
		this.#pending.set(chunk.firstBlock, chunk);
		for (let next = this.#pending.get(this.#next); next; next = this.#pending.get(this.#next)) {
			this.#pending.delete(this.#next);
			this.#fold(next);
			this.#next += Math.max(1, next.blockCount);
		}
	}
}

/**
 * Gathers chunks in any order into whole-run arrays. Sums are folded strictly in block order,
 * so a chunk that arrives early waits until the blocks before it are in.
 */
export class Accumulator {
	readonly scenario: Scenario;
	readonly shape: Shape;
	readonly paths: number;
	readonly bandPaths: number;
	/** Metric indices kept per path, in order (see bandIndices). */
	readonly bandMetrics: number[];
	/**
	 * Per-path band values, one matrix per strategy and banded metric ([strategy][banded metric]
	 * order), each [band path][month], kept as the chunks' row blocks in block order: folding a
	 * chunk copies nothing, and a share of the matrices can be handed to a worker whole.
	 */
	readonly bandMatrices: Float64Array[][];
	/** Running [strategy][metric][month] sums then counts, over the folded blocks. */
	readonly monthlySums: Float64Array;
	/** Running layer sums over the folded blocks. */
	readonly layerSums: Float64Array;
	/** [strategy][total][path]. */
	readonly totals: Float64Array;
	/** [strategy][path]. */
	readonly breakEven: Float64Array;
	/** [parameter][path]. */
	readonly parameters: Float64Array;
	readonly parameterNames: string[];
	/** Folds chunks in block order, whatever order they arrive in. */
	private readonly order = new BlockOrder<ChunkResult>((chunk) => this.fold(chunk));
	private readonly totalBlocks: number;

	/** `bandMetrics` must match the chunks' (the metrics whose bands will be drawn). */
	constructor(scenario: Scenario, bandMetrics?: readonly MonthlyMetric[]) {
		const model = new PathModel(scenario);
		this.scenario = scenario;
		this.shape = shapeOf(scenario, model);
		this.parameterNames = model.plan.drawn.map((p) => p.path);
		this.paths = scenario.paths;
		this.bandMetrics = bandIndices(bandMetrics);
		this.bandPaths = bandPathCount(scenario, this.bandMetrics.length);
		this.totalBlocks = blockCount(scenario.paths);
		const { strategies: S, parameters } = this.shape;
		this.bandMatrices = Array.from({ length: S * this.bandMetrics.length }, () => []);
		this.monthlySums = new Float64Array(monthlySumSize(this.shape));
		this.layerSums = new Float64Array(layerSumSize(this.shape));
		this.totals = new Float64Array(S * TOTAL_COUNT * this.paths);
		this.breakEven = new Float64Array(S * this.paths);
		this.parameters = new Float64Array(parameters * this.paths);
	}

	/** Paths folded so far: a prefix 0 … completedPaths − 1. */
	get completedPaths(): number {
		return Math.min(this.paths, this.order.nextBlock * BLOCK_PATHS);
	}

	/** Band paths among the folded ones. */
	get completedBandPaths(): number {
		return Math.min(this.bandPaths, this.completedPaths);
	}

	get done(): boolean {
		return this.order.nextBlock >= this.totalBlocks;
	}

	add(chunk: ChunkResult): void {
		this.order.add(chunk);
	}

	private fold(chunk: ChunkResult): void {
		const sumSize = this.monthlySums.length;
		const layerSize = this.layerSums.length;
		for (let b = 0; b < chunk.blockCount; b++) {
			for (let j = 0; j < sumSize; j++) this.monthlySums[j]! += chunk.monthlySums[b * sumSize + j]!;
			for (let j = 0; j < layerSize; j++) this.layerSums[j]! += chunk.layerSums[b * layerSize + j]!;
		}
		const n = chunk.pathCount;
		const place = (target: Float64Array, source: Float64Array, rows: number) => {
			for (let r = 0; r < rows; r++) {
				target.set(source.subarray(r * n, (r + 1) * n), r * this.paths + chunk.firstPath);
			}
		};
		place(this.totals, chunk.totals, this.shape.strategies * TOTAL_COUNT);
		place(this.breakEven, chunk.breakEven, this.shape.strategies);
		place(this.parameters, chunk.parameters, this.shape.parameters);
		const bands = chunk.bandCount;
		if (chunk.bandMetrics.join() !== this.bandMetrics.join()) {
			throw new Error('A chunk kept other metrics for the bands than this run expects.');
		}
		if (bands > 0) this.bandMatrices.forEach((matrix, j) => matrix.push(chunk.bandRows[j]!));
	}

	/** Band path values of strategy s, banded metric k (index into bandMetrics), month index t. */
	bandColumn(s: number, k: number, t: number): Float64Array {
		const T = this.shape.months;
		const column: number[] = [];
		for (const rows of this.bandMatrices[s * this.bandMetrics.length + k]!) {
			for (let p = 0; p < rows.length / T; p++) column.push(rows[p * T + t]!);
		}
		return Float64Array.from(column.slice(0, this.completedBandPaths));
	}
}

/** A run split into chunks of `chunkBlocks` blocks each, in block order. */
export function planChunks(
	paths: number,
	chunkBlocks: number
): { firstBlock: number; blockCount: number }[] {
	const total = blockCount(paths);
	const size = Math.max(1, Math.floor(chunkBlocks));
	const plan: { firstBlock: number; blockCount: number }[] = [];
	for (let first = 0; first < total; first += size) {
		plan.push({ firstBlock: first, blockCount: Math.min(size, total - first) });
	}
	return plan;
}
