/**
 * What one strategy's run reads and where it writes (see strategy-run.ts): the metric and total
 * layouts, the per-path sink, the strategy's fixed plan, its per-path inputs (the plan's
 * constants and the path's drawn values, in one struct) and the buffers a path's strategies share.
 */
import type { Scenario } from '../scenario/types';
import * as P from './params';
import { MONTHLY_METRICS, TOTALS } from './types';

export const METRIC_COUNT: number = MONTHLY_METRICS.length;
export const TOTAL_COUNT: number = TOTALS.length;
export const M = Object.fromEntries(MONTHLY_METRICS.map((name, i) => [name, i])) as Record<
	(typeof MONTHLY_METRICS)[number],
	number
>;
export const K = Object.fromEntries(TOTALS.map((name, i) => [name, i])) as Record<
	(typeof TOTALS)[number],
	number
>;

/** The monthly metrics that can be undefined (NaN): only these need counts of defined values. */
export const MAYBE_UNDEFINED_METRICS = [
	'churnRate',
	'blendedCac',
	'nrr',
	'revenueFromNewShare'
] as const satisfies readonly (typeof MONTHLY_METRICS)[number][];

export const EMPTY = new Float64Array(0);
export const MAYBE_UNDEFINED = Int32Array.from(MAYBE_UNDEFINED_METRICS, (metric) => M[metric]!);
export const ALWAYS_DEFINED = Int32Array.from(
	MONTHLY_METRICS.flatMap((metric, m) =>
		(MAYBE_UNDEFINED_METRICS as readonly string[]).includes(metric) ? [] : [m]
	)
);

/** The youngest age that joins the mature pool: past promotion, contract and NRR's 12 months. */
export function ringSize(scenario: Scenario, strategy: number): number {
	const s = scenario.strategies[strategy]!;
	const needed = Math.max(13, (s.promo?.months ?? 0) + 1, (s.lockIn?.months ?? 0) + 1);
	return Math.min(needed, scenario.horizonMonths + 1);
}

/** Number of cohort layers: the starting base plus one per acquisition year. */
export function layerCount(horizonMonths: number): number {
	return 1 + Math.ceil(horizonMonths / 12);
}

/**
 * Where one path's outputs go, each straight into its final place: block sums, the band values
 * at this path's column, totals at this path's index. Sums and layers are added to.
 */
export interface PathSink {
	/** [strategy][metric][month] sums over the block's paths, added to. */
	sums: Float64Array;
	/** [strategy][metric][month] counts of defined values, added to (MAYBE_UNDEFINED_METRICS only). */
	counts: Float64Array;
	/**
	 * Band rows, one array per strategy and banded metric ([strategy][banded metric] order), each
	 * [band path][month]; null when this path feeds no band.
	 */
	bands: Float64Array[] | null;
	/** This path's row in the band arrays. */
	bandIndex: number;
	/** Per metric (MONTHLY_METRICS order): its index among the banded metrics, or −1. */
	bandSlot: Int32Array;
	/** Banded metrics per strategy in `bands`. */
	bandMetrics: number;
	/** [strategy][total][path], written at column `pathIndex`. */
	totals: Float64Array;
	/** [strategy][path], written at column `pathIndex`: first month from which the strategy's cash stays ahead of the baseline's (NaN: never). */
	breakEven: Float64Array;
	/** Paths in `totals` and `breakEven` rows. */
	pathStride: number;
	/** This path's index in them. */
	pathIndex: number;
	/** [strategy][customers | revenue][layer][month], added to. */
	layers: Float64Array;
}

/** What a strategy fixes for the whole run (no drawn inputs). */
export interface StrategyPlan {
	ring: number;
	promoMonths: number;
	promoDiscount: number;
	exclusiveToNew: boolean;
	hasPromo: boolean;
	lockMonths: number;
	lockShare: number;
	hasRetention: boolean;
	cxMonthly: number;
	/** [month] = price index (1 + priceIncreaseAnnual)^((t−1)/12). */
	price: Float64Array;
	/** [month] = acquisition budget. */
	budget: Float64Array;
}

export function strategyPlan(scenario: Scenario, s: number): StrategyPlan {
	const strategy = scenario.strategies[s]!;
	const T = scenario.horizonMonths;
	const price = new Float64Array(T + 1);
	const budget = new Float64Array(T + 1);
	for (let t = 1; t <= T; t++) {
		price[t] = Math.pow(1 + strategy.priceIncreaseAnnual, (t - 1) / 12);
		budget[t] =
			strategy.acquisitionBudgetMonthly *
			Math.pow(1 + strategy.acquisitionBudgetGrowthAnnual, (t - 1) / 12);
	}
	return {
		ring: ringSize(scenario, s),
		promoMonths: strategy.promo?.months ?? 0,
		promoDiscount: strategy.promo?.discount ?? 0,
		exclusiveToNew: strategy.promo?.exclusiveToNew ?? false,
		hasPromo: strategy.promo !== undefined,
		lockMonths: strategy.lockIn?.months ?? 0,
		lockShare: strategy.lockIn?.share ?? 0,
		hasRetention: strategy.retention !== undefined,
		cxMonthly: strategy.cxInvestmentMonthly,
		price,
		budget
	};
}

