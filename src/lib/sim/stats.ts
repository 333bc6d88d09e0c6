/**
 * Order statistics and rank correlation over per-path values. Quantiles follow d3.quantile
 * (linear interpolation between order statistics, R-7); the per-month bands use an in-place
 * nested quickselect instead of a full sort because a summary takes thousands of them.
 */
import type { Summary } from './types';

/** Mean (in path order) and quantiles of the finite values. */
export function summarise(values: Float64Array | Float32Array): Summary {
	let sum = 0;
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i]!;
		if (x === x) {
			sum += x;
			count++;
		}
	}
	const band = new Float64Array(5);
	bandQuantiles(values, new Float64Array(values.length), band);
	return {
		mean: count > 0 ? sum / count : NaN,
		p5: band[0]!,
		p25: band[1]!,
		p50: band[2]!,
		p75: band[3]!,
		p95: band[4]!
	};
}

/** Ranks 1 … n, ties sharing their average rank (Spearman's convention; d3.rank gives the lowest). */
export function averageRanks(values: Float64Array): Float64Array {
	const n = values.length;
	const order = new Uint32Array(n);
	for (let i = 0; i < n; i++) order[i] = i;
	order.sort((a, b) => values[a]! - values[b]!);
	const ranks = new Float64Array(n);
	for (let i = 0; i < n;) {
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

const BAND_PROBABILITIES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
const SELECT_ORDER = [2, 1, 0, 3, 4] as const; // median first, then each half

/** Partially sort a[lo..hi] so a[k] is its k-th smallest, smaller left, larger right. */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
	while (hi > lo) {
		const mid = (lo + hi) >> 1;
		const x = a[lo]!;
		const y = a[mid]!;
		const z = a[hi]!;
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const swap = a[i]!;
				a[i] = a[j]!;
				a[j] = swap;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return;
	}
}

/**
 * p5, p25, p50, p75, p95 of the finite values of `values`, written to out[0..4] (NaN when there
 * are none). `scratch` must hold values.length numbers; its contents are overwritten.
 */
export function bandQuantiles(
	values: Float32Array | Float64Array,
	scratch: Float64Array,
	out: Float64Array
): void {
	let n = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i]!;
		if (x === x) scratch[n++] = x;
	}
	if (n === 0) {
		out.fill(NaN, 0, 5);
		return;
	}
	const a = scratch;
	const index = [0, 0, 0, 0, 0];
	for (const q of SELECT_ORDER) {
		const i0 = Math.floor((n - 1) * BAND_PROBABILITIES[q]);
		index[q] = i0;
		const lo = q < 2 ? 0 : q === 2 ? 0 : index[q - 1]!;
		const hi = q > 2 ? n - 1 : q === 2 ? n - 1 : index[q + 1]!;
		select(a, i0, lo, hi);
	}
	for (let q = 0; q < 5; q++) {
		const position = (n - 1) * BAND_PROBABILITIES[q]!;
		const i0 = index[q]!;
		const value0 = a[i0]!;
		if (position === i0 || i0 + 1 >= n) {
			out[q] = value0;
			continue;
		}
		// The next order statistic is the least value right of i0, up to the next selected index.
		let bound = n - 1;
		for (let r = q + 1; r < 5; r++) {
			if (index[r]! > i0) {
				bound = index[r]!;
				break;
			}
		}
		let value1 = a[i0 + 1]!;
		for (let i = i0 + 2; i <= bound; i++) if (a[i]! < value1) value1 = a[i]!;
		out[q] = value0 + (value1 - value0) * (position - i0);
	}
}
