/**
 * Geometry of the calibration charts: Kaplan–Meier steps and their band, fitted survival
 * curves, at-risk counts under the axis, and stacked histogram bars. Survival arrays start at
 * age 1 (index 0); every curve starts at (age 0, 1).
 */

/** A scale from data to px. */
export type Scale = (value: number) => number;

/** The Kaplan–Meier step line: flat from age a − 1 to a, then down to S(a). */
export function stepPath(survival: readonly number[], x: Scale, y: Scale): string {
	let d = `M${x(0)},${y(1)}`;
	survival.forEach((s, i) => {
		d += `H${x(i + 1)}V${y(s)}`;
	});
	return d;
}

/**
 * The band between `low` and `high` as steps: the upper edge forward, the lower edge back.
 * Each edge drops where the curve drops (at the end of each age).
 */
export function stepBandPath(
	low: readonly number[],
	high: readonly number[],
	x: Scale,
	y: Scale
): string {
	if (low.length === 0) return '';
	let d = `M${x(0)},${y(1)}`;
	high.forEach((s, i) => {
		d += `H${x(i + 1)}V${y(s)}`;
	});
	for (let i = low.length - 1; i >= 0; i--) {
		d += `V${y(low[i]!)}H${x(i)}`;
	}
	return `${d}V${y(1)}Z`;
}

/** A model's survival as a polyline through (0, 1), (1, S(1)), …, cut at `ages`. */
export function curvePath(survival: readonly number[], x: Scale, y: Scale, ages: number): string {
	let d = `M${x(0)},${y(1)}`;
	for (let i = 0; i < Math.min(ages, survival.length); i++) d += `L${x(i + 1)},${y(survival[i]!)}`;
	return d;
}

/**
 * Customers at risk at each tick age: n_t = customers with tenure ≥ t, from the life table's
 * at-risk column; at age 0 every customer. Beyond the table nobody is at risk.
 */
export function atRiskAt(
	atRisk: readonly number[],
	customers: number,
	ages: readonly number[]
): number[] {
	return ages.map((age) => (age <= 0 ? customers : (atRisk[age - 1] ?? 0)));
}

/** One bar of a two-part stacked histogram, in px. */
export interface StackedBar {
	left: number;
	width: number;
	/** Lower part (first series): top y and height. */
	lowerTop: number;
	lowerHeight: number;
	/** Upper part (second series), stacked on the lower one. */
	upperTop: number;
	upperHeight: number;
}

/** Bars of bins with two counts stacked (lower first), e.g. active and left customers. */
export function stackedBars(
	bins: readonly { x0: number; x1: number; lower: number; upper: number }[],
	x: Scale,
	y: Scale
): StackedBar[] {
	return bins.map((b) => {
		const base = y(0);
		const mid = y(b.lower);
		const top = y(b.lower + b.upper);
		return {
			left: x(b.x0),
			width: Math.max(0, x(b.x1) - x(b.x0)),
			lowerTop: mid,
			lowerHeight: base - mid,
			upperTop: top,
			upperHeight: mid - top
		};
	});
}

/** The value of a survival curve at age `age` (1 at age 0; undefined beyond the curve). */
export function survivalAt(survival: readonly number[], age: number): number | undefined {
	return age <= 0 ? 1 : survival[age - 1];
}
