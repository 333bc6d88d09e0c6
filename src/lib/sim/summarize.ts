/** From merged per-path arrays to the result the CLI prints and the page draws. */
import { bin } from 'd3';
import type { Accumulator } from './blocks';
import { METRIC_COUNT, TOTAL_COUNT } from './engine';
import { averageRanks, columnQuantiles, columnScratchSize, correlation, summarise } from './stats';
import {
	MONTHLY_METRICS,
	TOTALS,
	type Comparison,
	type Histogram,
	type MonthlyMetric,
	type SeriesSummary,
	type SimulationResult,
	type StrategyResult,
	type Summary,
	type Total
} from './types';

export interface SummaryOptions {
	/** Monthly metrics that get quantile bands (all by default); the rest get means only. */
	bandMetrics?: readonly MonthlyMetric[];
	/**
	 * Band quantiles already computed (for example by workers, see bandMatrixSummary), one array
	 * per band matrix of the accumulator: [month][p5 … p95]. Computed here when absent.
	 */
	bandSummaries?: readonly Float64Array[];
	/** Use at most this many paths for the bands (a partial picture's quick look); all by default. */
	bandPathLimit?: number;
}

/**
 * p5 … p95 per month of one band matrix ([band path][month] as row blocks, the first `rows`
 * paths): the unit of work a worker takes for the final summary. Returns [month][5].
 */
export function bandMatrixSummary(
	blocks: readonly Float64Array[],
	rows: number,
	months: number
): Float64Array {
	const out = new Float64Array(5 * months);
	columnQuantiles(blocks, rows, months, new Float64Array(columnScratchSize(rows)), out);
	return out;
}

/** About how many per-path values one step of `summarizeSteps` reads between yields. */
const VALUES_PER_STEP = 150_000;

