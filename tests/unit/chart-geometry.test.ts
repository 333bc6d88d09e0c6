/** Chart geometry: the invariants a reader of the charts relies on, on synthetic data. */
import { bin, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { bandPaths, bandPoints, fanDomain } from '$lib/charts/geometry/bands';
import { cellAt, retentionAt, retentionRows } from '$lib/charts/geometry/heatmap';
import * as hist from '$lib/charts/geometry/histogram';
import { monthAfterKey, nearestMonth, tableMonths } from '$lib/charts/geometry/hover';
import * as scales from '$lib/charts/geometry/scales';
import { stackLayers, stackTotals } from '$lib/charts/geometry/stack';
import { correlationScale, topSensitivities, tornadoBars } from '$lib/charts/geometry/tornado';
import { layerColors, strategyColor } from '$lib/charts/palette';
import type { SeriesSummary } from '$lib/sim/types';

/** Normal-quantile offsets of each field of a `SeriesSummary`. */
const Z = { mean: 0.1, p5: -1.645, p25: -0.674, p50: 0, p75: 0.674, p95: 1.645 };

/** A summary rising from 100 by 10 a month, bands widening with √t; `gaps` (months) are NaN. */
function syntheticSummary(T: number, gaps: number[] = []): SeriesSummary {
	const series = (z: number) =>
		Float64Array.from({ length: T }, (_, t) =>
			gaps.includes(t + 1) ? NaN : 100 + 10 * t + z * 4 * Math.sqrt(t + 1)
		);
	const entries = Object.entries(Z).map(([key, z]) => [key, series(z)]);
	return Object.fromEntries(entries) as SeriesSummary;
}

/** Number of separate pieces ("M" moves) in an SVG path. */
const pieces = (d: string) => (d.match(/M/g) ?? []).length;

describe('fan bands', () => {
	const T = 60;
	const summary = syntheticSummary(T);
	const y = scales.niceLinear(fanDomain([summary], true), [200, 0], 5);
	const x = scaleLinear().domain([1, T]).range([0, 600]);
	const points = bandPoints(summary, x, y);

	it('keeps the quantiles nested in px (y grows downwards: p95 above p5), inside the plot', () => {
		expect(points).toHaveLength(T);
		for (const p of points) {
			expect(p.p95).toBeLessThanOrEqual(p.p75);
			expect(p.p75).toBeLessThanOrEqual(p.p50);
			expect(p.p50).toBeLessThanOrEqual(p.p25);
			expect(p.p25).toBeLessThanOrEqual(p.p5);
		}
		const last = points[T - 1]!;
		expect(last.p5 - last.p95).toBeGreaterThan(last.p25 - last.p75); // 90 % band is wider
		expect(last.x).toBe(600);
		expect(last.p50).toBeCloseTo(y(100 + 10 * 59), 9);
		expect(Math.min(...points.map((p) => p.p95))).toBeGreaterThanOrEqual(0);
		expect(Math.max(...points.map((p) => p.p5))).toBeLessThanOrEqual(200);
	});

	it('draws each band and the median as one piece when nothing is undefined', () => {
		const paths = bandPaths(points);
		expect([paths.outer, paths.inner, paths.median].map(pieces)).toEqual([1, 1, 1]);
	});

	it('skips NaN months: gaps split the shapes and emit no NaN coordinates', () => {
		const gappy = syntheticSummary(24, [1, 2, 3, 12, 13]);
		const paths = bandPaths(bandPoints(gappy, scaleLinear().domain([1, 24]).range([0, 230]), y));
		expect([paths.outer, paths.inner, paths.median].map(pieces)).toEqual([2, 2, 2]); // 4–11, 14–24
		expect(paths.outer + paths.inner + paths.median).not.toMatch(/NaN/);
		// 10 px per month: the median starts at month 4 (x = 30) and resumes at month 14 (x = 130).
		expect(paths.median.startsWith('M30,')).toBe(true);
		expect(paths.median).toContain('M130,');
	});

	it('gives empty paths and a unit domain for an all-NaN summary', () => {
		const empty = syntheticSummary(5, [1, 2, 3, 4, 5]);
		const identity = (v: number) => v;
		const paths = bandPaths(bandPoints(empty, identity, identity));
		expect([paths.outer, paths.inner, paths.median]).toEqual(['', '', '']);
		expect(fanDomain([empty], false)).toEqual([0, 1]);
	});
});

describe('scales and ticks', () => {
	it.each([
		[3, 97, 5],
		[-1234, 56789, 6],
		[0.013, 0.087, 4],
		[250_000, 250_000, 5]
	])('ticks for [%d, %d] are round, ascending and inside the domain', (lo, hi, count) => {
		const scale = scales.niceLinear(scales.paddedDomain([lo, hi], false), [0, 300], count);
		const [dlo, dhi] = scale.domain() as [number, number];
		expect(dlo).toBeLessThanOrEqual(lo);
		expect(dhi).toBeGreaterThanOrEqual(hi);
		const ticks = scales.linearTicks(scale, count, String);
		const values = ticks.map((t) => t.value);
		expect(values.length).toBeGreaterThanOrEqual(2);
		expect(values).toEqual([...new Set(values)].sort((a, b) => a - b));
		expect(Math.min(...values)).toBeGreaterThanOrEqual(dlo);
		expect(Math.max(...values)).toBeLessThanOrEqual(dhi);
		expect(Math.min(...ticks.map((t) => t.px))).toBeGreaterThanOrEqual(0);
		expect(Math.max(...ticks.map((t) => t.px))).toBeLessThanOrEqual(300);
		const step = values[1]! - values[0]!;
		const mantissa = step / 10 ** Math.floor(Math.log10(step));
		expect([1, 2, 5]).toContain(Math.round(mantissa * 1e9) / 1e9);
	});

	it('includes zero on request and never returns an empty domain', () => {
		expect(scales.paddedDomain([5, 9], true)).toEqual([0, 9]);
		expect(scales.paddedDomain([-3, -1], true)).toEqual([-3, 0]);
		expect(scales.paddedDomain([4, 4], false)).toEqual([3.6, 4.4]);
		expect(scales.paddedDomain(undefined, true)).toEqual([0, 1]);
		const extent = scales.finiteExtent([Float64Array.of(NaN, 2, -1), Float64Array.of(Infinity, 7)]);
		expect(extent).toEqual([-1, 7]);
	});

	it.each([
		[240, 8, [60, 120, 180, 240]],
		[120, 10, [12, 24, 36, 48, 60, 72, 84, 96, 108, 120]],
		[36, 6, [6, 12, 18, 24, 30, 36]],
		[12, 12, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]],
		[50, 1, [50]]
	])('month ticks for %i months, at most %i: %j', (T, max, expected) => {
		expect(scales.monthTicks(T, max)).toEqual(expected);
		expect(expected.length).toBeLessThanOrEqual(max);
	});
});

