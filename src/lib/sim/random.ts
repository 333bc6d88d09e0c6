/**
 * Random streams and samplers. The engine never touches a global generator: every sampler
 * takes its uniform source as an argument (STYLE.md practice 1).
 *
 * Binomial, Poisson, normal, gamma and PERT draws are written here rather than taken from
 * d3-random: d3's samplers are factories (`randomBinomial(n, p)` returns a new closure, and its
 * binomial builds beta and geometric samplers inside the call), so drawing with a fresh n and p
 * every cohort-month would allocate in the hot loop. Nothing here allocates.
 *
 * - Small variance (n·p·q or the Poisson mean below APPROXIMATE_DRAW_MIN_VARIANCE): the standard
 *   exact algorithms — inversion for small means, Hörmann's transformed rejection with squeeze
 *   (BTRS, PTRS) for larger ones.
 * - Large variance: a skew-corrected normal (MODEL.md section 4 allows it, under conditions that
 *   tests/unit/random.test.ts checks against the exact pmfs): one normal draw z, then
 *   k = round(μ + s·z + c·(z² − 1)) with c = (1 − 2p)/6 (1/6 for Poisson) — the first
 *   Cornish–Fisher term, which matches the skewness — and s² = σ² − 2c² − 1/12, so that the
 *   quadratic term (variance 2c²) and the rounding (Sheppard's 1/12) do not inflate the variance.
 *   Its mean is μ (E[z² − 1] = 0); its Kolmogorov distance to the exact law is at most about
 *   0.0013 at σ² = 10 and falls like 1/σ². This is where the engine's time went: most cohort
 *   parts have σ² between 10 and 30, where BTRS rejects often.
 * - Normal: Marsaglia & Tsang's ziggurat (2000, "The ziggurat method for generating random
 *   variables", 128 layers), fed from one 32-bit uniform: alea returns multiples of 2^−32, so
 *   its value splits into 7 bits of layer, 1 of sign and 24 of abscissa (separate bits, so the
 *   layer and the abscissa are not correlated as in the original's shared bits).
 * - PERT: Beta(α, β) = X / (X + Y) for gamma draws X, Y by Marsaglia & Tsang (2000, "A simple
 *   method for generating gamma variables"), shapes ≥ 1 (PERT's always are).
 */
import seedrandom from 'seedrandom';
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

/**
 * A path stream that is re-seeded in place: alea's generator, giving exactly the numbers of
 * `pathStream` for the same (seed, path, purpose) — seedrandom seeds it, a test checks the two
 * agree. Its `next` is one closure for the stream's whole life, so the engine's call sites always
 * see the same function and the compiler inlines it: with a fresh closure per path they do not,
 * and every call then allocates a box for its result (garbage collection took a tenth of the
 * engine's time).
 */
export class ReseedableStream {
	private s0 = 0;
	private s1 = 0;
	private s2 = 0;
	private c = 1;
	/** The next uniform in [0, 1), a multiple of 2^−32. */
	readonly next: Rng = () => {
		const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^−32
		this.s0 = this.s1;
		this.s1 = this.s2;
		return (this.s2 = t - (this.c = t | 0));
	};

	/** Start the stream of (seed, path, purpose) afresh. */
	reseed(seed: string, path: number, purpose: 'params' | 'noise'): void {
		const state = seedrandom.alea(`${seed}\u0000${path}\u0000${purpose}`, { state: true }).state();
		this.s0 = state.s0;
		this.s1 = state.s1;
		this.s2 = state.s2;
		this.c = state.c;
	}

