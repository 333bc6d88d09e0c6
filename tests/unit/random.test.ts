/**
 * The samplers: moments within sampling error, the exact samplers against the exact pmfs, and
 * the approximate draws of MODEL.md section 4 against the exact laws (section 8.7).
 */
import { describe, expect, it } from 'vitest';
import {
	APPROXIMATE_DRAW_MIN_VARIANCE,
	binomial,
	binomialApproximation,
	binomialExact,
	drawPert,
	gamma,
	logFactorial,
	normal,
	pathStream,
	poisson,
	poissonApproximation,
	poissonExact,
	ReseedableStream,
	skewNormalCdf
} from '../../src/lib/sim/random';

const DRAWS = 40_000;

function moments(draw: () => number) {
	let sum = 0;
	let squares = 0;
	const values = new Float64Array(DRAWS);
	for (let i = 0; i < DRAWS; i++) {
		values[i] = draw();
		sum += values[i]!;
	}
	const mean = sum / DRAWS;
	for (const x of values) squares += (x - mean) ** 2;
	return { values, mean, variance: squares / (DRAWS - 1) };
}

/** Pearson's chi-square statistic against a pmf, pooling cells with expected counts under 5. */
function chiSquare(values: Float64Array, pmf: (k: number) => number, max: number) {
	let statistic = 0;
	let cells = 0;
	let pooledExpected = 0;
	let pooledObserved = 0;
	const counts = new Map<number, number>();
	for (const x of values) counts.set(x, (counts.get(x) ?? 0) + 1);
	for (let k = 0; k <= max; k++) {
		pooledExpected += pmf(k) * values.length;
		pooledObserved += counts.get(k) ?? 0;
		if (pooledExpected >= 5) {
			statistic += (pooledObserved - pooledExpected) ** 2 / pooledExpected;
			cells++;
			pooledExpected = pooledObserved = 0;
		}
	}
	return { statistic, dof: cells - 1 };
}

describe('streams', () => {
	it('a re-seeded stream gives exactly the numbers of seedrandom’s alea for the same key', () => {
		const stream = new ReseedableStream();
		const copy = new ReseedableStream();
		for (const [seed, path, purpose] of [
			['1', 0, 'params'],
			['1', 9999, 'noise'],
			['a seed', 42, 'noise']
		] as const) {
			stream.reseed(seed, path, purpose);
			const reference = pathStream(seed, path, purpose);
			for (let i = 0; i < 1000; i++) expect(stream.next()).toBe(reference());
			// A copy replays the stream from where it was taken.
			copy.copyFrom(stream);
			expect(copy.next()).toBe(stream.next());
		}
	});
});

describe('binomial', () => {
	it.each([
		[20, 0.3],
		[500, 0.03],
		[3000, 0.2],
		[100_000, 0.02],
		[50, 0.9],
		[1, 0.5],
		[7, 1e-4]
	])('Binomial(%d, %d) has mean n·p and variance n·p·(1−p)', (n, p) => {
		const rng = pathStream('binomial', n, 'noise');
		const { values, mean, variance } = moments(() => binomial(rng, n, p));
		const sigma2 = n * p * (1 - p);
		expect(Math.abs(mean - n * p)).toBeLessThan(4 * Math.sqrt(sigma2 / DRAWS) + 1e-12);
		expect(Math.abs(variance - sigma2)).toBeLessThan(4 * sigma2 * Math.sqrt(2 / DRAWS) + 1e-3);
		expect(values.every((x) => Number.isInteger(x) && x >= 0 && x <= n)).toBe(true);
	});

	it.each([
		[20, 0.3],
		[200, 0.2]
	])('the exact sampler Binomial(%d, %d) matches the exact pmf (chi-square, p > 0.001)', (n, p) => {
		const rng = pathStream('binomial-pmf', n, 'noise');
		const { values } = moments(() => binomialExact(rng, n, p));
		const pmf = (k: number) =>
			Math.exp(
				logFactorial(n) -
					logFactorial(k) -
					logFactorial(n - k) +
					k * Math.log(p) +
					(n - k) * Math.log1p(-p)
			);
		const { statistic, dof } = chiSquare(values, pmf, n);
		// Wilson–Hilferty: the 0.999 quantile of chi-square(dof).
		const z = 3.09;
		const limit = dof * (1 - 2 / (9 * dof) + z * Math.sqrt(2 / (9 * dof))) ** 3;
		expect(statistic).toBeLessThan(limit);
	});

	it('handles the edges', () => {
		const rng = pathStream('edges', 0, 'noise');
		expect(binomial(rng, 0, 0.5)).toBe(0);
		expect(binomial(rng, 10, 0)).toBe(0);
		expect(binomial(rng, 10, 1)).toBe(10);
		expect(binomialExact(rng, 10, 1)).toBe(10);
		expect(binomialExact(rng, 0, 0.3)).toBe(0);
	});
});