describe('layer stack', () => {
	const layers = [
		Float64Array.of(100, 90, 81, 73),
		Float64Array.of(0, 10, 19, 27),
		Float64Array.of(NaN, 0, 5, 12.5)
	];
	const stacked = stackLayers(layers);

	it('has the top of the last layer equal to the column total', () => {
		const totals = Array.from(stackTotals(layers));
		expect(totals).toEqual([100, 100, 105, 112.5]);
		expect(Array.from(stacked[2]!.y1)).toEqual(totals);
	});

	it('stacks in input order, base at the bottom, each layer starting where the previous ends', () => {
		expect(stacked.map((s) => s.index)).toEqual([0, 1, 2]);
		expect(Array.from(stacked[0]!.y0)).toEqual([0, 0, 0, 0]);
		for (let k = 1; k < stacked.length; k++) {
			expect(Array.from(stacked[k]!.y0)).toEqual(Array.from(stacked[k - 1]!.y1));
		}
		// The NaN (no paths) month counts as 0: the layer has zero thickness there.
		expect(stacked[2]!.y1[0]! - stacked[2]!.y0[0]!).toBe(0);
	});
});

describe('retention heatmap', () => {
	/** Base of 1,000 decaying 2 %/month; year-y layers fill over their year, then decay 3 %/month. */
	function cohorts(T: number): Float64Array[] {
		const year = (y: number) => (m: number) =>
			m <= 12 * (y - 1) ? 0 : m <= 12 * y ? 50 * (m - 12 * (y - 1)) : 600 * 0.97 ** (m - 12 * y);
		const layer = (f: (m: number) => number) =>
			Float64Array.from({ length: T }, (_, t) => f(t + 1));
		const years = Array.from({ length: Math.ceil(T / 12) }, (_, i) => layer(year(i + 1)));
		return [layer((m) => 1000 * 0.98 ** m), ...years];
	}

	it('gives shares in [0, 1], equal to 1 at the reference month and decaying after it', () => {
		const rows = retentionRows(cohorts(60));
		// Base + years 1–5 (year 5 ends at month 60, inside the horizon).
		expect(rows.map((r) => r.referenceMonth)).toEqual([1, 12, 24, 36, 48, 60]);
		for (const row of rows) {
			expect(row.cells[0]).toEqual({ month: row.referenceMonth, value: 1 });
			for (let i = 0; i < row.cells.length; i++) {
				const v = row.cells[i]!.value;
				expect(v).toBeGreaterThanOrEqual(0);
				expect(v).toBeLessThanOrEqual(1);
				if (i > 0) expect(v).toBeLessThan(row.cells[i - 1]!.value);
			}
		}
		expect(rows[1]!.cells).toHaveLength(60 - 12 + 1);
		expect(retentionAt(rows[1]!, 24)).toBeCloseTo(0.97 ** 12, 12);
		expect(retentionAt(rows[1]!, 11)).toBeUndefined();
		expect(retentionAt(rows[0]!, 13)).toBeCloseTo(0.98 ** 12, 12);
	});

	it('leaves out a layer whose acquisition year ends after the horizon', () => {
		expect(retentionRows(cohorts(30)).map((r) => r.layer)).toEqual([0, 1, 2]);
	});

	it('finds the cell under a point and nothing outside the grid', () => {
		const grid = { cellWidth: 5, cellHeight: 10, horizonMonths: 60 };
		expect(cellAt(grid, 3, 0, 0)).toEqual({ row: 0, month: 1 });
		expect(cellAt(grid, 3, 297, 25)).toEqual({ row: 2, month: 60 });
		expect(cellAt(grid, 3, 300, 5)).toBeUndefined();
		expect(cellAt(grid, 3, 10, 31)).toBeUndefined();
	});
});

