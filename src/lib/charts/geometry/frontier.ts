/**
 * Budget-frontier geometry: NPV bands (p5–p95, p25–p75) and the mean against the CX share of
 * the budget, with P(beats the baseline) on a second axis (0–100 % on the right).
 */
import { area, line, scaleLinear, type ScaleLinear } from 'd3';
import type { FrontierPoint } from '$lib/decision/frontier';
import { niceLinear, paddedDomain } from './scales';

export interface FrontierGeometry {
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	/** Probability 0…1 onto the plot height. */
	p: ScaleLinear<number, number>;
	outer: string;
	inner: string;
	mean: string;
	probability: string;
	/** Marker positions of each point: mean NPV and probability. */
	markers: { cx: number; cyMean: number; cyProbability: number }[];
}

export function frontierGeometry(
	points: readonly FrontierPoint[],
	widthPx: number,
	heightPx: number,
	tickCount = 5
): FrontierGeometry {
	const values = points.flatMap((p) => [p.npv.quantiles.p5, p.npv.quantiles.p95, p.npv.mean]);
	const finite = values.filter(Number.isFinite);
	const extent: [number, number] | undefined =
		finite.length > 0 ? [Math.min(...finite), Math.max(...finite)] : undefined;
	const x = scaleLinear().domain([0, 1]).range([0, widthPx]);
	const y = niceLinear(paddedDomain(extent, false), [heightPx, 0], tickCount);
	const p = scaleLinear().domain([0, 1]).range([heightPx, 0]);
	const band = (lo: (q: FrontierPoint) => number, hi: (q: FrontierPoint) => number) =>
		area<FrontierPoint>()
			.x((q) => x(q.cxShare))
			.y0((q) => y(lo(q)))
			.y1((q) => y(hi(q)))(points as FrontierPoint[]) ?? '';
	const path = (value: (q: FrontierPoint) => number) =>
		line<FrontierPoint>()
			.x((q) => x(q.cxShare))
			.y(value)(points as FrontierPoint[]) ?? '';
	return {
		x,
		y,
		p,
		outer: band(
			(q) => q.npv.quantiles.p5,
			(q) => q.npv.quantiles.p95
		),
		inner: band(
			(q) => q.npv.quantiles.p25,
			(q) => q.npv.quantiles.p75
		),
		mean: path((q) => y(q.npv.mean)),
		probability: path((q) => p(q.probabilityHigherNpv)),
		markers: points.map((q) => ({
			cx: x(q.cxShare),
			cyMean: y(q.npv.mean),
			cyProbability: p(q.probabilityHigherNpv)
		}))
	};
}
