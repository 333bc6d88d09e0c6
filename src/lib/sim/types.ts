/**
 * The engine's outputs. Per-month arrays have length T (index 0 = month 1); NaN inside the
 * engine marks an undefined value (NRR before month 12, a rate over zero customers) and
 * becomes `null` in JSON.
 */
import type { Scenario } from '../scenario/types';

/** Per-month metrics of MODEL.md section 5, in a fixed order. */
export const MONTHLY_METRICS = [
	'customers',
	'newCustomers',
	'referredCustomers',
	'churnedCustomers',
	'churnRate',
	'cac',
	'blendedCac',
	'revenue',
	'grossProfit',
	'costToServe',
	'acquisitionSpend',
	'cxSpend',
	'contribution',
	'cumulativeCash',
	'nps',
	'nrr',
	'revenueFromNewShare'
] as const;
export type MonthlyMetric = (typeof MONTHLY_METRICS)[number];

/** Per-path totals of MODEL.md section 5, in a fixed order. */
export const TOTALS = [
	'revenue',
	'contribution',
	'npv',
	'endCustomers',
	'averageChurnRate',
	'clvNew',
	'clvToCac',
	'paybackMonths',
	'replacementRatio'
] as const;
export type Total = (typeof TOTALS)[number];

/** Mean and quantiles of one quantity over paths (NaN where no path has a value). */
export interface Summary {
	mean: number;
	p5: number;
	p25: number;
	p50: number;
	p75: number;
	p95: number;
}

/** Mean and quantiles per month, each an array of length T. */
export interface SeriesSummary {
	mean: Float64Array;
	p5: Float64Array;
	p25: Float64Array;
	p50: Float64Array;
	p75: Float64Array;
	p95: Float64Array;
}

/** Mean over paths of customers and revenue by acquisition year: the "layer cake". */
export interface CohortLayers {
	/** "base", then "year 1", "year 2", … */
	layers: string[];
	/** customers[layer][month] */
	customers: Float64Array[];
	/** revenue[layer][month] */
	revenue: Float64Array[];
}

export interface StrategyResult {
	id: string;
	name: string;
	monthly: Record<MonthlyMetric, SeriesSummary>;
	totals: Record<Total, Summary>;
	cohorts: CohortLayers;
}

export interface SensitivityEntry {
	/** Field path of the uncertain input, e.g. `effects.churnNpsElasticity`. */
	parameter: string;
	/** Spearman rank correlation of the input's draws with the NPV difference. */
	rankCorrelation: number;
}

export interface Comparison {
	strategy: string;
	baseline: string;
	npvDifference: Summary;
	/** Share of paths on which this strategy's NPV beats the baseline's. */
	probabilityHigherNpv: number;
	/** Quantiles over the paths that break even, plus the share that never does. */
	breakEvenMonth: Summary & { neverShare: number };
	/** Standard error of the mean NPV difference (Monte Carlo precision). */
	npvDifferenceStandardError: number;
	sensitivity: SensitivityEntry[];
	/** Histogram of the per-path NPV difference (d3.bin, "nice" thresholds). */
	npvDifferenceHistogram: Histogram;
}

/** Bins [x0[i], x1[i]) with their path counts. */
export interface Histogram {
	x0: Float64Array;
	x1: Float64Array;
	counts: Float64Array;
}

export interface SimulationResult {
	schema: 1;
	paths: number;
	seed: string;
	horizonMonths: number;
	/** Paths whose monthly values feed the monthly quantile bands (all, unless memory caps it). */
	bandPaths: number;
	scenario: Scenario;
	strategies: StrategyResult[];
	comparisons: Comparison[];
}