describe('NPV histogram', () => {
	// A deterministic, skewed spread of 1,000 differences around +40k, binned like the engine.
	const values = Float64Array.from({ length: 1000 }, (_, i) => {
		const u = (i + 0.5) / 1000;
		return 40_000 + 90_000 * Math.tan(Math.PI * (u - 0.5) * 0.8) * (u < 0.5 ? 1.3 : 1);
	});
	const raw = bin().thresholds(40)(values);
	const bins = hist.histogramBins({
		x0: Float64Array.from(raw, (b) => b.x0 ?? NaN),
		x1: Float64Array.from(raw, (b) => b.x1 ?? NaN),
		counts: Float64Array.from(raw, (b) => b.length)
	});
	const x = scaleLinear().domain(hist.binDomain(bins)).range([0, 500]);
	const y = scaleLinear().domain([0, 100]).range([180, 0]);
	const bars = hist.histogramBars(bins, x, y);

	it('covers the data range with contiguous bars and counts every path once', () => {
		expect(hist.binTotal(bins)).toBe(1000);
		expect(bins[0]!.x0).toBeLessThanOrEqual(Math.min(...values));
		expect(bins.at(-1)!.x1).toBeGreaterThanOrEqual(Math.max(...values));
		for (let i = 1; i < bars.length; i++) {
			expect(bars[i]!.left).toBe(bars[i - 1]!.right);
			expect(bars[i]!.right).toBeGreaterThan(bars[i]!.left);
		}
		for (const b of bars) expect(b.top + b.height).toBeCloseTo(180, 9);
		expect(bars[0]!.height).toBeCloseTo(1.8 * bins[0]!.count, 9);
	});

	it('colours bins by sign and estimates the share above zero', () => {
		for (const b of bins) {
			const sign = b.x1 <= 0 ? 'negative' : b.x0 >= 0 ? 'positive' : 'straddle';
			expect(b.sign).toBe(sign);
		}
		const exact = values.filter((v) => v > 0).length / values.length;
		expect(hist.shareAbove(bins, 0)).toBeCloseTo(exact, 1);
	});

	it('keeps zero on the axis when every path is positive', () => {
		const [x0, x1, counts] = [
			Float64Array.of(10, 20),
			Float64Array.of(20, 30),
			Float64Array.of(3, 4)
		];
		const positive = hist.histogramBins({ x0, x1, counts });
		expect(hist.binDomain(positive)).toEqual([0, 30]);
		expect(hist.shareAbove(positive)).toBe(1);
	});
});