	/** Copy another stream's position (to replay it from there). */
	copyFrom(other: ReseedableStream): void {
		this.s0 = other.s0;
		this.s1 = other.s1;
		this.s2 = other.s2;
		this.c = other.c;
	}
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

/**
 * Draws with a variance (n·p·q, or the Poisson mean) at least this large come from the
 * skew-corrected normal instead of the exact sampler. The model page quotes it.
 */
export const APPROXIMATE_DRAW_MIN_VARIANCE = 10;

/** One draw from Binomial(n, p), n a whole number ≥ 0: exact, or approximate for large n·p·q. */
export function binomial(rng: Rng, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	const low = p > 0.5 ? 1 - p : p;
	const variance = n * low * (1 - low);
	let k: number;
	if (variance >= APPROXIMATE_DRAW_MIN_VARIANCE) {
		k = skewNormal(rng, n * low, variance, (1 - 2 * low) / 6);
		if (k > n) k = n;
	} else k = n * low < 10 ? binomialInversion(rng, n, low) : binomialBtrs(rng, n, low);
	return p > 0.5 ? n - k : k;
}

/** One draw from Binomial(n, p) by the exact algorithms only (reference for tests). */
export function binomialExact(rng: Rng, n: number, p: number): number {
	if (n <= 0 || p <= 0) return 0;
	if (p >= 1) return n;
	const low = p > 0.5 ? 1 - p : p;
	const k = n * low < 10 ? binomialInversion(rng, n, low) : binomialBtrs(rng, n, low);
	return p > 0.5 ? n - k : k;
}

/**
 * round(mean + s·z + c·(z² − 1)), at least 0, with s² = variance − 2c² − 1/12 (see the header).
 * Left of the parabola's vertex (z < −s/2c, probability below 1e−20) the value would turn back
 * up; it is 0 there, which keeps the draw a monotone function of z. The vertex lies below −0.5
 * for every c ≤ 1/6 and variance ≥ 10, so that 0 is also what rounding would give.
 */
function skewNormal(rng: Rng, mean: number, variance: number, c: number): number {
	const s = Math.sqrt(variance - 2 * c * c - 1 / 12);
	// z: the ziggurat's fast path written out (see normal()). Through a call the compiler does
	// not inline, z would come back boxed, one allocation per draw; this returns a whole number.
	const bits = (rng() * 4294967296 - 2147483648) | 0;
	const layer = bits & 127;
	const abscissa = bits >>> 8;
	const z =
		abscissa < kn[layer]!
			? abscissa * wn[layer]! * (1 - ((bits >>> 6) & 2))
			: normalOutside(rng, bits);
	if (c * z < -0.5 * s) return 0;
	const k = Math.floor(mean + s * z + c * (z * z - 1) + 0.5);
	return k > 0 ? k : 0;
}

/**
 * The approximation's distribution function, P(K ≤ k), exactly (up to the normal distribution
 * function `phi` the caller supplies): K ≤ k ⟺ mean + s·z + c·(z² − 1) < k + 0.5 ⟺ z < the
 * parabola's right root. For the tests of MODEL.md section 8.7; not used by the engine.
 */
export function skewNormalCdf(
	k: number,
	mean: number,
	variance: number,
	c: number,
	phi: (z: number) => number
): number {
	if (k < 0) return 0;
	const s = Math.sqrt(variance - 2 * c * c - 1 / 12);
	const y = k + 0.5 - mean + c;
	const discriminant = s * s + 4 * c * y;
	if (discriminant < 0) return phi(-s / (2 * c));
	return phi((2 * y) / (s + Math.sqrt(discriminant)));
}

/** The skew coefficient c and the variance of the approximate Binomial(n, p ≤ 0.5) draw. */
export function binomialApproximation(n: number, p: number): { c: number; variance: number } {
	return { c: (1 - 2 * p) / 6, variance: n * p * (1 - p) };
}

/** The same for Poisson(mean). */
export function poissonApproximation(mean: number): { c: number; variance: number } {
	return { c: 1 / 6, variance: mean };
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

/** One draw from Poisson(mean): exact, or approximate for a large mean. */
export function poisson(rng: Rng, mean: number): number {
	if (!(mean > 0)) return 0;
	if (mean >= APPROXIMATE_DRAW_MIN_VARIANCE) return skewNormal(rng, mean, mean, 1 / 6);
	return poissonInversion(rng, mean);
}

/** One draw from Poisson(mean) by the exact algorithms only (reference for tests). */
export function poissonExact(rng: Rng, mean: number): number {
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

// Ziggurat tables (Marsaglia & Tsang 2000, figure 1, for 128 layers), scaled for a 24-bit
// abscissa: a draw in layer i is accepted at once when its abscissa is below kn[i].
const ZIGGURAT_R = 3.442619855899;
const ZIGGURAT_AREA = 9.91256303526217e-3;
const ABSCISSA_SCALE = 16777216; // 2^24
const kn = new Float64Array(128);
const wn = new Float64Array(128);
const fn = new Float64Array(128);
{
	let dn = ZIGGURAT_R;
	let tn = dn;
	const q = ZIGGURAT_AREA / Math.exp(-0.5 * dn * dn);
	kn[0] = (dn / q) * ABSCISSA_SCALE;
	kn[1] = 0;
	wn[0] = q / ABSCISSA_SCALE;
	wn[127] = dn / ABSCISSA_SCALE;
	fn[0] = 1;
	fn[127] = Math.exp(-0.5 * dn * dn);
	for (let i = 126; i >= 1; i--) {
		dn = Math.sqrt(-2 * Math.log(ZIGGURAT_AREA / dn + Math.exp(-0.5 * dn * dn)));
		kn[i + 1] = (dn / tn) * ABSCISSA_SCALE;
		tn = dn;
		fn[i] = Math.exp(-0.5 * dn * dn);
		wn[i] = dn / ABSCISSA_SCALE;
	}
}

/** One standard normal draw (ziggurat); about 1.01 uniforms per draw on average. */
export function normal(rng: Rng): number {
	// alea's values are k / 2^32 for a whole k, so this is an exact int32 (kept inside the int32
	// range because truncating larger doubles takes a slow path in V8).
	const bits = (rng() * 4294967296 - 2147483648) | 0;
	const layer = bits & 127;
	const abscissa = bits >>> 8;
	// The sign is bit 7, applied without a branch (a coin flip mispredicts half the time).
	if (abscissa < kn[layer]!) return abscissa * wn[layer]! * (1 - ((bits >>> 6) & 2));
	return normalOutside(rng, bits);
}

/** The rare rest of a ziggurat draw (about 1.2%): the tail, a wedge, or a fresh try. */
function normalOutside(rng: Rng, bits: number): number {
	const layer = bits & 127;
	const negative = (bits & 128) !== 0;
	if (layer === 0) {
		// The tail beyond R (Marsaglia 1964).
		let tail: number;
		let y: number;
		do {
			tail = -Math.log(1 - rng()) / ZIGGURAT_R;
			y = -Math.log(1 - rng());
		} while (y + y < tail * tail);
		return negative ? -(ZIGGURAT_R + tail) : ZIGGURAT_R + tail;
	}
	// The wedge between this layer's rectangle and the curve.
	const x = (bits >>> 8) * wn[layer]!;
	if (fn[layer]! + rng() * (fn[layer - 1]! - fn[layer]!) < Math.exp(-0.5 * x * x)) {
		return negative ? -x : x;
	}
	return normal(rng);
}

/**
 * How counts move: random whole customers (process noise) or their expected values. Chosen once
 * per path. Draws come in batches through typed arrays: a function the compiler does not inline
 * receives its numbers boxed (one allocation each), and the engine's step functions are too
 * large to inline the samplers; a batch call passes no numbers, and inside it the samplers are
 * inlined into one loop.
 */
export interface Draws {
	/** Whether counts are whole customers. */
	readonly whole: boolean;
	/** out[i] = customers taken out of n[i] at probability p[i], for i < count. */
	binomials(n: Float64Array, p: Float64Array, out: Float64Array, count: number): void;
	/** out[i] = customers arriving at mean[i], for i < count. */
	poissons(mean: Float64Array, out: Float64Array, count: number): void;
}

/** Process noise: binomial and Poisson draws from a path's noise stream. */
export class NoiseDraws implements Draws {
	readonly whole = true;
	rng: Rng;
	constructor(rng: Rng) {
		this.rng = rng;
	}
	binomials(n: Float64Array, p: Float64Array, out: Float64Array, count: number): void {
		const rng = this.rng;
		for (let i = 0; i < count; i++) out[i] = binomial(rng, n[i]!, p[i]!);
	}
	poissons(mean: Float64Array, out: Float64Array, count: number): void {
		const rng = this.rng;
		for (let i = 0; i < count; i++) out[i] = poisson(rng, mean[i]!);
	}
}

/** No process noise: every count is its expected value. */
export class ExpectedDraws implements Draws {
	readonly whole = false;
	binomials(n: Float64Array, p: Float64Array, out: Float64Array, count: number): void {
		for (let i = 0; i < count; i++) out[i] = n[i]! * p[i]!;
	}
	poissons(mean: Float64Array, out: Float64Array, count: number): void {
		for (let i = 0; i < count; i++) out[i] = mean[i]!;
	}
}

/** One draw from Gamma(shape, 1), shape ≥ 1 (Marsaglia & Tsang 2000). */
export function gamma(rng: Rng, shape: number): number {
	const d = shape - 1 / 3;
	const c = 1 / Math.sqrt(9 * d);
	for (;;) {
		const z = normal(rng);
		let v = 1 + c * z;
		if (v <= 0) continue;
		v = v * v * v;
		const u = rng();
		const z2 = z * z;
		if (u < 1 - 0.0331 * z2 * z2) return d * v;
		if (Math.log(u) < 0.5 * z2 + d * (1 - v + Math.log(v))) return d * v;
	}
}

/**
 * One draw from a PERT distribution: L + (H − L)·Beta(α, β) with α = 1 + 4(M − L)/(H − L),
 * β = 1 + 4(H − M)/(H − L); mean (L + 4M + H)/6. Beta = X / (X + Y) for X ~ Gamma(α),
 * Y ~ Gamma(β); both shapes are at least 1, as Marsaglia–Tsang's method needs.
 */
export function drawPert(pert: Pert, rng: Rng): number {
	const { low, likely, high } = pert;
	const width = high - low;
	if (!(width > 0)) return likely;
	const x = gamma(rng, 1 + (4 * (likely - low)) / width);
	const y = gamma(rng, 1 + (4 * (high - likely)) / width);
	const value = low + (width * x) / (x + y);
	// Guard the closed range against rounding at the ends.
	return value < low ? low : value > high ? high : value;
}
