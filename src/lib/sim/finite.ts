/**
 * The last guard between the engine and anyone who reads a number: a result that holds an
 * infinite value, or NaN where a value always exists, is an error, never a figure. Field bounds
 * (scenario/fields.ts `BOUNDS`) keep every valid scenario far from overflow, so this fires only if
 * the engine or a bound is wrong; the page and the CLI both call it on the summarised result.
 *
 * NaN is the engine's "undefined" (NRR before month 12, a rate over zero customers, a break-even
 * that never happens) and is allowed there; ±Infinity is allowed nowhere.
 */
import type { MonthlyMetric, SeriesSummary, SimulationResult, Summary, Total } from './types';

/** Monthly metrics that have a value in every month of every path. */
const ALWAYS_MONTHLY: ReadonlySet<MonthlyMetric> = new Set([
	'customers',
	'newCustomers',
	'referredCustomers',
	'churnedCustomers',
	'cac',
	'revenue',
	'grossProfit',
	'costToServe',
	'acquisitionSpend',
	'cxSpend',
	'contribution',
	'cumulativeCash',
	'nps'
]);

/** Totals that have a value on every path. */
const ALWAYS_TOTALS: ReadonlySet<Total> = new Set([
	'revenue',
	'contribution',
	'npv',
	'endCustomers'
]);

/** Where a result first holds a value that is not a number it may hold. */
export interface NonFiniteValue {
	/** Name of the strategy (or "A vs B" for a comparison). */
	strategy: string;
	/** `monthly.revenue`, `totals.npv`, `cohorts.customers`, `comparison.npvDifference`, … */
	quantity: string;
	/** Month (1-based) for monthly values. */
	month?: number;
	value: number;
}

/** Thrown by `assertFiniteResult`; `message` is an English sentence for logs and the CLI. */
export class NonFiniteResultError extends Error {
	readonly finding: NonFiniteValue;
	constructor(finding: NonFiniteValue) {
		const where = finding.month === undefined ? '' : ` in month ${finding.month}`;
		super(
			`the simulation produced ${finding.value} for ${finding.quantity} of "${finding.strategy}"${where}; ` +
				'some inputs are too extreme to compute: lower the largest values'
		);
		this.name = 'NonFiniteResultError';
		this.finding = finding;
	}
}

const bad = (x: number, undefinedAllowed: boolean) =>
	x === Infinity || x === -Infinity || (!undefinedAllowed && x !== x);

/** Index of the first bad value of `values`, or -1. */
function firstBad(values: ArrayLike<number>, undefinedAllowed: boolean): number {
	for (let i = 0; i < values.length; i++) if (bad(values[i]!, undefinedAllowed)) return i;
	return -1;
}

function badSummary(summary: Summary, undefinedAllowed: boolean): number | undefined {
	for (const key of ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const) {
		if (bad(summary[key], undefinedAllowed)) return summary[key];
	}
	return undefined;
}

/** The first value of `result` that no valid simulation can produce, or undefined. */
export function findNonFinite(result: SimulationResult): NonFiniteValue | undefined {
	// `?? []`: a result cut down to its header (a test double) holds nothing to check.
	for (const s of result.strategies ?? []) {
		for (const [metric, series] of Object.entries(s.monthly) as [MonthlyMetric, SeriesSummary][]) {
			const allowed = !ALWAYS_MONTHLY.has(metric);
			for (const key of ['mean', 'p5', 'p25', 'p50', 'p75', 'p95'] as const) {
				const values = series[key];
				// Quantiles of months outside the bands are NaN by design; means always exist.
				const i = firstBad(values, allowed || key !== 'mean');
				if (i >= 0)
					return {
						strategy: s.name,
						quantity: `monthly.${metric}`,
						month: i + 1,
						value: values[i]!
					};
			}
		}
		for (const [total, summary] of Object.entries(s.totals) as [Total, Summary][]) {
			const value = badSummary(summary, !ALWAYS_TOTALS.has(total));
			if (value !== undefined) return { strategy: s.name, quantity: `totals.${total}`, value };
		}
		for (const kind of ['customers', 'revenue'] as const) {
			for (const layer of s.cohorts[kind]) {
				const i = firstBad(layer, true);
				if (i >= 0)
					return { strategy: s.name, quantity: `cohorts.${kind}`, month: i + 1, value: layer[i]! };
			}
		}
	}
	for (const c of result.comparisons ?? []) {
		const strategy = `${c.strategy} vs ${c.baseline}`;
		const checks: [string, number, boolean][] = [
			['probabilityHigherNpv', c.probabilityHigherNpv, false],
			['npvDifferenceStandardError', c.npvDifferenceStandardError, true],
			['breakEvenMonth.neverShare', c.breakEvenMonth.neverShare, false]
		];
		const npv = badSummary(c.npvDifference, false);
		if (npv !== undefined) return { strategy, quantity: 'comparison.npvDifference', value: npv };
		const breakEven = badSummary(c.breakEvenMonth, true);
		if (breakEven !== undefined)
			return { strategy, quantity: 'comparison.breakEvenMonth', value: breakEven };
		for (const entry of c.sensitivity)
			checks.push([`sensitivity.${entry.parameter}`, entry.rankCorrelation, true]);
		for (const [quantity, value, allowed] of checks) {
			if (bad(value, allowed)) return { strategy, quantity: `comparison.${quantity}`, value };
		}
	}
	return undefined;
}

/** Throws `NonFiniteResultError` when `result` holds a value it may not hold. */
export function assertFiniteResult(result: SimulationResult): SimulationResult {
	const finding = findNonFinite(result);
	if (finding) throw new NonFiniteResultError(finding);
	return result;
}