describe('tornado', () => {
	const entries = [
		{ parameter: 'a.small', rankCorrelation: 0.05 },
		{ parameter: 'b.strongNegative', rankCorrelation: -0.71 },
		{ parameter: 'c.undefined', rankCorrelation: NaN },
		{ parameter: 'd.strongPositive', rankCorrelation: 0.62 },
		{ parameter: 'e.medium', rankCorrelation: -0.3 }
	];

	it('ranks by absolute correlation, drops NaN, keeps the top N', () => {
		const top3 = topSensitivities(entries, 3).map((e) => e.parameter);
		expect(top3).toEqual(['b.strongNegative', 'd.strongPositive', 'e.medium']);
		expect(topSensitivities(entries, 10)).toHaveLength(4);
		expect(entries[0]!.parameter).toBe('a.small'); // input untouched
	});

	it('draws bars from zero to the correlation, top row first', () => {
		const x = correlationScale(200);
		const bars = tornadoBars(topSensitivities(entries, 4), x, 100);
		const [first, second] = [bars[0]!, bars[1]!];
		expect(first.x).toBeCloseTo(x(-0.71), 9);
		expect(first.x + first.width).toBeCloseTo(100, 9);
		expect(second.x).toBeCloseTo(100, 9);
		expect(second.width).toBeCloseTo(0.62 * 100, 9);
		for (let i = 1; i < bars.length; i++) expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y);
		expect(bars[3]!.y + bars[3]!.height).toBeLessThanOrEqual(100);
	});
});

describe('month cursor, tables and palette', () => {
	it('snaps a pointer to the nearest month and clamps to the horizon', () => {
		const x = scaleLinear().domain([1, 120]).range([0, 595]);
		const months = [0, x(60) + 2, -50, 10_000].map((px) => nearestMonth(px, x, 120));
		expect(months).toEqual([1, 60, 1, 120]);
	});

	it.each([
		['ArrowRight', 10, 11],
		['ArrowLeft', 1, 1],
		['PageUp', 115, 120],
		['PageDown', 30, 18],
		['Home', 50, 1],
		['End', 50, 120],
		['a', 50, undefined]
	])('%s from month %i goes to %s', (key, from, to) => {
		expect(monthAfterKey(key, from, 120)).toBe(to);
	});

	it('lists months at a round step, from month 1 to the last month', () => {
		expect(tableMonths(24)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
		const long = tableMonths(240);
		expect([long[0], long[1], long.at(-1)]).toEqual([1, 12, 240]);
		expect(long.length).toBeLessThanOrEqual(40);
		expect(tableMonths(100, 40).slice(-2)).toEqual([99, 100]);
	});

	it('gives distinct strategy colours and one distinct colour per layer', () => {
		expect(new Set([0, 1, 2, 3].map(strategyColor)).size).toBe(4);
		expect(new Set(layerColors(21)).size).toBe(21);
	});
});
