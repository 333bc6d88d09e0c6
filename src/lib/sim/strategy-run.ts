/**
 * One strategy's months on one path (MODEL.md section 4), as named steps over one struct of
 * inputs: `environment` (CX quality, hazard and expansion of the month), `agePool` (the mature
 * pool), `churnYoung` (the ring of young cohorts), `acquire` (paid and referred customers),
 * `book` (profit and loss, the month's metrics) and `trackCustomers` (the month-1 customer and a
 * base customer in expectation, for CLV, payback and the replacement ratio).
 *
 * Young cohorts (ages 0 … A−1, where A covers the promotion, the contract and the 12 months NRR
 * needs) live in a ring of per-age compartments, each with a contracted and a free part. At age
 * A a cohort joins one mature pool, which keeps three sums: customers, Σ customers·e^{−(age−1)/τ}
 * (the residual early-churn excess, so the pool's hazard is still the exact mean of its members'
 * hazards), and the wallet-share gap Σ customers·(max − share). Per-year layers of the pool are
 * kept in lazily-scaled form (one multiply per month for all of them). The starting base is the
 * pool's first member.
 *
 * Counts move through a `Draws`, chosen once per path: random whole customers with process
 * noise, expected values without. Nothing here allocates per path or month.
 */
import type { Scenario } from '../scenario/types';
import { ExpectedDraws, type Draws } from './random';
import {
	ALWAYS_DEFINED,
	EMPTY,
	K,
	M,
	MAYBE_UNDEFINED,
	METRIC_COUNT,
	StrategyInputs,
	TOTAL_COUNT,
	layerCount,
	type PathSink,
	type RunBuffers,
	type StrategyPlan
} from './strategy-inputs';

/** One strategy's run over the horizon on one path; reused across paths. */
export class StrategyRun {
	private readonly scenario: Scenario;
	private readonly plan: StrategyPlan;
	private readonly s: number;
	private readonly T: number;
	private readonly layerCount: number;
	private readonly b: RunBuffers;
	readonly inputs: StrategyInputs;
	private draws: Draws = new ExpectedDraws();
	private sink!: PathSink;
	private sumBase = 0;
	private custLayerBase = 0;
	private revLayerBase = 0;
	/** A batch of draws: counts, probabilities (or means), results. */
	private readonly drawN: Float64Array;
	private readonly drawP: Float64Array;
	private readonly drawOut: Float64Array;
	/** The month's metrics, MONTHLY_METRICS order. */
	private readonly row = new Float64Array(METRIC_COUNT);
	/** Banded metrics (MONTHLY_METRICS indices), their band arrays, and this path's row offset. */
	private readonly bandedMetrics = new Int32Array(METRIC_COUNT);
	private readonly bandArrays: Float64Array[] = [];
	private bandOffset = 0;
	private bandedCount = 0;

	// The month: set by environment(), read by the later steps.
	private isShock = false;
	private nps = 0;
	private npsGain = 0;
	private churnNps = 1;
	private hazardCommon = 0;
	private expansionK = 0;
	private unitRevenue = 0;
	private contactsFactor = 1;
	private churned = 0;
	private revenue = 0;
	private revenueOld = 0;
	private newN = 0;
	private referred = 0;
	private spend = 0;
	private cac = 0;

	// The mature pool.
	private poolN = 0;
	private poolExcess = 0;
	private poolGap = 0;
	private scaleN = 1;
	private scaleGap = 1;
	/** Layers 0 … poolLayers − 1 may hold pool customers. */
	private poolLayers = 1;

	// Running totals.
	private prevN = 0;
	private cacInflation = 1;
	private cumulative = 0;
	private npv = 0;
	private revenueSum = 0;
	private churnRateSum = 0;
	private churnRateCount = 0;

	// The month-1 customer and a base customer, followed in expectation.
	private clvFree = 0;
	private clvCon = 0;
	private clvShare = 0;
	private clvExcess = 1;
	private clv = 0;
	private clvCash = 0;
	private payback = NaN;
	private cac1 = NaN;
	private baseAlive = 1;
	private baseShare = 0;
	private baseValue = 0;

