/**
 * Value of information for choosing the strategy with the highest NPV (MODEL.md 10.5).
 *
 * EVPPI uses means over quantile bins of the input as the regression g_s(θ) ≈ E[NPV_s | θ]. Bin
 * means keep every strategy's overall mean and can only average the per-path maximum away, so
 * 0 ≤ EVPPI ≤ EVPI holds exactly (not only up to Monte Carlo error); each bin holds at least
 * MIN_BIN_PATHS paths so that noise in the bin means adds little upward bias. Both are written
 * as regrets of the default choice (the strategy with the best mean), so a value that is zero
 * in exact arithmetic is zero here too, not a rounding residue.
 */

/** Most bins (MODEL.md's example) and the fewest paths per bin. */
export const MAX_BINS = 50;
export const MIN_BIN_PATHS = 100;

/** Bins used for P paths. */
export function binCount(paths: number): number {
	return Math.max(1, Math.min(MAX_BINS, Math.floor(paths / MIN_BIN_PATHS)));
}

/** Index of the strategy with the highest mean NPV (the choice without more information). */
export function bestStrategy(npv: readonly Float64Array[]): number {
	let best = 0;
	let bestMean = -Infinity;
	npv.forEach((column, s) => {
		let sum = 0;
		for (let p = 0; p < column.length; p++) sum += column[p]!;
		if (sum / column.length > bestMean) {
			bestMean = sum / column.length;
			best = s;
		}
	});
	return best;
}

/**
 * npv[s] holds strategy s's NPV on every path (all the same length). Written as the mean regret
 * of the default choice, mean_p (max_s NPV_s,p − NPV_best,p): the same number as MODEL.md's
 * formula, but every term is ≥ 0 and it is exactly 0 when one strategy is best on every path.
 */
export function evpi(npv: readonly Float64Array[]): number {
	const P = npv[0]?.length ?? 0;
	if (P === 0 || npv.length < 2) return 0;
	const chosen = npv[bestStrategy(npv)]!;
	let regret = 0;
	for (let p = 0; p < P; p++) {
		let best = -Infinity;
		for (const column of npv) if (column[p]! > best) best = column[p]!;
		regret += best - chosen[p]!;
	}
	return regret / P;
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

/**
 * EVPPI of one input with draws `theta`: per bin, how much the best bin mean beats the default
 * choice's bin mean, weighted by the bin's paths (each term ≥ 0, exactly 0 in a bin where the
 * default stays best), capped at `limit` (EVPI) against rounding.
 */
export function evppi(theta: Float64Array, npv: readonly Float64Array[], limit: number): number {
	const P = theta.length;
	if (P === 0 || npv.length < 2) return 0;
	const chosen = bestStrategy(npv);
	let gain = 0;
	for (const group of quantileBins(theta, binCount(P))) {
		const means = npv.map((column) => {
			let sum = 0;
			for (let i = 0; i < group.length; i++) sum += column[group[i]!]!;
			return sum / group.length;
		});
		gain += (Math.max(...means) - means[chosen]!) * group.length;
	}
	return Math.min(limit, gain / P);
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
