/**
 * Scales, ticks and margins shared by every chart. Pure: no DOM, no Svelte. Text widths are
 * estimated from character counts so that layout never has to measure the page.
 */
import { format as d3Format, scaleLinear, type ScaleLinear } from 'd3';

/** A tick ready to draw: data value, pixel position along its axis, and its label. */
export interface Tick {
	value: number;
	px: number;
	label: string;
}

/** Space in px around the plotting area, for axes and their labels. */
export interface Margin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** [min, max] over every finite number in the arrays; undefined when none is finite. */
export function finiteExtent(arrays: Iterable<ArrayLike<number>>): [number, number] | undefined {
	let lo = Infinity;
	let hi = -Infinity;
	for (const a of arrays) {
		for (let i = 0; i < a.length; i++) {
			const v = a[i]!;
			if (!Number.isFinite(v)) continue;
			if (v < lo) lo = v;
			if (v > hi) hi = v;
		}
	}
	return lo <= hi ? [lo, hi] : undefined;
}

/** A value domain that contains zero when `includeZero`, and is never empty or a single point. */
export function paddedDomain(
	extent: [number, number] | undefined,
	includeZero: boolean
): [number, number] {
	let [lo, hi] = extent ?? [0, 1];
	if (includeZero) {
		lo = Math.min(lo, 0);
		hi = Math.max(hi, 0);
	}
	if (lo === hi) {
		const pad = Math.abs(lo) * 0.1 || 1;
		return includeZero && lo === 0 ? [0, 1] : [lo - pad, hi + pad];
	}
	return [lo, hi];
}

/** Linear scale from a value domain to a pixel range, its ends extended to round tick values. */
export function niceLinear(
	domain: [number, number],
	range: [number, number],
	tickCount: number
): ScaleLinear<number, number> {
	return scaleLinear().domain(domain).range(range).nice(tickCount);
}

/** How many ticks fit along `lengthPx` when each needs about `spacingPx`; at least 2. */
export function tickCountFor(lengthPx: number, spacingPx: number): number {
	return Math.max(2, Math.floor(lengthPx / spacingPx));
}

/** About `count` round ticks of a linear scale, all inside its domain, positioned and labelled. */
export function linearTicks(
	scale: ScaleLinear<number, number>,
	count: number,
	format: (v: number) => string
): Tick[] {
	return scale.ticks(count).map((value) => ({ value, px: scale(value), label: format(value) }));
}

/** Round month steps: a month, a quarter, half a year, years, five and ten years. */
const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120] as const;

/**
 * Month ticks (months 1…horizon): multiples of the smallest round step that gives at most
 * `maxCount` ticks, so that 240 months read 60, 120, 180, 240 rather than 50, 100, 150, 200.
 */
export function monthTicks(horizonMonths: number, maxCount: number): number[] {
	const step = MONTH_STEPS.find((s) => Math.floor(horizonMonths / s) <= maxCount) ?? 120;
	const ticks: number[] = [];
	for (let m = step; m <= horizonMonths; m += step) ticks.push(m);
	return ticks.length > 0 ? ticks : [horizonMonths];
}

/** Estimated rendered width in px of a label in the chart font (a little generous). */
export function approxTextWidth(text: string, fontPx = 11): number {
	return text.length * fontPx * 0.62;
}

/**
 * `text` broken at spaces into lines no wider than `maxWidth` px (approximately), at most
 * `maxLines` of them; only a last line that still does not fit is cut with an ellipsis. A word
 * longer than a line is cut too.
 */
export function wrapText(text: string, maxWidth: number, fontPx = 11, maxLines = 3): string[] {
	const perLine = Math.max(4, Math.floor(maxWidth / (fontPx * 0.62)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= perLine || line === '') line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	const kept = lines
		.slice(0, maxLines)
		.map((l) => (l.length > perLine ? `${l.slice(0, perLine - 1)}…` : l));
	if (lines.length > maxLines) {
		const last = kept[maxLines - 1]!;
		kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1))}…`;
	}
	return kept;
}

/** Left margin in px that fits the widest y-tick label plus the tick gap. */
export function leftMarginFor(ticks: readonly Tick[], fontPx = 11, min = 36): number {
	const widest = Math.max(0, ...ticks.map((t) => approxTextWidth(t.label, fontPx)));
	return Math.max(min, Math.ceil(widest) + 12);
}

const compactFormat = d3Format('.3~s');
const plainFormat = d3Format(',.4~r');

/** Default compact axis label: SI-style above 1,000 ("1.2M", "3B"), plain digits below. */
export function defaultAxisFormat(v: number): string {
	return Math.abs(v) >= 1000 ? compactFormat(v).replace('G', 'B') : plainFormat(v);
}

const wholeFormat = d3Format(',.0f');
const smallFormat = d3Format('.3~r');

/** Default full value label: whole numbers with separators from 100 up, 3 significant digits below. */
export function defaultValueFormat(v: number): string {
	return Math.abs(v) >= 100 ? wholeFormat(v) : smallFormat(v);
}

/** Month scale of a monthly chart: month 1 at 0 px, the last month at `widthPx`. */
export function monthScale(horizonMonths: number, widthPx: number): ScaleLinear<number, number> {
	return scaleLinear()
		.domain([1, Math.max(2, horizonMonths)])
		.range([0, widthPx]);
}

/** Month ticks placed with `x`, as many round months as fit at about 56 px apart. */
export function monthAxisTicks(
	x: (month: number) => number,
	horizonMonths: number,
	widthPx: number
): Tick[] {
	return monthTicks(horizonMonths, tickCountFor(widthPx, 56)).map((m) => ({
		value: m,
		px: x(m),
		label: String(m)
	}));
}
