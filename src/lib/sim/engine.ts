/**
 * One simulated future (path) for every strategy of a scenario: MODEL.md sections 3–5.
 *
 * Cost is linear in the horizon. Young cohorts (ages 0 … A−1, where A covers the promotion,
 * the contract and the 12 months NRR needs) live in a ring of per-age compartments, each with
 * a contracted and a free part. At age A a cohort joins one mature pool, which keeps three sums:
 * customers, Σ customers·e^{−(age−1)/τ} (the residual early-churn excess, so the pool's hazard is
 * still the exact mean of its members' hazards), and the wallet-share gap Σ customers·(max − share).
 * Per-year layers of the pool are kept in lazily-scaled form (one multiply per month for all of
 * them). The starting base is the pool's first member. See the "Model & assumptions" page.
 */
import type { Scenario } from '../scenario/types';
import { binomial, pathStream, poisson, type Rng } from './random';
import * as P from './params';
import { MONTHLY_METRICS, TOTALS } from './types';

export const METRIC_COUNT: number = MONTHLY_METRICS.length;
export const TOTAL_COUNT: number = TOTALS.length;
const M = Object.fromEntries(MONTHLY_METRICS.map((name, i) => [name, i])) as Record<
	(typeof MONTHLY_METRICS)[number],
	number
>;
const K = Object.fromEntries(TOTALS.map((name, i) => [name, i])) as Record<
	(typeof TOTALS)[number],
	number
>;

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

/** Where one path's outputs go. Layer sums are added to (they accumulate over a block). */
export interface PathSink {
	/** [strategy][metric][month], overwritten. */
	monthly: Float64Array;
	/** [strategy][total], overwritten. */
	totals: Float64Array;
	/** [strategy][customers | revenue][layer][month], added to. */
	layers: Float64Array;
	/** [strategy], overwritten: first month from which the strategy's cash stays ahead of the baseline's; NaN if never. */
	breakEven: Float64Array;
}

interface StrategyStatic {
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

export class PathModel {
	readonly scenario: Scenario;
	readonly months: number;
	readonly strategies: number;
	readonly layers: number;
	readonly plan: P.ParamPlan;
	/** This path's parameter vector (see params.ts for the slots). */
	readonly values: Float64Array;
	private readonly seed: string;
	private readonly statics: StrategyStatic[];
	private readonly discount: Float64Array;
	private readonly shock: Uint8Array;
	private readonly free: Float64Array;
	private readonly contracted: Float64Array;
	private readonly share: Float64Array;
	private readonly earlyFactor: Float64Array;
	/** Pool customers per acquisition-year layer, divided by the pool's running survival scale. */
	private readonly poolLayerCustomers: Float64Array;
	/** The same for the layers' wallet-share gap Σ n·(max − share). */
	private readonly poolLayerGap: Float64Array;
	private readonly revenueHistory: Float64Array;
	private readonly cash: Float64Array;

