/** The exact samplers: moments within sampling error, and the full distribution where it is small. */
import { describe, expect, it } from 'vitest';
import { binomial, logFactorial, pathStream, poisson } from '../../src/lib/sim/random';

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
	])('Binomial(%d, %d) matches the exact pmf (chi-square, p > 0.001)', (n, p) => {
		const rng = pathStream('binomial-pmf', n, 'noise');
		const { values } = moments(() => binomial(rng, n, p));
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

	it('matches the exact pmf at λ = 30 (chi-square, p > 0.001)', () => {
		const rng = pathStream('poisson-pmf', 0, 'noise');
		const { values } = moments(() => poisson(rng, 30));
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
