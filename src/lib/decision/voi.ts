/**
 * Value of information for choosing the strategy with the highest NPV (MODEL.md 10.5).
 *
 * EVPPI uses means over quantile bins of the input as the regression g_s(θ) ≈ E[NPV_s | θ]. Bin
 * means keep every strategy's overall mean and can only average the per-path maximum away, so
 * 0 ≤ EVPPI ≤ EVPI holds exactly (not only up to Monte Carlo error); each bin holds at least
 * MIN_BIN_PATHS paths so that noise in the bin means adds little upward bias.
 */

/** Most bins (MODEL.md's example) and the fewest paths per bin. */
export const MAX_BINS = 50;
export const MIN_BIN_PATHS = 100;

/** Bins used for P paths. */
export function binCount(paths: number): number {
	return Math.max(1, Math.min(MAX_BINS, Math.floor(paths / MIN_BIN_PATHS)));
}

/** npv[s] holds strategy s's NPV on every path (all the same length). */
export function evpi(npv: readonly Float64Array[]): number {
	const P = npv[0]?.length ?? 0;
	if (P === 0 || npv.length < 2) return 0;
	let ofMax = 0;
	for (let p = 0; p < P; p++) {
		let best = -Infinity;
		for (const column of npv) if (column[p]! > best) best = column[p]!;
		ofMax += best;
	}
	return Math.max(0, ofMax / P - bestMean(npv));
}

function bestMean(npv: readonly Float64Array[]): number {
	let best = -Infinity;
	for (const column of npv) {
		let sum = 0;
		for (let p = 0; p < column.length; p++) sum += column[p]!;
		best = Math.max(best, sum / column.length);
	}
	return best;
}

/** Path indices sorted by θ, cut into groups of near-equal size that never split a tie. */
export function quantileBins(theta: Float64Array, bins: number): Uint32Array[] {
	const P = theta.length;
	const order = Uint32Array.from({ length: P }, (_, i) => i).sort(
		(a, b) => theta[a]! - theta[b]! || a - b
	);
	const groups: Uint32Array[] = [];
	let start = 0;
	for (let k = 1; k <= bins && start < P; k++) {
		let end = k === bins ? P : Math.max(start + 1, Math.floor((k * P) / bins));
		while (end < P && theta[order[end]!] === theta[order[end - 1]!]) end++;
		groups.push(order.subarray(start, end));
		start = end;
	}
	return groups;
}

/** EVPPI of one input with draws `theta`, clamped into [0, limit] against rounding. */
export function evppi(theta: Float64Array, npv: readonly Float64Array[], limit: number): number {
	const P = theta.length;
	if (P === 0 || npv.length < 2) return 0;
	let ofMax = 0;
	for (const group of quantileBins(theta, binCount(P))) {
		let best = -Infinity;
		for (const column of npv) {
			let sum = 0;
			for (let i = 0; i < group.length; i++) sum += column[group[i]!]!;
			best = Math.max(best, sum / group.length);
		}
		ofMax += best * group.length;
	}
	const value = ofMax / P - bestMean(npv);
	return Math.min(limit, Math.max(0, value));
}

export interface EvppiEntry {
	/** Field path of the uncertain input. */
	parameter: string;
	value: number;
}

/** EVPPI of every input, largest first. */
export function rankedEvppi(
	names: readonly string[],
	theta: readonly Float64Array[],
	npv: readonly Float64Array[],
	limit: number
): EvppiEntry[] {
	return names
		.map((parameter, j) => ({ parameter, value: evppi(theta[j]!, npv, limit) }))
		.sort((a, b) => b.value - a.value || a.parameter.localeCompare(b.parameter));
}