	constructor(scenario: Scenario) {
		this.scenario = scenario;
		const T = (this.months = scenario.horizonMonths);
		this.strategies = scenario.strategies.length;
		this.layers = layerCount(T);
		this.plan = P.makeParamPlan(scenario);
		this.values = new Float64Array(this.plan.constants.length);
		this.seed = String(scenario.seed);
		this.discount = new Float64Array(T + 1);
		for (let t = 0; t <= T; t++) {
			this.discount[t] = Math.pow(1 + scenario.discountRateAnnual, -t / 12);
		}
		this.statics = scenario.strategies.map((s, i) => {
			const price = new Float64Array(T + 1);
			const budget = new Float64Array(T + 1);
			for (let t = 1; t <= T; t++) {
				price[t] = Math.pow(1 + s.priceIncreaseAnnual, (t - 1) / 12);
				budget[t] =
					s.acquisitionBudgetMonthly * Math.pow(1 + s.acquisitionBudgetGrowthAnnual, (t - 1) / 12);
			}
			return {
				ring: ringSize(scenario, i),
				promoMonths: s.promo?.months ?? 0,
				promoDiscount: s.promo?.discount ?? 0,
				exclusiveToNew: s.promo?.exclusiveToNew ?? false,
				hasPromo: s.promo !== undefined,
				lockMonths: s.lockIn?.months ?? 0,
				lockShare: s.lockIn?.share ?? 0,
				hasRetention: s.retention !== undefined,
				cxMonthly: s.cxInvestmentMonthly,
				price,
				budget
			};
		});
		const maxRing = Math.max(...this.statics.map((s) => s.ring));
		this.shock = new Uint8Array(T + 1);
		this.free = new Float64Array(maxRing);
		this.contracted = new Float64Array(maxRing);
		this.share = new Float64Array(maxRing);
		this.earlyFactor = new Float64Array(maxRing + 1);
		this.poolLayerCustomers = new Float64Array(this.layers);
		this.poolLayerGap = new Float64Array(this.layers);
		this.revenueHistory = new Float64Array(T + 1);
		this.cash = new Float64Array(this.strategies * T);
	}

	/** Simulate path `path` for every strategy, writing into `sink`. */
	run(path: number, sink: PathSink): void {
		const T = this.months;
		const paramStream = pathStream(this.seed, path, 'params');
		this.plan.draw(paramStream, this.values);
		this.drawShocks(paramStream);
		for (let s = 0; s < this.strategies; s++) {
			const noise = this.scenario.processNoise ? pathStream(this.seed, path, 'noise') : null;
			this.runStrategy(s, noise, sink);
		}
		// Break-even: the first month after the last one in which the challenger was not ahead.
		const cash = this.cash;
		sink.breakEven[0] = NaN;
		for (let s = 1; s < this.strategies; s++) {
			let last = -1;
			for (let t = T - 1; t >= 0; t--) {
				if (cash[s * T + t]! <= cash[t]!) {
					last = t;
					break;
				}
			}
			sink.breakEven[s] = last === T - 1 ? NaN : last + 2;
		}
	}

	/** Competitor shocks: a Poisson process over the horizon, each lasting a fixed time. */
	private drawShocks(rng: Rng): void {
		const T = this.months;
		const shock = this.shock;
		shock.fill(0);
		const ratePerMonth = this.values[P.P_SHOCK_RATE]! / 12;
		if (!(ratePerMonth > 0)) return;
		const duration = this.scenario.market.shockDurationMonths;
		let time = 0;
		for (;;) {
			time += -Math.log(1 - rng()) / ratePerMonth;
			if (time > T) break;
			const start = Math.max(1, Math.ceil(time));
			const end = Math.min(T, start + duration - 1);
			for (let t = start; t <= end; t++) shock[t] = 1;
		}
	}