/** Summarise the paths folded so far (all of them once `acc.done`). */
export function summarize(acc: Accumulator, options: SummaryOptions = {}): SimulationResult {
	const steps = summarizeSteps(acc, options);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same summary in small steps: the generator yields between pieces of work of roughly equal
 * size, so a caller on a UI thread can give the event loop a turn between them. The accumulator
 * must not change until the generator has returned.
 */
export function* summarizeSteps(
	acc: Accumulator,
	options: SummaryOptions = {}
): Generator<void, SimulationResult, void> {
	const { scenario, shape } = acc;
	const T = shape.months;
	const paths = acc.completedPaths;
	const bandPaths = Math.min(acc.completedBandPaths, options.bandPathLimit ?? Infinity);
	const wanted = new Set(options.bandMetrics ?? MONTHLY_METRICS);
	// Position of each metric in the accumulator's band storage (absent: no per-path values).
	const bandSlot = new Map(acc.bandMetrics.map((m, k) => [m, k]));
	const K = acc.bandMetrics.length;
	const columns = shape.strategies * METRIC_COUNT * T;
	const scratch = new Float64Array(options.bandSummaries ? 0 : columnScratchSize(bandPaths));
	const monthsPerStep = Math.max(8, Math.floor(VALUES_PER_STEP / Math.max(1, bandPaths)));
	const strategies: StrategyResult[] = [];
	for (let s = 0; s < scenario.strategies.length; s++) {
		const strategy = scenario.strategies[s]!;
		const monthly = {} as Record<MonthlyMetric, SeriesSummary>;
		for (let m = 0; m < MONTHLY_METRICS.length; m++) {
			const metric = MONTHLY_METRICS[m]!;
			const series: SeriesSummary = {
				mean: new Float64Array(T),
				p5: new Float64Array(T).fill(NaN),
				p25: new Float64Array(T).fill(NaN),
				p50: new Float64Array(T).fill(NaN),
				p75: new Float64Array(T).fill(NaN),
				p95: new Float64Array(T).fill(NaN)
			};
			for (let t = 0; t < T; t++) {
				const c = (s * METRIC_COUNT + m) * T + t;
				const count = acc.monthlySums[columns + c]!;
				series.mean[t] = count > 0 ? acc.monthlySums[c]! / count : NaN;
			}
			monthly[metric] = series;
			const slot = bandSlot.get(m);
			if (!wanted.has(metric) || slot === undefined || bandPaths === 0) continue;
			const j = s * K + slot;
			let band = options.bandSummaries?.[j];
			if (band === undefined) {
				band = new Float64Array(5 * T);
				// A few months per step: a step reads about VALUES_PER_STEP values.
				for (let from = 0; from < T; from += monthsPerStep) {
					const to = Math.min(T, from + monthsPerStep);
					columnQuantiles(acc.bandMatrices[j]!, bandPaths, T, scratch, band, 0, from, to);
					yield;
				}
			}
			for (let t = 0; t < T; t++) {
				series.p5[t] = band[5 * t]!;
				series.p25[t] = band[5 * t + 1]!;
				series.p50[t] = band[5 * t + 2]!;
				series.p75[t] = band[5 * t + 3]!;
				series.p95[t] = band[5 * t + 4]!;
			}
		}
		const totals = {} as Record<Total, Summary>;
		TOTALS.forEach((total, k) => {
			totals[total] = summarise(totalColumn(acc, s, k, paths));
		});
		yield;
		strategies.push({
			id: strategy.id,
			name: strategy.name,
			monthly,
			totals,
			cohorts: cohortLayers(acc, s, paths)
		});
	}

	const npvIndex = TOTALS.indexOf('npv');
	const baselineNpv = totalColumn(acc, 0, npvIndex, paths);
	// Ranks of each input's draws, shared by every comparison (inputs are drawn once per path).
	const parameterRanks: Float64Array[] = [];
	if (scenario.strategies.length > 1) {
		for (let j = 0; j < acc.parameterNames.length; j++) {
			parameterRanks.push(
				averageRanks(acc.parameters.subarray(j * acc.paths, j * acc.paths + paths))
			);
			yield;
		}
	}
	const comparisons: Comparison[] = [];
	for (let s = 1; s < scenario.strategies.length; s++) {
		const npv = totalColumn(acc, s, npvIndex, paths);
		const difference = new Float64Array(paths);
		let higher = 0;
		for (let p = 0; p < paths; p++) {
			difference[p] = npv[p]! - baselineNpv[p]!;
			if (difference[p]! > 0) higher++;
		}
		const npvDifference = summarise(difference);
		let squares = 0;
		for (let p = 0; p < paths; p++) squares += (difference[p]! - npvDifference.mean) ** 2;
		const standardError = paths > 1 ? Math.sqrt(squares / (paths - 1) / paths) : NaN;
		const breakEven = acc.breakEven.subarray(s * acc.paths, s * acc.paths + paths);
		let never = 0;
		for (let p = 0; p < paths; p++) if (Number.isNaN(breakEven[p]!)) never++;
		const differenceRanks = averageRanks(difference);
		yield;
		const sensitivity = acc.parameterNames
			.map((parameter, j) => ({
				parameter,
				rankCorrelation: correlation(parameterRanks[j]!, differenceRanks)
			}))
			.sort((a, b) => Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation));
		comparisons.push({
			strategy: scenario.strategies[s]!.id,
			baseline: scenario.strategies[0]!.id,
			npvDifference,
			probabilityHigherNpv: paths > 0 ? higher / paths : NaN,
			breakEvenMonth: { ...summarise(breakEven), neverShare: paths > 0 ? never / paths : NaN },
			npvDifferenceStandardError: standardError,
			sensitivity,
			npvDifferenceHistogram: histogram(difference)
		});
		yield;
	}

	return {
		schema: 1,
		paths,
		seed: String(scenario.seed),
		horizonMonths: T,
		bandPaths,
		scenario,
		strategies,
		comparisons
	};
}

function histogram(values: Float64Array): Histogram {
	const bins = bin().thresholds(40)(values);
	return {
		x0: Float64Array.from(bins, (b) => b.x0 ?? NaN),
		x1: Float64Array.from(bins, (b) => b.x1 ?? NaN),
		counts: Float64Array.from(bins, (b) => b.length)
	};
}

function totalColumn(acc: Accumulator, s: number, k: number, paths: number): Float64Array {
	const start = (s * TOTAL_COUNT + k) * acc.paths;
	return acc.totals.subarray(start, start + paths);
}

function cohortLayers(acc: Accumulator, s: number, paths: number): StrategyResult['cohorts'] {
	const { layers: Y, months: T } = acc.shape;
	const layer = (kind: number, y: number) => {
		const start = ((s * 2 + kind) * Y + y) * T;
		return acc.layerSums.slice(start, start + T).map((x) => (paths > 0 ? x / paths : NaN));
	};
	const names = Array.from({ length: Y }, (_, y) => (y === 0 ? 'base' : `year ${y}`));
	return {
		layers: names,
		customers: names.map((_, y) => layer(0, y)),
		revenue: names.map((_, y) => layer(1, y))
	};
}
