/** Signed horizontal bars, one row each, from the zero line to the value (levers, EVPPI, splits). */
import { scaleBand, type ScaleLinear } from 'd3';

export interface BarInput {
	key: string;
	value: number;
}

export interface BarRow extends BarInput {
	x: number;
	width: number;
	y: number;
	height: number;
}

/** The value domain of the bars, always containing zero and never a single point. */
export function barDomain(entries: readonly BarInput[]): [number, number] {
	let lo = 0;
	let hi = 0;
	for (const e of entries) {
		if (!Number.isFinite(e.value)) continue;
		lo = Math.min(lo, e.value);
		hi = Math.max(hi, e.value);
	}
	return lo === hi ? [0, 1] : [lo, hi];
}

export function barRows(
	entries: readonly BarInput[],
	x: ScaleLinear<number, number>,
	heightPx: number
): BarRow[] {
	const band = scaleBand<number>()
		.domain(entries.map((_, i) => i))
		.range([0, heightPx])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	return entries.map((e, i) => {
		const a = x(0);
		const b = x(Number.isFinite(e.value) ? e.value : 0);
		return {
			...e,
			x: Math.min(a, b),
			width: Math.abs(b - a),
			y: band(i) ?? 0,
			height: band.bandwidth()
		};
	});
}
