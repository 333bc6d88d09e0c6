/**
 * NPV-difference histogram geometry from the engine's `Histogram` (d3.bin bins [x0, x1)).
 * Bars are contiguous in px; any visual gap between bars is the component's business.
 */
import type { Histogram } from '$lib/sim/types';

/** Which side of zero a bin lies on; `straddle` when zero falls strictly inside it. */
export type BinSign = 'negative' | 'positive' | 'straddle';

/** One bin in data units: [x0, x1) and its path count. */
export interface Bin {
	x0: number;
	x1: number;
	count: number;
	sign: BinSign;
}

/** One bar in px: left edge, right edge, top, height (with the bin it draws). */
export interface HistogramBar extends Bin {
	left: number;
	right: number;
	top: number;
	height: number;
}

/** Sign of the interval [x0, x1) relative to zero. */
export function binSign(x0: number, x1: number): BinSign {
	if (x1 <= 0) return 'negative';
	if (x0 >= 0) return 'positive';
	return 'straddle';
}

/** The histogram's bins with finite edges, in order. */
export function histogramBins(h: Histogram): Bin[] {
	const bins: Bin[] = [];
	for (let i = 0; i < h.counts.length; i++) {
		const x0 = h.x0[i]!;
		const x1 = h.x1[i]!;
		if (!Number.isFinite(x0) || !Number.isFinite(x1)) continue;
		bins.push({ x0, x1, count: h.counts[i]!, sign: binSign(x0, x1) });
	}
	return bins;
}

/** Total path count over the bins. */
export function binTotal(bins: readonly Bin[]): number {
	return bins.reduce((n, b) => n + b.count, 0);
}

/** Value domain of the bins, widened so that zero (no difference) is always on the chart. */
export function binDomain(bins: readonly Bin[]): [number, number] {
	const lo = Math.min(0, ...bins.map((b) => b.x0));
	const hi = Math.max(0, ...bins.map((b) => b.x1));
	return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** Bars in px with `x` mapping value → px and `y` count → px (y(0) is the baseline). */
export function histogramBars(
	bins: readonly Bin[],
	x: (value: number) => number,
	y: (count: number) => number
): HistogramBar[] {
	const base = y(0);
	return bins.map((b) => {
		const top = y(b.count);
		return { ...b, left: x(b.x0), right: x(b.x1), top, height: base - top };
	});
}

/**
 * Share (0…1) of paths above `threshold`, estimated from the bins; a bin that straddles the
 * threshold contributes the part of its count on the upper side, as if uniform inside the bin.
 */
export function shareAbove(bins: readonly Bin[], threshold = 0): number {
	const total = binTotal(bins);
	if (total === 0) return NaN;
	let above = 0;
	for (const b of bins) {
		if (b.x0 >= threshold) above += b.count;
		else if (b.x1 > threshold) above += (b.count * (b.x1 - threshold)) / (b.x1 - b.x0);
	}
	return above / total;
}

/** The bar under `px` (px in the plot area), or undefined between or outside the bars. */
export function barAt(bars: readonly HistogramBar[], px: number): HistogramBar | undefined {
	return bars.find((b) => px >= b.left && px < b.right) ?? bars.find((b) => px === b.right);
}
