/** Order statistics and rank correlation over per-path values. */
import { quantileSorted } from 'd3';
import type { Summary } from './types';

/**
 * Sort a copy of `values` and drop NaN (typed-array sort puts NaN last). Quantiles then come
 * from d3.quantileSorted: linear interpolation between order statistics, as d3.quantile does.
 */
export function sortedFinite(values: Float64Array | Float32Array): Float64Array {
	const sorted = Float64Array.from(values).sort();
	let n = sorted.length;
	while (n > 0 && Number.isNaN(sorted[n - 1]!)) n--;
	return sorted.subarray(0, n);
}

/** Mean (in path order) and quantiles of the finite values. */
export function summarise(values: Float64Array | Float32Array): Summary {
	const sorted = sortedFinite(values);
	let sum = 0;
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i]!;
		if (x === x) {
			sum += x;
			count++;
		}
	}
	return {
		mean: count > 0 ? sum / count : NaN,
		p5: quantileSorted(sorted, 0.05) ?? NaN,
		p25: quantileSorted(sorted, 0.25) ?? NaN,
		p50: quantileSorted(sorted, 0.5) ?? NaN,
		p75: quantileSorted(sorted, 0.75) ?? NaN,
		p95: quantileSorted(sorted, 0.95) ?? NaN
	};
}

/** Ranks 1 … n, ties sharing their average rank (Spearman's convention; d3.rank gives the lowest). */
export function averageRanks(values: Float64Array): Float64Array {
	const n = values.length;
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort((a, b) => values[a]! - values[b]!);
	const ranks = new Float64Array(n);
	for (let i = 0; i < n; ) {
		let j = i;
		while (j + 1 < n && values[order[j + 1]!] === values[order[i]!]) j++;
		const rank = (i + j) / 2 + 1;
		for (let k = i; k <= j; k++) ranks[order[k]!] = rank;
		i = j + 1;
	}
	return ranks;
}

/** Pearson correlation; 0 when either side does not vary. */
export function correlation(x: Float64Array, y: Float64Array): number {
	const n = x.length;
	if (n < 2) return 0;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += x[i]!;
		my += y[i]!;
	}
	mx /= n;
	my /= n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = x[i]! - mx;
		const dy = y[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Spearman's rank correlation. */
export function rankCorrelation(x: Float64Array, y: Float64Array): number {
	return correlation(averageRanks(x), averageRanks(y));
}
