/**
 * Uncertainty from the data: a nonparametric bootstrap over customers (Efron & Tibshirani 1993).
 * Each resample draws as many customers as the file holds, with replacement, and refits.
 *
 * Resampling customers with replacement is the same as drawing the counts of every distinct
 * (contract, tenure, left) cell from one multinomial, so a resample costs a binomial draw per
 * cell — a few hundred — instead of a pass over a million customers. The multinomial is drawn as
 * successive binomials (each cell given what is left), with the engine's exact sampler and a
 * seeded stream, so the ranges are the same on every run and machine.
 */
import seedrandom from 'seedrandom';
import { quantileSorted } from 'd3';
import { binomial } from '../sim/random';
import type { TenureCounts } from './life-table';

/** A `{ low, likely, high }` range: likely = the full-data estimate, low/high = 90% interval. */
export interface Range {
	low: number;
	likely: number;
	high: number;
}

/** Resamples drawn by default (MODEL.md section 9 asks for at least 200). */
export const BOOTSTRAP_RESAMPLES = 200;

/** Draws resampled tenure counts of several groups at once, one multinomial over all cells. */
export class CountResampler {
	readonly #cells: Float64Array;
	readonly #total: number;
	readonly #groups: number;
	readonly #length: number;
	readonly #rng: () => number;

	/** `groups`: tenure counts of each contract type (or one group), all the same length. */
	constructor(groups: readonly TenureCounts[], seed: string) {
		this.#groups = groups.length;
		this.#length = groups[0]?.customers.length ?? 0;
		// Cell layout: group, tenure, then [stayed, left].
		this.#cells = new Float64Array(this.#groups * this.#length * 2);
		let total = 0;
		groups.forEach((g, j) => {
			for (let t = 0; t < this.#length; t++) {
				const at = (j * this.#length + t) * 2;
				this.#cells[at] = g.customers[t]! - g.leavers[t]!;
				this.#cells[at + 1] = g.leavers[t]!;
				total += g.customers[t]!;
			}
		});
		this.#total = total;
		this.#rng = seedrandom.alea(`calibrate\u0000${seed}`);
	}

	/** One resample: tenure counts per group, in the order given to the constructor. */
	draw(): TenureCounts[] {
		const out = Array.from({ length: this.#groups }, () => ({
			customers: new Float64Array(this.#length),
			leavers: new Float64Array(this.#length)
		}));
		let remaining = this.#total;
		let mass = this.#total;
		for (let k = 0; k < this.#cells.length && remaining > 0; k++) {
			const weight = this.#cells[k]!;
			if (weight === 0) continue;
			const x = weight >= mass ? remaining : binomial(this.#rng, remaining, weight / mass);
			remaining -= x;
			mass -= weight;
			const cell = k >> 1;
			const group = Math.floor(cell / this.#length);
			const t = cell % this.#length;
			out[group]!.customers[t]! += x;
			if (k & 1) out[group]!.leavers[t]! += x;
		}
		return out;
	}
}

/**
 * The 5th and 95th percentiles of bootstrap estimates around the full-data `likely` value (the
 * percentile interval, widened to contain `likely` should it fall outside, so low ≤ likely ≤ high).
 */
export function percentileRange(likely: number, estimates: readonly number[]): Range {
	const sorted = estimates.filter(Number.isFinite).sort((a, b) => a - b);
	if (sorted.length === 0) return { low: likely, likely, high: likely };
	return {
		low: Math.min(likely, quantileSorted(sorted, 0.05)!),
		likely,
		high: Math.max(likely, quantileSorted(sorted, 0.95)!)
	};
}
