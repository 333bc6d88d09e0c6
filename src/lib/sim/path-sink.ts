/**
 * A sink that keeps every monthly metric of one path, for analyses that read a path's months
 * (decision analytics) rather than block sums and bands: every metric is banded, with one band
 * path whose rows are views into one array, so `monthly[(strategy · METRIC_COUNT + metric) · T + t]`
 * is the value of month t + 1, overwritten by each `PathModel.run`.
 */
import { layerCount, METRIC_COUNT, TOTAL_COUNT, type PathSink } from './engine';

/** A PathSink whose per-path values are readable after each run. */
export interface OnePathSink extends PathSink {
	/** [strategy][metric][month] of the last path run. */
	readonly monthly: Float64Array;
}

/** A sink for `strategies` strategies over `months` months (sums and layers are scratch). */
export function onePathSink(strategies: number, months: number): OnePathSink {
	const cells = strategies * METRIC_COUNT * months;
	const monthly = new Float64Array(cells);
	return {
		monthly,
		sums: new Float64Array(cells),
		counts: new Float64Array(cells),
		bands: Array.from({ length: strategies * METRIC_COUNT }, (_, row) =>
			monthly.subarray(row * months, (row + 1) * months)
		),
		bandIndex: 0,
		bandSlot: Int32Array.from({ length: METRIC_COUNT }, (_, m) => m),
		bandMetrics: METRIC_COUNT,
		totals: new Float64Array(strategies * TOTAL_COUNT),
		breakEven: new Float64Array(strategies),
		pathStride: 1,
		pathIndex: 0,
		layers: new Float64Array(strategies * 2 * layerCount(months) * months)
	};
}
