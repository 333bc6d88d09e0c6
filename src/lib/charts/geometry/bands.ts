/**
 * Fan-chart geometry: the 5–95 % and 25–75 % bands and the median line of a `SeriesSummary`.
 * Months whose quantiles are NaN (undefined in the engine) are gaps, not zeros.
 */
import { area, line } from 'd3';
import type { SeriesSummary } from '$lib/sim/types';
import { finiteExtent, paddedDomain } from './scales';

/** One month of a fan in px: x, and the y of each quantile (NaN where undefined). */
export interface BandPoint {
	month: number;
	x: number;
	p5: number;
	p25: number;
	p50: number;
	p75: number;
	p95: number;
}

/** SVG path data of one fan: outer band (p5–p95), inner band (p25–p75), median line. */
export interface BandPaths {
	outer: string;
	inner: string;
	median: string;
}

/** Each month of `summary` (index 0 = month 1) mapped to px with the scales `x` (month) and `y` (value). */
export function bandPoints(
	summary: SeriesSummary,
	x: (month: number) => number,
	y: (value: number) => number
): BandPoint[] {
	const px = (v: number | undefined) => (v !== undefined && Number.isFinite(v) ? y(v) : NaN);
	return Array.from(summary.p50, (_, t) => ({
		month: t + 1,
		x: x(t + 1),
		p5: px(summary.p5[t]),
		p25: px(summary.p25[t]),
		p50: px(summary.p50[t]),
		p75: px(summary.p75[t]),
		p95: px(summary.p95[t])
	}));
}

const ok = Number.isFinite;

const outerArea = area<BandPoint>()
	.defined((p) => ok(p.p5) && ok(p.p95))
	.x((p) => p.x)
	.y0((p) => p.p5)
	.y1((p) => p.p95);

const innerArea = area<BandPoint>()
	.defined((p) => ok(p.p25) && ok(p.p75))
	.x((p) => p.x)
	.y0((p) => p.p25)
	.y1((p) => p.p75);

const medianLine = line<BandPoint>()
	.defined((p) => ok(p.p50))
	.x((p) => p.x)
	.y((p) => p.p50);

/** Path data for the bands and median line; undefined months break the shapes into pieces. */
export function bandPaths(points: BandPoint[]): BandPaths {
	return {
		outer: outerArea(points) ?? '',
		inner: innerArea(points) ?? '',
		median: medianLine(points) ?? ''
	};
}

/** Value domain covering every strategy's p5…p95 (and zero when `includeZero`). */
export function fanDomain(summaries: SeriesSummary[], includeZero: boolean): [number, number] {
	const extent = finiteExtent(summaries.flatMap((s) => [s.p5, s.p95, s.p50]));
	return paddedDomain(extent, includeZero);
}