/** One strategy's inputs on one path: the plan's constants and this path's drawn values. */
export class StrategyInputs {
	shockChurn = 1;
	shockCac = 1;
	arpu = 0;
	margin = 0;
	matureChurn = 0;
	earlyExcess = 0;
	cac0 = 1;
	cacMonthlyGrowth = 1;
	saturation = 0;
	contactCost = 0;
	churnNpsEl = 0;
	referralRate = 0;
	expansion = 0;
	expansionNpsEl = 0;
	contactNpsEl = 0;
	detractorUplift = 0;
	npsMaxLift = 0;
	halfLift = 1;
	npsStep = 0;
	conversion = 1;
	dealSeeker = 1;
	inContract = 1;
	expiryChurn = 0;
	retentionFactor = 1;
	retentionCost = 0;
	/** A customer's whole wallet: arpu / walletShareStart. */
	wallet = 0;
	/** Price factor past the promotion (equal offers spread the discount over the year). */
	fullPrice = 1;
	/** Price factor during the promotion. */
	inPromoPrice = 1;
	/** Hazard factor past the promotion when it is exclusive to new customers. */
	unfairness = 1;
	npsPenalty = 0;
	/** Per-month decay of the early-churn excess, e^{−1/τ}. */
	ageDecay = 1;
	/** A cohort's early-churn excess factor as it joins the pool, e^{−(A−1)/τ}. */
	entryExcess = 0;
	/** [age] = 1 + (E − 1)·e^{−(a−1)/τ}, ages 1 … A−1. */
	readonly early: Float64Array;

	constructor(ring: number) {
		this.early = new Float64Array(ring + 1);
	}

	fill(scenario: Scenario, plan: StrategyPlan, s: number, v: Float64Array): void {
		this.shockChurn = v[P.P_SHOCK_CHURN]!;
		this.shockCac = v[P.P_SHOCK_CAC]!;
		this.arpu = v[P.P_ARPU]!;
		this.margin = v[P.P_MARGIN]!;
		this.matureChurn = v[P.P_MATURE_CHURN]!;
		this.earlyExcess = v[P.P_EARLY_CHURN]! - 1;
		this.cac0 = v[P.P_CAC]!;
		this.cacMonthlyGrowth = Math.pow(1 + v[P.P_CAC_INFLATION]!, 1 / 12);
		this.saturation = v[P.P_SATURATION]!;
		this.contactCost = v[P.P_CONTACTS]! * v[P.P_CONTACT_COST]!;
		this.churnNpsEl = v[P.P_CHURN_NPS]! / 100;
		this.referralRate = v[P.P_REFERRAL]!;
		this.expansion = v[P.P_EXPANSION]!;
		this.expansionNpsEl = v[P.P_EXPANSION_NPS]! / 100;
		this.contactNpsEl = v[P.P_CONTACT_NPS]! / 100;
		this.detractorUplift = v[P.P_DETRACTOR_CAC]!;
		this.npsMaxLift = v[P.P_NPS_MAX_LIFT]!;
		this.halfLift = v[P.P_HALF_LIFT]!;
		this.npsStep = 1 - Math.exp(-1 / v[P.P_NPS_LAG]!);
		this.conversion = plan.hasPromo ? 1 + v[P.strategySlot(s, P.S_CONVERSION_LIFT)]! : 1;
		this.dealSeeker = plan.hasPromo ? v[P.strategySlot(s, P.S_DEAL_SEEKER)]! : 1;
		this.inContract = v[P.strategySlot(s, P.S_IN_CONTRACT)]!;
		this.expiryChurn = v[P.strategySlot(s, P.S_EXPIRY)]!;
		this.retentionFactor = plan.hasRetention ? 1 - v[P.strategySlot(s, P.S_HAZARD_REDUCTION)]! : 1;
		this.retentionCost = plan.hasRetention ? v[P.strategySlot(s, P.S_RETENTION_COST)]! : 0;
		this.wallet = this.arpu / scenario.company.walletShareStart;
		this.inPromoPrice = 1 - plan.promoDiscount;
		// Equal offers: existing customers get the discount too, spread over the year.
		this.fullPrice =
			plan.hasPromo && !plan.exclusiveToNew ? 1 - (plan.promoDiscount * plan.promoMonths) / 12 : 1;
		const exclusive = plan.hasPromo && plan.exclusiveToNew;
		this.unfairness = exclusive ? 1 + v[P.P_UNFAIRNESS]! : 1;
		this.npsPenalty = (exclusive ? v[P.P_PROMO_NPS]! : 0) + v[P.P_LOCKIN_NPS]! * plan.lockShare;
		const tau = scenario.company.earlyChurnDecayMonths;
		this.ageDecay = Math.exp(-1 / tau);
		for (let a = 1; a < plan.ring; a++)
			this.early[a] = 1 + this.earlyExcess * Math.exp(-(a - 1) / tau);
		this.entryExcess = Math.exp(-(plan.ring - 1) / tau);
	}
}

/** Buffers one path's strategies share (sized for the largest ring). */
export interface RunBuffers {
	free: Float64Array;
	contracted: Float64Array;
	share: Float64Array;
	/** Pool customers per acquisition-year layer, divided by the pool's running survival scale. */
	poolLayerCustomers: Float64Array;
	/** The same for the layers' wallet-share gap Σ n·(max − share). */
	poolLayerGap: Float64Array;
	/** [month] revenue, month 0 the base's. */
	revenueHistory: Float64Array;
	/** [strategy][month − 1] cumulative cash, for break-even. */
	cash: Float64Array;
	/** [month] discount factor (1 + d)^(−t/12). */
	discount: Float64Array;
	/** [month] 1 while a competitor shock is active. */
	shock: Uint8Array;
}
