/** Month cursor for hover and keyboard, and which months a data table lists. Pure. */

/** A scale from month number to px that can be inverted (d3 linear scales are). */
export interface InvertibleScale {
	(value: number): number;
	invert(px: number): number;
}

/** The month (1…horizon) whose x position is nearest to `px` (px inside the plot area). */
export function nearestMonth(px: number, x: InvertibleScale, horizonMonths: number): number {
	const m = Math.round(x.invert(px));
	if (!Number.isFinite(m)) return 1;
	return Math.min(horizonMonths, Math.max(1, m));
}

/**
 * The month after a key press on a month cursor (slider keys: arrows ±1 month, Page Up/Down
 * ±12 months, Home/End first/last month), or undefined when the key does not move it.
 */
export function monthAfterKey(
	key: string,
	month: number,
	horizonMonths: number
): number | undefined {
	const step: Record<string, number> = {
		ArrowRight: 1,
		ArrowUp: 1,
		ArrowLeft: -1,
		ArrowDown: -1,
		PageUp: 12,
		PageDown: -12
	};
	if (key === 'Home') return 1;
	if (key === 'End') return horizonMonths;
	const d = step[key];
	if (d === undefined) return undefined;
	return Math.min(horizonMonths, Math.max(1, month + d));
}

/** Round row steps for data tables, in months. */
const TABLE_STEPS = [1, 3, 6, 12, 24, 60] as const;

/**
 * Months a data table lists: every step-th month (the smallest of 1, 3, 6, 12, 24, 60 that keeps
 * at most `maxRows` rows), starting at month 1, and always the last month.
 */
export function tableMonths(horizonMonths: number, maxRows = 40): number[] {
	const step = TABLE_STEPS.find((s) => Math.ceil(horizonMonths / s) + 1 <= maxRows) ?? 60;
	const months = step === 1 ? [] : [1];
	for (let m = step; m <= horizonMonths; m += step) months.push(m);
	if (months[months.length - 1] !== horizonMonths) months.push(horizonMonths);
	return months;
}
