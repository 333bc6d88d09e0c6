/**
 * Random streams and samplers. The engine never touches a global generator: every sampler
 * takes its uniform source as an argument (STYLE.md practice 1).
 *
 * Binomial and Poisson are written here rather than taken from d3-random: d3's samplers are
 * factories (`randomBinomial(n, p)` returns a new closure, and its binomial builds beta and
 * geometric samplers inside the call), so drawing with a fresh n and p every cohort-month would
 * allocate in the hot loop. These are the standard exact algorithms — inversion for small means,
 * Hörmann's transformed rejection with squeeze (BTRS, PTRS) for large ones — and allocate nothing.
 * PERT draws happen once per path, outside the hot loop, and do use d3-random's beta sampler.
 */
import seedrandom from 'seedrandom';
import { randomBeta } from 'd3';
import type { Pert } from '../scenario/types';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/**
 * A seeded stream for one purpose on one path: `(seed, path, purpose)` fully determines it, so
 * results never depend on which worker or chunk runs the path (MODEL.md section 6).
 */
export function pathStream(seed: string, path: number, purpose: 'params' | 'noise'): Rng {
	return seedrandom.alea(`${seed}\u0000${path}\u0000${purpose}`);
}

// A table covers the counts of most cohorts (cheaper than a logarithm per rejection step);
// its entries are exact sums of logarithms up to rounding.
const LOG_FACTORIAL_TABLE_SIZE = 1 << 15;
const logFactorialTable = new Float64Array(LOG_FACTORIAL_TABLE_SIZE);
for (let k = 1; k < LOG_FACTORIAL_TABLE_SIZE; k++) {
	logFactorialTable[k] = logFactorialTable[k - 1]! + Math.log(k);
}
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** ln(k!) for a whole k ≥ 0: a table for small k, Stirling's series beyond (error < 1e-15). */
export function logFactorial(k: number): number {
	if (k < LOG_FACTORIAL_TABLE_SIZE) return logFactorialTable[k]!;
	const x = k + 1;
	const inverseSquare = 1 / (x * x);
	return (
		(x - 0.5) * Math.log(x) -
		x +
		HALF_LOG_TWO_PI +
		(1 / 12 - inverseSquare * (1 / 360 - inverseSquare / 1260)) / x
	);
}

/** One draw from Binomial(n, p), n a whole number ≥ 0. Exact. */
export function binomial(rng: Rng, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	if (p > 0.5) return n - binomialLowP(rng, n, 1 - p);
	return binomialLowP(rng, n, p);
}

function binomialLowP(rng: Rng, n: number, p: number): number {
	if (n * p < 10) return binomialInversion(rng, n, p);
	return binomialBtrs(rng, n, p);
}

/** Sequential inversion; expected cost proportional to n·p (< 10 here). */
function binomialInversion(rng: Rng, n: number, p: number): number {
	const q = 1 - p;
	const odds = p / q;
	const a = (n + 1) * odds;
	const start = Math.exp(n * Math.log1p(-p));
	for (;;) {
		let u = rng();
		let r = start;
		let x = 0;
		while (u > r) {
			u -= r;
			x++;
			if (x > n) break; // rounding ran past the support: draw again
			r *= a / x - odds;
		}
		if (x <= n) return x;
	}
}

/**
 * Hörmann (1993), "The generation of binomial random variates", algorithm BTRS; n·p ≥ 10.
 * Most draws are accepted by the squeeze, so the constants of the exact test (two log-factorials
 * and a logarithm) are only computed when a draw first needs them.
 */
function binomialBtrs(rng: Rng, n: number, p: number): number {
	const q = 1 - p;
	const spq = Math.sqrt(n * p * q);
	const b = 1.15 + 2.53 * spq;
	const a = -0.0873 + 0.0248 * b + 0.01 * p;
	const c = n * p + 0.5;
	const vr = 0.92 - 4.2 / b;
	let alpha = 0;
	let logOdds = 0;
	let m = -1;
	let h = 0;
	for (;;) {
		const u = rng() - 0.5;
		let v = rng();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + c);
		if (k < 0 || k > n) continue;
		if (us >= 0.07 && v <= vr) return k;
		if (m < 0) {
			alpha = (2.83 + 5.1 / b) * spq;
			logOdds = Math.log(p / q);
			m = Math.floor((n + 1) * p);
			h = logFactorial(m) + logFactorial(n - m);
		}
		v = Math.log((v * alpha) / (a / (us * us) + b));
		if (v <= h - logFactorial(k) - logFactorial(n - k) + (k - m) * logOdds) return k;
	}
}

/** One draw from Poisson(mean). Exact. */
export function poisson(rng: Rng, mean: number): number {
	if (!(mean > 0)) return 0;
	if (mean < 10) return poissonInversion(rng, mean);
	return poissonPtrs(rng, mean);
}

function poissonInversion(rng: Rng, mean: number): number {
	for (;;) {
		const u = rng();
		let term = Math.exp(-mean);
		let cumulative = term;
		let x = 0;
		while (u > cumulative && x < 1000) {
			x++;
			term *= mean / x;
			cumulative += term;
		}
		if (u <= cumulative) return x;
	}
}

/** Hörmann (1993), "The transformed rejection method for generating Poisson random variables". */
function poissonPtrs(rng: Rng, mean: number): number {
	const slam = Math.sqrt(mean);
	const logMean = Math.log(mean);
	const b = 0.931 + 2.53 * slam;
	const a = -0.059 + 0.02483 * b;
	const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
	const vr = 0.9277 - 3.6224 / (b - 2);
	for (;;) {
		const u = rng() - 0.5;
		const v = rng();
		const us = 0.5 - Math.abs(u);
		const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
		if (us >= 0.07 && v <= vr) return k;
		if (k < 0 || (us < 0.013 && v > us)) continue;
		if (
			Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <=
			-mean + k * logMean - logFactorial(k)
		)
			return k;
	}
}

/**
 * One draw from a PERT distribution: L + (H − L)·Beta(α, β) with α = 1 + 4(M − L)/(H − L),
 * β = 1 + 4(H − M)/(H − L); mean (L + 4M + H)/6. The d3 sampler is built afresh for each draw:
 * d3's normal sampler caches the second value of each pair, and a cache that outlived the path
 * would make a path's draws depend on the path before it.
 */
export function drawPert(pert: Pert, rng: Rng): number {
	const { low, likely, high } = pert;
	const width = high - low;
	if (!(width > 0)) return likely;
	const alpha = 1 + (4 * (likely - low)) / width;
	const beta = 1 + (4 * (high - likely)) / width;
	const x = low + width * randomBeta.source(rng)(alpha, beta)();
	// Guard the closed range against rounding at the ends.
	return x < low ? low : x > high ? high : x;
}