	constructor(scenario: Scenario, plan: StrategyPlan, s: number, buffers: RunBuffers) {
		this.scenario = scenario;
		this.plan = plan;
		this.s = s;
		this.T = scenario.horizonMonths;
		this.layerCount = layerCount(this.T);
		this.b = buffers;
		this.inputs = new StrategyInputs(plan.ring);
		// Two parts (free, contracted) per ring age, or the pool, or the two arrival means.
		this.drawN = new Float64Array(2 * plan.ring + 2);
		this.drawP = new Float64Array(2 * plan.ring + 2);
		this.drawOut = new Float64Array(2 * plan.ring + 2);
	}

	/** Simulate the horizon for this path's `values`, writing into `sink`. */
	run(values: Float64Array, draws: Draws, sink: PathSink): void {
		this.inputs.fill(this.scenario, this.plan, this.s, values);
		this.draws = draws;
		this.start(sink);
		for (let t = 1; t <= this.T; t++) {
			this.environment(t);
			this.agePool(t);
			this.churnYoung(t);
			this.acquire(t);
			this.book(t);
			this.trackCustomers(t);
		}
		this.finish();
	}

	private start(sink: PathSink): void {
		const { T, s, b, plan } = this;
		const company = this.scenario.company;
		this.sink = sink;
		this.sumBase = s * METRIC_COUNT * T;
		this.custLayerBase = s * 2 * this.layerCount * T;
		this.revLayerBase = this.custLayerBase + this.layerCount * T;
		this.bandedCount = 0;
		for (let m = 0; m < METRIC_COUNT; m++) {
			const k = sink.bandSlot[m]!;
			if (k < 0) continue;
			this.bandedMetrics[this.bandedCount] = m;
			this.bandArrays[this.bandedCount++] = sink.bands?.[s * sink.bandMetrics + k] ?? EMPTY;
		}
		this.bandOffset = sink.bandIndex * T;
		b.free.fill(0, 0, plan.ring);
		b.contracted.fill(0, 0, plan.ring);
		b.share.fill(0, 0, plan.ring);
		b.poolLayerCustomers.fill(0);
		b.poolLayerGap.fill(0);
		// The mature pool starts with the base (cohort 0): mature, out of contract.
		const base = this.draws.whole
			? Math.round(company.startingCustomers)
			: company.startingCustomers;
		this.poolN = base;
		this.poolExcess = 0;
		this.poolGap = base * (company.walletShareMax - company.walletShareStart);
		this.scaleN = 1;
		this.scaleGap = 1;
		b.poolLayerCustomers[0] = this.poolN;
		b.poolLayerGap[0] = this.poolGap;
		this.poolLayers = 1;
		this.nps = company.npsStart;
		this.prevN = base;
		this.cacInflation = 1;
		this.cumulative = 0;
		this.npv = 0;
		this.revenueSum = 0;
		this.churnRateSum = 0;
		this.churnRateCount = 0;
		b.revenueHistory[0] = base * this.inputs.arpu;
		this.clvFree = 1 - plan.lockShare;
		this.clvCon = plan.lockShare;
		this.clvShare = company.walletShareNew;
		this.clvExcess = 1;
		this.clv = 0;
		this.clvCash = 0;
		this.payback = NaN;
		this.cac1 = NaN;
		this.baseAlive = 1;
		this.baseShare = company.walletShareStart;
		this.baseValue = 0;
	}

