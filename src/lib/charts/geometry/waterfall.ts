/**
 * Waterfall geometry: P&L lines as horizontal steps, each starting where the previous one ended,
 * then the total from zero. A line's p5–p95 whisker is drawn around its own step.
 */
import { scaleBand, type ScaleLinear } from 'd3';

/** One line of the waterfall, in money. */
export interface WaterfallInput {
	key: string;
	value: number;
	/** p5 and p95 of the line over paths (optional whisker). */
	low?: number;
	high?: number;
}

/** A step in value space: from `start` to `end`; the total runs from 0. */
export interface WaterfallStep extends WaterfallInput {
	start: number;
	end: number;
	kind: 'up' | 'down' | 'total';
	/** Whisker ends in value space, when the line has quantiles. */
	whisker?: [number, number];
}

export function waterfallSteps(
	lines: readonly WaterfallInput[],
	total: WaterfallInput
): WaterfallStep[] {
	let running = 0;
	const steps: WaterfallStep[] = lines.map((line) => {
		const start = running;
		running += line.value;
		return {
			...line,
			start,
			end: running,
			kind: line.value >= 0 ? 'up' : 'down',
			whisker:
				line.low !== undefined && line.high !== undefined
					? [start + line.low, start + line.high]
					: undefined
		};
	});
	steps.push({
		...total,
		start: 0,
		end: total.value,
		kind: 'total',
		whisker:
			total.low !== undefined && total.high !== undefined ? [total.low, total.high] : undefined
	});
	return steps;
}

/** Every value a waterfall draws (steps, whiskers and zero), for the domain. */
export function waterfallExtent(steps: readonly WaterfallStep[]): [number, number] {
	let lo = 0;
	let hi = 0;
	for (const s of steps) {
		for (const v of [s.start, s.end, ...(s.whisker ?? [])]) {
			if (!Number.isFinite(v)) continue;
			lo = Math.min(lo, v);
			hi = Math.max(hi, v);
		}
	}
	return lo === hi ? [lo - 1, hi + 1] : [lo, hi];
}

/** A step in px. */
export interface WaterfallBar extends WaterfallStep {
	x: number;
	width: number;
	y: number;
	height: number;
	/** Whisker ends in px. */
	whiskerPx?: [number, number];
}

export function waterfallBars(
	steps: readonly WaterfallStep[],
	x: ScaleLinear<number, number>,
	heightPx: number
): WaterfallBar[] {
	const band = scaleBand<number>()
		.domain(steps.map((_, i) => i))
		.range([0, heightPx])
		.paddingInner(0.3)
		.paddingOuter(0.15);
	return steps.map((s, i) => {
		const a = x(s.start);
		const b = x(s.end);
		return {
			...s,
			x: Math.min(a, b),
			width: Math.abs(b - a),
			y: band(i) ?? 0,
			height: band.bandwidth(),
			whiskerPx: s.whisker ? [x(s.whisker[0]), x(s.whisker[1])] : undefined
		};
	});
}
