/** Order statistics used by every band and total: they must agree with d3.quantile exactly. */
import { quantile } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	averageRanks,
	bandQuantiles,
	columnQuantiles,
	columnScratchSize,
	rankCorrelation,
	summarise
} from '../../src/lib/sim/stats';
import { pathStream } from '../../src/lib/sim/random';

describe('bandQuantiles', () => {
	it('equals d3.quantile (R-7) on random arrays with ties and NaN', () => {
		const rng = pathStream('quantiles', 0, 'noise');
		const probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];
		for (let trial = 0; trial < 1500; trial++) {
			const n = 1 + Math.floor(rng() * (trial < 750 ? 12 : 2000));
			const values = Float32Array.from({ length: n }, () =>
				rng() < 0.3 ? Math.floor(rng() * 4) : rng() < 0.05 ? NaN : rng() * 100
			);
			const out = new Float64Array(5);
			bandQuantiles(values, new Float64Array(n), out);
			const finite = Array.from(values).filter((x) => !Number.isNaN(x));
			const expected = probabilities.map((p) => quantile(finite, p) ?? NaN);
			expect(Array.from(out)).toEqual(expected);
		}
	});

	it('equals d3.quantile on clustered, tied, skewed and extreme double-precision values', () => {
		const rng = pathStream('quantiles-hard', 0, 'noise');
		const probabilities = [0.05, 0.25, 0.5, 0.75, 0.95];
		const kinds: ((i: number) => number)[] = [
			() => Math.round(2700 + 50 * (rng() + rng() + rng() - 1.5)), // whole counts, many ties
			() => (rng() < 0.999 ? rng() : 1e300), // one huge outlier squeezes the rest into a bucket
			() => (rng() < 0.5 ? -1e-310 * rng() : 1e-310 * rng()), // subnormals around zero
			() => Math.exp(30 * rng()), // eleven orders of magnitude
			() => (rng() < 0.01 ? Infinity : rng() < 0.01 ? -Infinity : rng()), // infinite range
			() => 1 + Math.floor(rng() * 3) * Number.EPSILON, // values one ulp apart
			() => 5 // all equal
		];
		for (let trial = 0; trial < 350; trial++) {
			const draw = kinds[trial % kinds.length]!;
			const n = 1 + Math.floor(rng() * (trial < 70 ? 300 : 20_000));
			const values = Float64Array.from({ length: n }, (_, i) => (rng() < 0.02 ? NaN : draw(i)));
			const out = new Float64Array(5);
			bandQuantiles(values, new Float64Array(n), out);
			const finite = Array.from(values).filter((x) => !Number.isNaN(x));
			const expected = probabilities.map((p) => quantile(finite, p) ?? NaN);
			expect(Array.from(out)).toEqual(expected);
		}
	});

	it('columnQuantiles gives each column of a matrix in row blocks the same as bandQuantiles', () => {
		const rng = pathStream('quantiles-matrix', 0, 'noise');
		for (const [rows, columns, used] of [
			[1, 1, 1],
			[7, 13, 7],
			[1000, 60, 1000],
			[333, 17, 250]
		] as const) {
			// Row blocks of uneven sizes, as chunks of different lengths would give.
			const blocks: Float64Array[] = [];
			for (let left = rows; left > 0;) {
				const take = Math.min(left, 1 + Math.floor(rng() * 300));
				blocks.push(
					Float64Array.from({ length: take * columns }, () =>
						rng() < 0.05 ? NaN : Math.floor(rng() * 50) * (rng() < 0.5 ? 1 : 1.5)
					)
				);
				left -= take;
			}
			const all = new Float64Array(rows * columns);
			let at = 0;
			for (const block of blocks) {
				all.set(block, at);
				at += block.length;
			}
			const out = new Float64Array(5 * columns + 2);
			columnQuantiles(blocks, used, columns, new Float64Array(columnScratchSize(used)), out, 2);
			for (let c = 0; c < columns; c++) {
				const column = Float64Array.from({ length: used }, (_, r) => all[r * columns + c]!);
				const expected = new Float64Array(5);
				bandQuantiles(column, new Float64Array(used), expected);
				expect(Array.from(out.subarray(2 + 5 * c, 7 + 5 * c))).toEqual(Array.from(expected));
			}
		}
	});

	it('gives NaN when no value is defined', () => {
		const out = new Float64Array(5);
		bandQuantiles(new Float64Array([NaN, NaN]), new Float64Array(2), out);
		expect(Array.from(out).every(Number.isNaN)).toBe(true);
	});
});

describe('summaries and ranks', () => {
	it('summarise gives the mean of the defined values and monotone quantiles', () => {
		const s = summarise(new Float64Array([4, NaN, 1, 3, 2]));
		expect(s.mean).toBe(2.5);
		expect([s.p5, s.p25, s.p50, s.p75, s.p95]).toEqual(
			[0.05, 0.25, 0.5, 0.75, 0.95].map((p) => quantile([4, 1, 3, 2], p))
		);
		expect(s.p25).toBeCloseTo(1.75, 12);
	});

	it('ranks ties by their average and correlates monotone data perfectly', () => {
		expect(Array.from(averageRanks(new Float64Array([10, 20, 20, 5])))).toEqual([2, 3.5, 3.5, 1]);
		const x = Float64Array.from({ length: 50 }, (_, i) => i);
		const y = x.map((v) => Math.exp(v / 10));
		expect(rankCorrelation(x, y)).toBeCloseTo(1, 12);
		expect(
			rankCorrelation(
				x,
				y.map((v) => -v)
			)
		).toBeCloseTo(-1, 12);
		expect(rankCorrelation(x, new Float64Array(50).fill(3))).toBe(0);
	});
});