	/** CX quality moves toward its target with a lag; the month's common hazard and expansion. */
	private environment(t: number): void {
		const x = this.inputs;
		const npsStart = this.scenario.company.npsStart;
		this.isShock = this.b.shock[t] === 1;
		const perCustomer = this.plan.cxMonthly / Math.max(1, this.prevN);
		let target =
			npsStart + (x.npsMaxLift * perCustomer) / (perCustomer + x.halfLift) - x.npsPenalty;
		target = target < -100 ? -100 : target > 100 ? 100 : target;
		this.nps += (target - this.nps) * x.npsStep;
		const gain = (this.npsGain = this.nps - npsStart);
		this.churnNps = Math.exp(-x.churnNpsEl * gain);
		this.hazardCommon =
			x.matureChurn * this.churnNps * (this.isShock ? x.shockChurn : 1) * x.retentionFactor;
		const k = x.expansion + x.expansionNpsEl * gain;
		this.expansionK = k < 0 ? 0 : k > 1 ? 1 : k;
		this.unitRevenue = x.wallet * this.plan.price[t]!;
		this.contactsFactor = Math.exp(-x.contactNpsEl * gain);
	}

	/** Mature pool: age it, take in the cohort that reaches age A, churn, book its revenue. */
	private agePool(t: number): void {
		const x = this.inputs;
		const b = this.b;
		const A = this.plan.ring;
		const shareMax = this.scenario.company.walletShareMax;
		this.poolExcess *= x.ageDecay;
		const entering = t - A;
		if (entering >= 1) {
			const slot = entering % A;
			const n = b.free[slot]! + b.contracted[slot]!;
			if (n > 0) {
				const gap = n * (shareMax - b.share[slot]!);
				const layer = 1 + (((entering - 1) / 12) | 0);
				b.poolLayerCustomers[layer]! += n / this.scaleN;
				b.poolLayerGap[layer]! += gap / this.scaleGap;
				if (layer + 1 > this.poolLayers) this.poolLayers = layer + 1;
				this.poolN += n;
				this.poolExcess += n * x.entryExcess;
				this.poolGap += gap;
			}
			b.free[slot] = 0;
			b.contracted[slot] = 0;
		}
		const poolN = this.poolN;
		let hazard =
			poolN > 0
				? this.hazardCommon * x.unfairness * (1 + (x.earlyExcess * this.poolExcess) / poolN)
				: 0;
		if (hazard > 1) hazard = 1;
		this.drawN[0] = poolN;
		this.drawP[0] = hazard;
		this.draws.binomials(this.drawN, this.drawP, this.drawOut, 1);
		const lost = this.drawOut[0]!;
		this.churned = lost;
		if (poolN > 0) {
			const kept = (poolN - lost) / poolN;
			const keptShare = kept * (1 - this.expansionK);
			this.poolN = poolN - lost;
			this.poolExcess *= kept;
			this.poolGap *= keptShare;
			this.scaleN *= kept;
			this.scaleGap *= keptShare;
			if (this.poolN <= 0 || this.scaleN < 1e-150 || this.scaleGap < 1e-150) this.renormalise();
		}
		const unit = this.unitRevenue * x.fullPrice;
		this.revenue = unit * (shareMax * this.poolN - this.poolGap);
		this.revenueOld = this.revenue; // the pool is older than 12 months
		const T = this.T;
		const cell = t - 1;
		const layers = this.sink.layers;
		for (let y = 0; y < this.poolLayers; y++) {
			const n = b.poolLayerCustomers[y]! * this.scaleN;
			layers[this.custLayerBase + y * T + cell]! += n;
			layers[this.revLayerBase + y * T + cell]! +=
				unit * (shareMax * n - b.poolLayerGap[y]! * this.scaleGap);
		}
	}

	/** Fold the lazy layer scales into the layers before they underflow (or the pool empties). */
	private renormalise(): void {
		const b = this.b;
		const alive = this.poolN > 0;
		for (let y = 0; y < this.poolLayers; y++) {
			b.poolLayerCustomers[y] = alive ? b.poolLayerCustomers[y]! * this.scaleN : 0;
			b.poolLayerGap[y] = alive ? b.poolLayerGap[y]! * this.scaleGap : 0;
		}
		this.scaleN = 1;
		this.scaleGap = 1;
		if (!alive) this.poolGap = this.poolExcess = this.poolN = 0;
	}

