/**
 * A direct, quadratic transcription of MODEL.md section 4 for one strategy without noise or
 * shocks: every cohort tracked separately at its exact age. The engine (linear in the horizon)
 * is checked against it.
 */
import type { Scenario } from '../../../src/lib/scenario/types';

interface Cohort {
	free: number;
	con: number;
	share: number;
	born: number;
}

export interface ReferenceOutput {
	customers: number[];
	revenue: number[];
	churned: number[];
	nrr: number[];
	contribution: number[];
}

const num = (x: unknown) => x as number;

export function referenceRun(scenario: Scenario, s = 0): ReferenceOutput {
	const { company: c, effects: e, market } = scenario;
	const st = scenario.strategies[s]!;
	const T = scenario.horizonMonths;
	const promo = st.promo;
	const lock = st.lockIn;
	const P = promo?.months ?? 0;
	const L = lock?.months ?? 0;
	const W = num(c.arpuMonthly) / c.walletShareStart;
	const cohorts: Cohort[] = [
		{ free: c.startingCustomers, con: 0, share: c.walletShareStart, born: 0 }
	];
	let nps = c.npsStart;
	let prevN = c.startingCustomers;
	const out: ReferenceOutput = {
		customers: [],
		revenue: [],
		churned: [],
		nrr: [],
		contribution: []
	};
	const revenueAt = [c.startingCustomers * num(c.arpuMonthly)];
	for (let t = 1; t <= T; t++) {
		const x = st.cxInvestmentMonthly / Math.max(1, prevN);
		let target =
			c.npsStart +
			(num(e.npsMaxLift) * x) / (x + num(e.cxSpendHalfLift)) -
			num(e.lockInNpsPenalty) * (lock?.share ?? 0) -
			(promo?.exclusiveToNew ? num(e.promoNpsPenalty) : 0);
		target = Math.min(100, Math.max(-100, target));
		nps += (target - nps) * (1 - Math.exp(-1 / num(e.npsLagMonths)));
		const dN = nps - c.npsStart;
		const price = Math.pow(1 + st.priceIncreaseAnnual, (t - 1) / 12);
		const k = Math.min(
			1,
			Math.max(0, num(e.expansionRateMonthly) + (num(e.expansionNpsElasticity) * dN) / 100)
		);
		const fullPrice = promo && !promo.exclusiveToNew ? 1 - (promo.discount * P) / 12 : 1;
		let churned = 0;
		let revenue = 0;
		let revenueOld = 0;
		for (const cohort of cohorts) {
			const a = t - cohort.born;
			const isBase = cohort.born === 0;
			let h = num(c.matureChurnMonthly);
			if (!isBase)
				h *= 1 + (num(c.earlyChurnMultiplier) - 1) * Math.exp(-(a - 1) / c.earlyChurnDecayMonths);
			h *= Math.exp((-num(e.churnNpsElasticity) * dN) / 100);
			if (promo?.exclusiveToNew && (isBase || a >= P)) h *= 1 + num(e.unfairnessChurnUplift);
			if (st.retention) h *= 1 - num(st.retention.hazardReduction);
			if (promo && !isBase && a === P) h *= num(promo.dealSeekerChurnMultiplier);
			h = Math.min(1, Math.max(0, h));
			const lostFree = cohort.free * h;
			cohort.free -= lostFree;
			churned += lostFree;
			if (cohort.con > 0 && lock) {
				if (a < L) {
					const lost = cohort.con * Math.min(1, h * num(lock.inContractChurnMultiplier));
					cohort.con -= lost;
					churned += lost;
				} else {
					const expiry = Math.min(
						1,
						Math.max(0, num(lock.expiryChurn) * Math.exp((-num(e.churnNpsElasticity) * dN) / 100))
					);
					churned += cohort.con * expiry;
					cohort.free += cohort.con * (1 - expiry);
					cohort.con = 0;
				}
			}
			cohort.share += (c.walletShareMax - cohort.share) * k;
			const inPromo = !isBase && a < P;
			const r =
				(cohort.free + cohort.con) *
				W *
				cohort.share *
				price *
				(inPromo ? 1 - promo!.discount : fullPrice);
			revenue += r;
			if (a >= 12) revenueOld += r;
		}
		const fill = Math.min(0.99, prevN / market.addressableCustomers);
		const cac =
			(num(c.cac) *
				Math.pow(1 + num(c.cacInflationAnnual), (t - 1) / 12) *
				Math.pow(1 - fill, -num(c.saturationElasticity)) *
				(1 + (num(e.detractorCacUplift) * Math.max(0, -nps)) / 100)) /
			(promo ? 1 + num(promo.conversionLift) : 1);
		const budget =
			st.acquisitionBudgetMonthly * Math.pow(1 + st.acquisitionBudgetGrowthAnnual, (t - 1) / 12);
		let paid = budget / cac;
		let referred = (prevN * num(e.referralRateAtNps100) * Math.max(0, nps)) / 100;
		const room = Math.max(0, market.addressableCustomers - prevN);
		if (paid + referred > room) {
			const cut = room / (paid + referred);
			paid *= cut;
			referred *= cut;
		}
		const n = paid + referred;
		const lockShare = lock?.share ?? 0;
		cohorts.push({
			free: n * (1 - lockShare),
			con: n * lockShare,
			share: c.walletShareNew,
			born: t
		});
		revenue += n * W * c.walletShareNew * price * (P > 0 ? 1 - promo!.discount : fullPrice);
		const customers = prevN - churned + n;
		const serve =
			customers *
			num(c.contactsPerCustomerMonthly) *
			Math.exp((-num(e.contactNpsElasticity) * dN) / 100) *
			num(c.costPerContact);
		const retention = st.retention ? num(st.retention.costPerCustomerMonthly) * prevN : 0;
		out.customers.push(customers);
		out.revenue.push(revenue);
		out.churned.push(churned);
		out.nrr.push(t >= 12 ? revenueOld / revenueAt[t - 12]! : NaN);
		out.contribution.push(
			revenue * num(c.grossMargin) -
				serve -
				Math.min(budget, paid * cac) -
				st.cxInvestmentMonthly -
				retention
		);
		revenueAt.push(revenue);
		prevN = customers;
	}
	return out;
}
