/** Tornado geometry: inputs ranked by the strength of their rank correlation with the outcome. */
import { scaleBand, scaleLinear, type ScaleLinear } from 'd3';
import type { SensitivityEntry } from '$lib/sim/types';

/** One horizontal bar in px, from the zero line to the correlation. */
export interface TornadoBar {
	parameter: string;
	/** Spearman rank correlation, −1…1. */
	value: number;
	/** Left edge and width in px (the bar always spans zero … value). */
	x: number;
	width: number;
	/** Top edge and height in px. */
	y: number;
	height: number;
}

/** The `n` entries with the largest |rank correlation| (finite only), strongest first; ties by name. */
export function topSensitivities(
	entries: readonly SensitivityEntry[],
	n: number
): SensitivityEntry[] {
	return entries
		.filter((e) => Number.isFinite(e.rankCorrelation))
		.sort(
			(a, b) =>
				Math.abs(b.rankCorrelation) - Math.abs(a.rankCorrelation) ||
				a.parameter.localeCompare(b.parameter)
		)
		.slice(0, Math.max(0, n));
}

/** Correlation scale: −1…1 onto [0, widthPx]. */
export function correlationScale(widthPx: number): ScaleLinear<number, number> {
	return scaleLinear().domain([-1, 1]).range([0, widthPx]);
}

/** Bars for `ranked` entries (already ordered), one row each over `heightPx`, top to bottom. */
export function tornadoBars(
	ranked: readonly SensitivityEntry[],
	x: (value: number) => number,
	heightPx: number
): TornadoBar[] {
	const band = scaleBand<number>()
		.domain(ranked.map((_, i) => i))
		.range([0, heightPx])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	return ranked.map((e, i) => {
		const a = x(0);
		const b = x(e.rankCorrelation);
		return {
			parameter: e.parameter,
			value: e.rankCorrelation,
			x: Math.min(a, b),
			width: Math.abs(b - a),
			y: band(i) ?? 0,
			height: band.bandwidth()
		};
	});
}