describe('poisson', () => {
	it.each([0.3, 3, 9.9, 30, 3000])('Poisson(%d) has mean and variance λ', (lambda) => {
		const rng = pathStream('poisson', Math.round(lambda * 10), 'noise');
		const { values, mean, variance } = moments(() => poisson(rng, lambda));
		expect(Math.abs(mean - lambda)).toBeLessThan(4 * Math.sqrt(lambda / DRAWS));
		expect(Math.abs(variance - lambda)).toBeLessThan(
			4 * lambda * Math.sqrt((2 + 1 / lambda) / DRAWS)
		);
		expect(values.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
	});

	it('the exact sampler matches the exact pmf at λ = 30 (chi-square, p > 0.001)', () => {
		const rng = pathStream('poisson-pmf', 0, 'noise');
		const { values } = moments(() => poissonExact(rng, 30));
		const pmf = (k: number) => Math.exp(-30 + k * Math.log(30) - logFactorial(k));
		const { statistic, dof } = chiSquare(values, pmf, 100);
		const limit = dof * (1 - 2 / (9 * dof) + 3.09 * Math.sqrt(2 / (9 * dof))) ** 3;
		expect(statistic).toBeLessThan(limit);
	});

	it('is zero for a zero mean', () => {
		expect(poisson(pathStream('zero', 0, 'noise'), 0)).toBe(0);
	});
});

describe('logFactorial', () => {
	it('agrees with Stirling beyond its table and sums of logs within it', () => {
		let exact = 0;
		for (let k = 1; k <= 300; k++) exact += Math.log(k);
		expect(Math.abs(logFactorial(300) - exact) / exact).toBeLessThan(1e-13);
		const k = 1e6;
		const stirling = (k + 0.5) * Math.log(k + 1) - (k + 1) + 0.5 * Math.log(2 * Math.PI);
		expect(Math.abs(logFactorial(k) - stirling) / stirling).toBeLessThan(1e-9);
	});
});

/** Φ from erfc (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7 everywhere). */
function phi(z: number): number {
	const x = -z / Math.SQRT2;
	const a = Math.abs(x);
	const t = 1 / (1 + 0.5 * a);
	const poly =
		-1.26551223 +
		t *
			(1.00002368 +
				t *
					(0.37409196 +
						t *
							(0.09678418 +
								t *
									(-0.18628806 +
										t *
											(0.27886807 +
												t *
													(-1.13520398 +
														t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
	const erfc = t * Math.exp(-a * a + poly);
	return 0.5 * (x >= 0 ? erfc : 2 - erfc);
}

/** Kolmogorov distance, mean and variance of the approximation, from its exact cdf. */
function compare(
	max: number,
	exactPmf: (k: number) => number,
	approximateCdf: (k: number) => number
): { distance: number; mean: number; variance: number } {
	let exact = 0;
	let previous = 0;
	let distance = 0;
	let mean = 0;
	let squares = 0;
	for (let k = 0; k <= max; k++) {
		exact += exactPmf(k);
		const approximate = approximateCdf(k);
		mean += k * (approximate - previous);
		squares += k * k * (approximate - previous);
		previous = approximate;
		distance = Math.max(distance, Math.abs(exact - approximate));
	}
	return { distance, mean, variance: squares - mean * mean };
}

describe('approximate draws (MODEL.md 4 and 8.7)', () => {
	const variances = [APPROXIMATE_DRAW_MIN_VARIANCE, 15, 30, 100, 1000];

	it.each(variances.flatMap((v) => [0.001, 0.05, 0.2, 0.5].map((p) => [v, p])))(
		'Binomial at n·p·q = %d, p = %d: Kolmogorov < 0.002, mean exact, variance within 1%%',
		(target, p) => {
			const n = Math.ceil(target / (p * (1 - p)));
			const { c, variance } = binomialApproximation(n, p);
			expect(variance).toBeGreaterThanOrEqual(APPROXIMATE_DRAW_MIN_VARIANCE);
			const logP = Math.log(p);
			const logQ = Math.log1p(-p);
			const result = compare(
				n,
				(k) =>
					Math.exp(
						logFactorial(n) - logFactorial(k) - logFactorial(n - k) + k * logP + (n - k) * logQ
					),
				(k) => (k >= n ? 1 : skewNormalCdf(k, n * p, variance, c, phi))
			);
			expect(result.distance).toBeLessThan(0.002);
			// Exact up to the rounding at 0 (below 1e-4 of a customer) and Φ's 1e-7.
			expect(Math.abs(result.mean - n * p)).toBeLessThan(1e-4);
			expect(Math.abs(result.variance / variance - 1)).toBeLessThan(0.001);
		}
	);

	it.each(variances)('Poisson(%d): Kolmogorov < 0.002, mean exact, variance within 1%%', (mean) => {
		const { c, variance } = poissonApproximation(mean);
		const max = Math.ceil(mean + 12 * Math.sqrt(mean) + 20);
		const result = compare(
			max,
			(k) => Math.exp(-mean + k * Math.log(mean) - logFactorial(k)),
			(k) => skewNormalCdf(k, mean, variance, c, phi)
		);
		expect(result.distance).toBeLessThan(0.002);
		expect(Math.abs(result.mean - mean)).toBeLessThan(1e-4);
		expect(Math.abs(result.variance / variance - 1)).toBeLessThan(0.001);
	});

	it.each([
		[63, 0.2],
		[10_011, 0.001],
		[80, 0.5],
		[80, 0.8]
	])('the sampler draws Binomial(%d, %d) from that cdf (whole numbers in [0, n])', (n, p) => {
		const draws = 100_000;
		const rng = pathStream('approximate', n, 'noise');
		const counts = new Float64Array(n + 1);
		for (let i = 0; i < draws; i++) {
			const k = binomial(rng, n, p);
			expect(Number.isInteger(k) && k >= 0 && k <= n).toBe(true);
			counts[k]!++;
		}
		const low = p > 0.5 ? 1 - p : p;
		const { c, variance } = binomialApproximation(n, low);
		let seen = 0;
		let distance = 0;
		for (let k = 0; k < n; k++) {
			seen += counts[k]!;
			// Above one half the sampler draws n − K for K of the complementary law.
			const cdf =
				p > 0.5
					? 1 - skewNormalCdf(n - k - 1, n * low, variance, c, phi)
					: skewNormalCdf(k, n * low, variance, c, phi);
			distance = Math.max(distance, Math.abs(seen / draws - cdf));
		}
		// Kolmogorov's 0.1% critical value (conservative for a discrete law).
		expect(distance).toBeLessThan(1.95 / Math.sqrt(draws));
	});

	it('the sampler draws Poisson(λ ≥ threshold) from that cdf', () => {
		const draws = 100_000;
		const rng = pathStream('approximate-poisson', 0, 'noise');
		for (const mean of [APPROXIMATE_DRAW_MIN_VARIANCE, 250]) {
			const values = new Float64Array(draws);
			for (let i = 0; i < draws; i++) values[i] = poisson(rng, mean);
			values.sort();
			const { c, variance } = poissonApproximation(mean);
			let distance = 0;
			let i = 0;
			for (let k = 0; k <= mean * 3 + 50; k++) {
				while (i < draws && values[i]! <= k) i++;
				distance = Math.max(
					distance,
					Math.abs(i / draws - skewNormalCdf(k, mean, variance, c, phi))
				);
			}
			expect(distance).toBeLessThan(1.95 / Math.sqrt(draws));
			expect(values.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
		}
	});
});

describe('normal, gamma and PERT', () => {
	it('the ziggurat normal follows Φ (Kolmogorov test) with the right tail mass', () => {
		const draws = 200_000;
		const rng = pathStream('normal', 0, 'noise');
		const values = new Float64Array(draws);
		for (let i = 0; i < draws; i++) values[i] = normal(rng);
		values.sort();
		let distance = 0;
		for (let i = 0; i < draws; i++) {
			const f = phi(values[i]!);
			distance = Math.max(distance, Math.abs(f - i / draws), Math.abs(f - (i + 1) / draws));
		}
		expect(distance).toBeLessThan(1.95 / Math.sqrt(draws));
		// Beyond the base layer's edge R = 3.4426: 2·(1 − Φ(R)) ≈ 5.76e-4 of the draws.
		const tail = values.filter((x) => Math.abs(x) > 3.442619855899).length / draws;
		expect(Math.abs(tail - 5.76e-4)).toBeLessThan(4 * Math.sqrt(5.76e-4 / draws));
	});

	it.each([1, 1.7, 5])('Gamma(%d) has mean and variance equal to its shape', (shape) => {
		const rng = pathStream('gamma', shape * 10, 'params');
		const { mean, variance } = moments(() => gamma(rng, shape));
		expect(Math.abs(mean - shape)).toBeLessThan(4 * Math.sqrt(shape / DRAWS));
		expect(Math.abs(variance - shape)).toBeLessThan(4 * shape * Math.sqrt(8 / DRAWS));
	});

	it('PERT draws have mean (L + 4M + H)/6 and variance (μ − L)(H − μ)/7, inside [L, H]', () => {
		const rng = pathStream('pert', 0, 'params');
		const pert = { low: 2, likely: 3, high: 10 };
		const { values, mean, variance } = moments(() => drawPert(pert, rng));
		const mu = (2 + 12 + 10) / 6;
		const sigma2 = ((mu - 2) * (10 - mu)) / 7;
		expect(Math.abs(mean - mu)).toBeLessThan(4 * Math.sqrt(sigma2 / DRAWS));
		expect(Math.abs(variance - sigma2)).toBeLessThan(4 * sigma2 * Math.sqrt(2 / DRAWS));
		expect(values.every((x) => x >= 2 && x <= 10)).toBe(true);
		expect(drawPert({ low: 4, likely: 4, high: 4 }, rng)).toBe(4);
	});
});
