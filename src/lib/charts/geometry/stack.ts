/**
 * Layer-cake geometry: the cohort layers (base first, at the bottom) stacked month by month with
 * d3.stack. A NaN layer value (no paths yet) is stacked as 0 so later layers do not vanish.
 */
import { area, stack, stackOffsetNone, stackOrderNone } from 'd3';

/** One stacked layer in data units: bottom `y0[t]` and top `y1[t]` at month t+1. */
export interface StackedLayer {
	/** Position of the layer in the input (0 = base). */
	index: number;
	y0: Float64Array;
	y1: Float64Array;
}

const value = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? v : 0);

/** Stack `layers[layer][month]` (all of length T) bottom-up in input order. */
export function stackLayers(layers: readonly Float64Array[]): StackedLayer[] {
	const T = layers[0]?.length ?? 0;
	const months = Array.from({ length: T }, (_, t) => t);
	const keys = layers.map((_, i) => i);
	const series = stack<number, number>()
		.keys(keys)
		.value((t, k) => value(layers[k]?.[t]))
		.order(stackOrderNone)
		.offset(stackOffsetNone)(months);
	return series.map((s) => ({
		index: s.key,
		y0: Float64Array.from(s, (p) => p[0]),
		y1: Float64Array.from(s, (p) => p[1])
	}));
}

/** Column totals: the sum over layers at each month (NaN counted as 0, as in the stack). */
export function stackTotals(layers: readonly Float64Array[]): Float64Array {
	const T = layers[0]?.length ?? 0;
	const total = new Float64Array(T);
	for (const layer of layers) for (let t = 0; t < T; t++) total[t]! += value(layer[t]);
	return total;
}

/** SVG path of one stacked layer, with `x` mapping month → px and `y` value → px. */
export function layerPath(
	layer: StackedLayer,
	x: (month: number) => number,
	y: (value: number) => number
): string {
	const shape = area<number>()
		.x((t) => x(t + 1))
		.y0((t) => y(layer.y0[t]!))
		.y1((t) => y(layer.y1[t]!));
	return shape(Array.from(layer.y0, (_, t) => t)) ?? '';
}

/** Whether a layer has any customers/revenue at all (empty layers are left out of legends). */
export function layerHasValues(layer: ArrayLike<number>): boolean {
	for (let t = 0; t < layer.length; t++) if (value(layer[t]) !== 0) return true;
	return false;
}