	/** Young cohorts, ages 1 … A−1: churn (contract terms, promotion end), expansion, revenue. */
	private churnYoung(t: number): void {
		const x = this.inputs;
		const b = this.b;
		const draws = this.draws;
		const free = b.free;
		const con = b.contracted;
		const share = b.share;
		const A = this.plan.ring;
		const P0 = this.plan.promoMonths;
		const L = this.plan.lockMonths;
		const shareMax = this.scenario.company.walletShareMax;
		const k = this.expansionK;
		const hazardCommon = this.hazardCommon;
		const unitRevenue = this.unitRevenue;
		const T = this.T;
		const cell = t - 1;
		const layers = this.sink.layers;
		const custLayerBase = this.custLayerBase;
		const revLayerBase = this.revLayerBase;
		const early = x.early;
		const unfairness = x.unfairness;
		const dealSeeker = x.dealSeeker;
		const inContract = x.inContract;
		const inPromoPrice = x.inPromoPrice;
		const fullPrice = x.fullPrice;
		const youngest = t - 1 < A - 1 ? t - 1 : A - 1;
		// Share of contracted customers who leave when their contract ends, this month.
		const expiry = Math.min(1, Math.max(0, x.expiryChurn * this.churnNps));
		let churned = 0;
		let revenue = 0;
		let revenueOld = 0;
		// First the probabilities of every part (free, then contracted if any, by age), then one
		// batch of draws, then the moves, in the same order.
		const drawN = this.drawN;
		const drawP = this.drawP;
		const drawn = this.drawOut;
		let count = 0;
		let slot = t % A;
		for (let a = 1; a <= youngest; a++) {
			slot = slot === 0 ? A - 1 : slot - 1;
			let h = hazardCommon * early[a]! * (a >= P0 ? unfairness : 1) * (a === P0 ? dealSeeker : 1);
			if (h > 1) h = 1;
			drawN[count] = free[slot]!;
			drawP[count++] = h;
			const nc = con[slot]!;
			if (nc > 0) {
				drawN[count] = nc;
				drawP[count++] = a < L ? (h * inContract > 1 ? 1 : h * inContract) : expiry;
			}
		}
		draws.binomials(drawN, drawP, drawn, count);
		count = 0;
		slot = t % A;
		for (let a = 1; a <= youngest; a++) {
			slot = slot === 0 ? A - 1 : slot - 1;
			let nf = free[slot]! - drawn[count]!;
			churned += drawn[count++]!;
			let nc = con[slot]!;
			if (nc > 0) {
				const lostC = drawn[count++]!;
				churned += lostC;
				if (a < L) nc -= lostC;
				else {
					// The contract ends: those who stay join the free part.
					nf += nc - lostC;
					nc = 0;
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
		this.churned += churned;
		this.revenue += revenue;
		this.revenueOld += revenueOld;
	}

	/** Acquisition: paid (CAC rises with inflation, saturation, shocks, detractors) and referrals. */
	private acquire(t: number): void {
		const x = this.inputs;
		const b = this.b;
		const draws = this.draws;
		const prevN = this.prevN;
		const nps = this.nps;
		const addressable = this.scenario.market.addressableCustomers;
		const fill = prevN / addressable;
		const cac =
			(x.cac0 *
				this.cacInflation *
				Math.pow(1 - (fill < 0.99 ? fill : 0.99), -x.saturation) *
				(this.isShock ? x.shockCac : 1) *
				(1 + (x.detractorUplift * (nps < 0 ? -nps : 0)) / 100)) /
			x.conversion;
		this.cac = cac;
		if (t === 1) this.cac1 = cac;
		this.cacInflation *= x.cacMonthlyGrowth;
		const budget = this.plan.budget[t]!;
		let paidMean = budget / cac;
		let referredMean = (prevN * x.referralRate * (nps > 0 ? nps : 0)) / 100;
		const room = addressable - prevN > 0 ? addressable - prevN : 0;
		if (paidMean + referredMean > room) {
			const cut = room / (paidMean + referredMean);
			paidMean *= cut;
			referredMean *= cut;
		}
		this.drawP[0] = paidMean;
		this.drawP[1] = referredMean;
		draws.poissons(this.drawP, this.drawOut, 2);
		let paid = this.drawOut[0]!;
		let referred = this.drawOut[1]!;
		if (draws.whole) {
			const wholeRoom = Math.floor(room);
			if (paid + referred > wholeRoom) {
				referred = Math.max(0, wholeRoom - paid);
				paid = Math.min(paid, wholeRoom);
			}
		}
		this.spend = paid * cac < budget ? paid * cac : budget;
		const newN = (this.newN = paid + referred);
		this.referred = referred;
		this.drawN[0] = newN;
		this.drawP[0] = this.plan.lockShare;
		draws.binomials(this.drawN, this.drawP, this.drawOut, 1);
		const newCon = this.drawOut[0]!;
		const A = this.plan.ring;
		const slot = t % A;
		const shareNew = this.scenario.company.walletShareNew;
		b.free[slot] = newN - newCon;
		b.contracted[slot] = newCon;
		b.share[slot] = shareNew;
		const newRevenue =
			newN *
			this.unitRevenue *
			shareNew *
			(this.plan.promoMonths > 0 ? x.inPromoPrice : x.fullPrice);
		this.revenue += newRevenue;
		const T = this.T;
		const newLayer = 1 + (((t - 1) / 12) | 0);
		const layers = this.sink.layers;
		layers[this.custLayerBase + newLayer * T + t - 1]! += newN;
		layers[this.revLayerBase + newLayer * T + t - 1]! += newRevenue;
	}

	/** Profit and loss of the month, running totals, and the month's metrics. */
	private book(t: number): void {
		const x = this.inputs;
		const b = this.b;
		const prevN = this.prevN;
		const revenue = this.revenue;
		const churned = this.churned;
		const newN = this.newN;
		const customers = prevN - churned + newN;
		const costToServe = customers * x.contactCost * this.contactsFactor;
		const grossProfit = revenue * x.margin - costToServe;
		const contribution = grossProfit - this.spend - this.plan.cxMonthly - x.retentionCost * prevN;
		this.cumulative += contribution;
		this.npv += contribution * b.discount[t]!;
		this.revenueSum += revenue;
		const churnRate = prevN > 0 ? churned / prevN : NaN;
		if (prevN > 0) {
			this.churnRateSum += churnRate;
			this.churnRateCount++;
		}
		b.revenueHistory[t] = revenue;
		const cell = t - 1;
		b.cash[this.s * this.T + cell] = this.cumulative;
		const yearAgo = t >= 12 ? b.revenueHistory[t - 12]! : 0;

		const row = this.row;
		row[M.customers!] = customers;
		row[M.newCustomers!] = newN;
		row[M.referredCustomers!] = this.referred;
		row[M.churnedCustomers!] = churned;
		row[M.churnRate!] = churnRate;
		row[M.cac!] = this.cac;
		row[M.blendedCac!] = newN > 0 ? this.spend / newN : NaN;
		row[M.revenue!] = revenue;
		row[M.grossProfit!] = grossProfit;
		row[M.costToServe!] = costToServe;
		row[M.acquisitionSpend!] = this.spend;
		row[M.cxSpend!] = this.plan.cxMonthly;
		row[M.contribution!] = contribution;
		row[M.cumulativeCash!] = this.cumulative;
		row[M.nps!] = this.nps;
		row[M.nrr!] = yearAgo > 0 ? this.revenueOld / yearAgo : NaN;
		row[M.revenueFromNewShare!] = revenue > 0 ? (revenue - this.revenueOld) / revenue : NaN;
		this.record(cell);
		this.prevN = customers;
	}

	/**
	 * Add the month's row to the block sums (counting defined values only for the metrics that
	 * can be undefined) and store the banded ones in this path's band column.
	 */
	private record(cell: number): void {
		const row = this.row;
		const sink = this.sink;
		const sums = sink.sums;
		const base = this.sumBase + cell;
		const T = this.T;
		for (let i = 0; i < ALWAYS_DEFINED.length; i++) {
			const m = ALWAYS_DEFINED[i]!;
			sums[base + m * T]! += row[m]!;
		}
		for (let i = 0; i < MAYBE_UNDEFINED.length; i++) {
			const m = MAYBE_UNDEFINED[i]!;
			const value = row[m]!;
			if (value === value) {
				sums[base + m * T]! += value;
				sink.counts[base + m * T]! += 1;
			}
		}
		if (sink.bands === null) return;
		const arrays = this.bandArrays;
		const metrics = this.bandedMetrics;
		const at = this.bandOffset + cell;
		for (let k = 0; k < this.bandedCount; k++) arrays[k]![at] = row[metrics[k]!]!;
	}

	/** The month-1 customer (exact per-age hazards) and a base customer, in expectation. */
	private trackCustomers(t: number): void {
		const x = this.inputs;
		const b = this.b;
		const P0 = this.plan.promoMonths;
		const L = this.plan.lockMonths;
		const shareMax = this.scenario.company.walletShareMax;
		const k = this.expansionK;
		const hazardCommon = this.hazardCommon;
		const servePerCustomer = x.contactCost * this.contactsFactor;
		const discount = b.discount[t]!;
		const age = t - 1;
		if (age >= 1) {
			let h =
				hazardCommon *
				(1 + x.earlyExcess * this.clvExcess) *
				(age >= P0 ? x.unfairness : 1) *
				(age === P0 ? x.dealSeeker : 1);
			if (h > 1) h = 1;
			this.clvExcess *= x.ageDecay;
			this.clvFree *= 1 - h;
			if (this.clvCon > 0) {
				if (age < L) this.clvCon *= 1 - (h * x.inContract > 1 ? 1 : h * x.inContract);
				else {
					const expiry = Math.min(1, Math.max(0, x.expiryChurn * this.churnNps));
					this.clvFree += this.clvCon * (1 - expiry);
					this.clvCon = 0;
				}
			}
			this.clvShare += (shareMax - this.clvShare) * k;
		}
		const margin =
			(this.clvFree + this.clvCon) *
			(this.unitRevenue * this.clvShare * (age < P0 ? x.inPromoPrice : x.fullPrice) * x.margin -
				servePerCustomer);
		this.clv += margin * discount;
		this.clvCash += margin;
		if (Number.isNaN(this.payback) && this.clvCash >= this.cac1) this.payback = t;
		let hb = hazardCommon * x.unfairness;
		if (hb > 1) hb = 1;
		this.baseAlive *= 1 - hb;
		this.baseShare += (shareMax - this.baseShare) * k;
		this.baseValue +=
			this.baseAlive *
			(this.unitRevenue * this.baseShare * x.fullPrice * x.margin - servePerCustomer) *
			discount;
	}

	/** The path's totals. */
	private finish(): void {
		const sink = this.sink;
		const stride = sink.pathStride;
		const base = this.s * TOTAL_COUNT * stride + sink.pathIndex;
		const totals = sink.totals;
		totals[base + K.revenue! * stride] = this.revenueSum;
		totals[base + K.contribution! * stride] = this.cumulative;
		totals[base + K.npv! * stride] = this.npv;
		totals[base + K.endCustomers! * stride] = this.prevN;
		totals[base + K.averageChurnRate! * stride] =
			this.churnRateCount > 0 ? this.churnRateSum / this.churnRateCount : NaN;
		totals[base + K.clvNew! * stride] = this.clv;
		totals[base + K.clvToCac! * stride] = this.clv / this.cac1;
		totals[base + K.paybackMonths! * stride] = this.payback;
		totals[base + K.replacementRatio! * stride] = this.clv > 0 ? this.baseValue / this.clv : NaN;
	}
}