	private runStrategy(s: number, noise: Rng | null, sink: PathSink): void {
		const sc = this.scenario;
		const st = this.statics[s]!;
		const v = this.values;
		const T = this.months;
		const Y = this.layers;
		const A = st.ring;
		const free = this.free;
		const con = this.contracted;
		const share = this.share;
		const early = this.earlyFactor;
		const poolLayerCustomers = this.poolLayerCustomers;
		const poolLayerGap = this.poolLayerGap;
		const revHist = this.revenueHistory;
		const monthly = sink.monthly;
		const layers = sink.layers;
		const mBase = s * METRIC_COUNT * T;
		const custLayerBase = s * 2 * Y * T;
		const revLayerBase = custLayerBase + Y * T;

		// Parameters of this path.
		const addressable = sc.market.addressableCustomers;
		const shockChurn = v[P.P_SHOCK_CHURN]!;
		const shockCac = v[P.P_SHOCK_CAC]!;
		const arpu = v[P.P_ARPU]!;
		const margin = v[P.P_MARGIN]!;
		const matureChurn = v[P.P_MATURE_CHURN]!;
		const earlyExcess = v[P.P_EARLY_CHURN]! - 1;
		const cac0 = v[P.P_CAC]!;
		const cacMonthlyGrowth = Math.pow(1 + v[P.P_CAC_INFLATION]!, 1 / 12);
		const saturation = v[P.P_SATURATION]!;
		const contactCost = v[P.P_CONTACTS]! * v[P.P_CONTACT_COST]!;
		const churnNpsEl = v[P.P_CHURN_NPS]! / 100;
		const referralRate = v[P.P_REFERRAL]!;
		const expansion = v[P.P_EXPANSION]!;
		const expansionNpsEl = v[P.P_EXPANSION_NPS]! / 100;
		const contactNpsEl = v[P.P_CONTACT_NPS]! / 100;
		const detractorUplift = v[P.P_DETRACTOR_CAC]!;
		const npsMaxLift = v[P.P_NPS_MAX_LIFT]!;
		const halfLift = v[P.P_HALF_LIFT]!;
		const npsStep = 1 - Math.exp(-1 / v[P.P_NPS_LAG]!);
		const conversion = st.hasPromo ? 1 + v[P.strategySlot(s, P.S_CONVERSION_LIFT)]! : 1;
		const dealSeeker = st.hasPromo ? v[P.strategySlot(s, P.S_DEAL_SEEKER)]! : 1;
		const inContract = v[P.strategySlot(s, P.S_IN_CONTRACT)]!;
		const expiryChurn = v[P.strategySlot(s, P.S_EXPIRY)]!;
		const retentionFactor = st.hasRetention ? 1 - v[P.strategySlot(s, P.S_HAZARD_REDUCTION)]! : 1;
		const retentionCost = st.hasRetention ? v[P.strategySlot(s, P.S_RETENTION_COST)]! : 0;

		const company = sc.company;
		const npsStart = company.npsStart;
		const shareStart = company.walletShareStart;
		const shareNew = company.walletShareNew;
		const shareMax = company.walletShareMax;
		const wallet = arpu / shareStart;
		const P0 = st.promoMonths;
		const L = st.lockMonths;
		const lockShare = st.lockShare;
		const inPromoPrice = 1 - st.promoDiscount;
		// Equal offers: existing customers get the discount too, spread over the year.
		const fullPrice = st.hasPromo && !st.exclusiveToNew ? 1 - (st.promoDiscount * P0) / 12 : 1;
		const unfairness = st.hasPromo && st.exclusiveToNew ? 1 + v[P.P_UNFAIRNESS]! : 1;
		const npsPenalty =
			(st.hasPromo && st.exclusiveToNew ? v[P.P_PROMO_NPS]! : 0) + v[P.P_LOCKIN_NPS]! * lockShare;

		// Early-churn factors for ring ages, and the pool's per-month decay of the excess.
		const tau = company.earlyChurnDecayMonths;
		const ageDecay = Math.exp(-1 / tau);
		for (let a = 1; a < A; a++) early[a] = 1 + earlyExcess * Math.exp(-(a - 1) / tau);
		const entryExcess = Math.exp(-(A - 1) / tau);

		free.fill(0, 0, A);
		con.fill(0, 0, A);
		share.fill(0, 0, A);
		poolLayerCustomers.fill(0);
		poolLayerGap.fill(0);

		// Mature pool, starting with the base (cohort 0): mature, out of contract.
		const base = noise ? Math.round(company.startingCustomers) : company.startingCustomers;
		let poolN = base;
		let poolExcess = 0;
		let poolGap = base * (shareMax - shareStart);
		let scaleN = 1;
		let scaleGap = 1;
		poolLayerCustomers[0] = poolN;
		poolLayerGap[0] = poolGap;
		let poolLayers = 1; // layers 0 … poolLayers−1 may hold pool customers

		let nps = npsStart;
		let prevN = base;
		let cacInflation = 1;
		let cumulative = 0;
		let npv = 0;
		let revenueSum = 0;
		let churnRateSum = 0;
		let churnRateCount = 0;
		revHist[0] = base * arpu;

		// A customer acquired in month 1 and one from the base, followed in expectation.
		let clvFree = 1 - lockShare;
		let clvCon = lockShare;
		let clvShare = shareNew;
		let clvExcess = 1;
		let clv = 0;
		let clvCash = 0;
		let payback = NaN;
		let cac1 = NaN;
		let baseAlive = 1;
		let baseShare = shareStart;
		let baseValue = 0;

		for (let t = 1; t <= T; t++) {
			const isShock = this.shock[t] === 1;
			// CX quality moves toward its target with a lag.
			const perCustomer = st.cxMonthly / Math.max(1, prevN);
			let target = npsStart + (npsMaxLift * perCustomer) / (perCustomer + halfLift) - npsPenalty;
			target = target < -100 ? -100 : target > 100 ? 100 : target;
			nps += (target - nps) * npsStep;
			const npsGain = nps - npsStart;
			const churnNps = Math.exp(-churnNpsEl * npsGain);
			const hazardCommon = matureChurn * churnNps * (isShock ? shockChurn : 1) * retentionFactor;
			let k = expansion + expansionNpsEl * npsGain;
			k = k < 0 ? 0 : k > 1 ? 1 : k;
			const unitRevenue = wallet * st.price[t]!;

			// Mature pool: age it, take in the cohort that reaches age A, churn.
			poolExcess *= ageDecay;
			const entering = t - A;
			if (entering >= 1) {
				const slot = entering % A;
				const n = free[slot]! + con[slot]!;
				if (n > 0) {
					const gap = n * (shareMax - share[slot]!);
					const layer = 1 + (((entering - 1) / 12) | 0);
					poolLayerCustomers[layer]! += n / scaleN;
					poolLayerGap[layer]! += gap / scaleGap;
					if (layer + 1 > poolLayers) poolLayers = layer + 1;
					poolN += n;
					poolExcess += n * entryExcess;
					poolGap += gap;
				}
				free[slot] = 0;
				con[slot] = 0;
			}
			let poolHazard =
				poolN > 0 ? hazardCommon * unfairness * (1 + (earlyExcess * poolExcess) / poolN) : 0;
			if (poolHazard > 1) poolHazard = 1;
			const poolChurn = noise ? binomial(noise, poolN, poolHazard) : poolN * poolHazard;
			let churned = poolChurn;
			if (poolN > 0) {
				const kept = (poolN - poolChurn) / poolN;
				poolN -= poolChurn;
				poolExcess *= kept;
				poolGap *= kept * (1 - k);
				scaleN *= kept;
				scaleGap *= kept * (1 - k);
				if (poolN <= 0 || scaleN < 1e-150 || scaleGap < 1e-150) {
					// Renormalise the lazy layer scales before they underflow.
					for (let y = 0; y < poolLayers; y++) {
						poolLayerCustomers[y] = poolN > 0 ? poolLayerCustomers[y]! * scaleN : 0;
						poolLayerGap[y] = poolN > 0 ? poolLayerGap[y]! * scaleGap : 0;
					}
					scaleN = 1;
					scaleGap = 1;
					if (poolN <= 0) poolGap = poolExcess = poolN = 0;
				}
			}
			const poolUnit = unitRevenue * fullPrice;
			let revenue = poolUnit * (shareMax * poolN - poolGap);
			let revenueOld = revenue; // the pool is older than 12 months
			const cell = t - 1;
			for (let y = 0; y < poolLayers; y++) {
				const n = poolLayerCustomers[y]! * scaleN;
				layers[custLayerBase + y * T + cell]! += n;
				layers[revLayerBase + y * T + cell]! +=
					poolUnit * (shareMax * n - poolLayerGap[y]! * scaleGap);
			}

			// Young cohorts, ages 1 … A−1.
			const youngest = t - 1 < A - 1 ? t - 1 : A - 1;
			// Share of contracted customers who leave when their contract ends, this month.
			const expiry = Math.min(1, Math.max(0, expiryChurn * churnNps));
			let slot = t % A;
			for (let a = 1; a <= youngest; a++) {
				slot = slot === 0 ? A - 1 : slot - 1;
				let h = hazardCommon * early[a]! * (a >= P0 ? unfairness : 1) * (a === P0 ? dealSeeker : 1);
				if (h > 1) h = 1;
				let nf = free[slot]!;
				const lost = noise ? binomial(noise, nf, h) : nf * h;
				nf -= lost;
				churned += lost;
				let nc = con[slot]!;
				if (nc > 0) {
					if (a < L) {
						const hc = h * inContract > 1 ? 1 : h * inContract;
						const lostC = noise ? binomial(noise, nc, hc) : nc * hc;
						nc -= lostC;
						churned += lostC;
					} else {
						const lostC = noise ? binomial(noise, nc, expiry) : nc * expiry;
						nf += nc - lostC;
						nc = 0;
						churned += lostC;
					}
					con[slot] = nc;
				}
				free[slot] = nf;
				const sh = (share[slot] = share[slot]! + (shareMax - share[slot]!) * k);
				const n = nf + nc;
				const r = n * unitRevenue * sh * (a < P0 ? inPromoPrice : fullPrice);
				revenue += r;
				if (a >= 12) revenueOld += r;
				const layer = 1 + (((t - a - 1) / 12) | 0);
				layers[custLayerBase + layer * T + cell]! += n;
				layers[revLayerBase + layer * T + cell]! += r;
			}

			// Acquisition: paid (CAC rises with inflation, saturation, shocks, detractors) and referrals.
			const fill = prevN / addressable;
			const cac =
				(cac0 *
					cacInflation *
					Math.pow(1 - (fill < 0.99 ? fill : 0.99), -saturation) *
					(isShock ? shockCac : 1) *
					(1 + (detractorUplift * (nps < 0 ? -nps : 0)) / 100)) /
				conversion;
			if (t === 1) cac1 = cac;
			const budget = st.budget[t]!;
			let paidMean = budget / cac;
			let referredMean = (prevN * referralRate * (nps > 0 ? nps : 0)) / 100;
			const room = addressable - prevN > 0 ? addressable - prevN : 0;
			if (paidMean + referredMean > room) {
				const cut = room / (paidMean + referredMean);
				paidMean *= cut;
				referredMean *= cut;
			}
			let paid = paidMean;
			let referred = referredMean;
			if (noise) {
				paid = poisson(noise, paidMean);
				referred = poisson(noise, referredMean);
				const wholeRoom = Math.floor(room);
				if (paid + referred > wholeRoom) {
					referred = Math.max(0, wholeRoom - paid);
					paid = Math.min(paid, wholeRoom);
				}
			}
			const spend = paid * cac < budget ? paid * cac : budget;
			const newN = paid + referred;
			const newCon = noise ? binomial(noise, newN, lockShare) : newN * lockShare;
			const newSlot = t % A;
			free[newSlot] = newN - newCon;
			con[newSlot] = newCon;
			share[newSlot] = shareNew;
			const newRevenue = newN * unitRevenue * shareNew * (P0 > 0 ? inPromoPrice : fullPrice);
			revenue += newRevenue;
			const newLayer = 1 + (((t - 1) / 12) | 0);
			layers[custLayerBase + newLayer * T + cell]! += newN;
			layers[revLayerBase + newLayer * T + cell]! += newRevenue;

			const customers = prevN - churned + newN;
			const contactsFactor = Math.exp(-contactNpsEl * npsGain);
			const costToServe = customers * contactCost * contactsFactor;
			const grossProfit = revenue * margin - costToServe;
			const contribution = grossProfit - spend - st.cxMonthly - retentionCost * prevN;
			cumulative += contribution;
			npv += contribution * this.discount[t]!;
			revenueSum += revenue;
			const churnRate = prevN > 0 ? churned / prevN : NaN;
			if (prevN > 0) {
				churnRateSum += churnRate;
				churnRateCount++;
			}
			revHist[t] = revenue;
			this.cash[s * T + cell] = cumulative;

			const o = mBase + cell;
			monthly[o + M.customers! * T] = customers;
			monthly[o + M.newCustomers! * T] = newN;
			monthly[o + M.referredCustomers! * T] = referred;
			monthly[o + M.churnedCustomers! * T] = churned;
			monthly[o + M.churnRate! * T] = churnRate;
			monthly[o + M.cac! * T] = cac;
			monthly[o + M.blendedCac! * T] = newN > 0 ? spend / newN : NaN;
			monthly[o + M.revenue! * T] = revenue;
			monthly[o + M.grossProfit! * T] = grossProfit;
			monthly[o + M.costToServe! * T] = costToServe;
			monthly[o + M.acquisitionSpend! * T] = spend;
			monthly[o + M.cxSpend! * T] = st.cxMonthly;
			monthly[o + M.contribution! * T] = contribution;
			monthly[o + M.cumulativeCash! * T] = cumulative;
			monthly[o + M.nps! * T] = nps;
			monthly[o + M.nrr! * T] =
				t >= 12 && revHist[t - 12]! > 0 ? revenueOld / revHist[t - 12]! : NaN;
			monthly[o + M.revenueFromNewShare! * T] =
				revenue > 0 ? (revenue - revenueOld) / revenue : NaN;

			// The month-1 customer (exact per-age hazards) and a base customer, in expectation.
			const servePerCustomer = contactCost * contactsFactor;
			const age = t - 1;
			if (age >= 1) {
				let h =
					hazardCommon *
					(1 + earlyExcess * clvExcess) *
					(age >= P0 ? unfairness : 1) *
					(age === P0 ? dealSeeker : 1);
				if (h > 1) h = 1;
				clvExcess *= ageDecay;
				clvFree *= 1 - h;
				if (clvCon > 0) {
					if (age < L) clvCon *= 1 - (h * inContract > 1 ? 1 : h * inContract);
					else {
						clvFree += clvCon * (1 - expiry);
						clvCon = 0;
					}
				}
				clvShare += (shareMax - clvShare) * k;
			}
			const clvMargin =
				(clvFree + clvCon) *
				(unitRevenue * clvShare * (age < P0 ? inPromoPrice : fullPrice) * margin -
					servePerCustomer);
			clv += clvMargin * this.discount[t]!;
			clvCash += clvMargin;
			if (Number.isNaN(payback) && clvCash >= cac1) payback = t;
			let hb = hazardCommon * unfairness;
			if (hb > 1) hb = 1;
			baseAlive *= 1 - hb;
			baseShare += (shareMax - baseShare) * k;
			baseValue +=
				baseAlive *
				(unitRevenue * baseShare * fullPrice * margin - servePerCustomer) *
				this.discount[t]!;

			prevN = customers;
			cacInflation *= cacMonthlyGrowth;
		}

		const totals = sink.totals;
		const q = s * TOTAL_COUNT;
		totals[q + K.revenue!] = revenueSum;
		totals[q + K.contribution!] = cumulative;
		totals[q + K.npv!] = npv;
		totals[q + K.endCustomers!] = prevN;
		totals[q + K.averageChurnRate!] = churnRateCount > 0 ? churnRateSum / churnRateCount : NaN;
		totals[q + K.clvNew!] = clv;
		totals[q + K.clvToCac!] = clv / cac1;
		totals[q + K.paybackMonths!] = payback;
		totals[q + K.replacementRatio!] = clv > 0 ? baseValue / clv : NaN;
	}
}
