/** MODEL.md section 8 properties 1–5 and the closed forms of issue 2, on the real engine. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/lib/sim/run';
import { resultToJson } from '../../src/lib/sim/json';
import {
	Accumulator,
	BAND_VALUE_BUDGET,
	BLOCK_PATHS,
	bandPathCount,
	runChunk
} from '../../src/lib/sim/blocks';
import { MONTHLY_METRICS, type MonthlyMetric } from '../../src/lib/sim/types';
import type { Scenario } from '../../src/lib/scenario/types';
import { neutralScenario, richScenario, strategy } from './helpers/scenarios';
import { referenceRun } from './helpers/reference-model';

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1e-300, Math.abs(b));

/** Per-path monthly values of one metric (all paths must be band paths). */
function perPath(scenario: Scenario, metric: MonthlyMetric, s = 0): Float64Array[] {
	const acc = new Accumulator(scenario);
	acc.add(runChunk(scenario, 0, Math.ceil(scenario.paths / BLOCK_PATHS)));
	const m = MONTHLY_METRICS.indexOf(metric);
	return Array.from({ length: scenario.horizonMonths }, (_, t) => acc.bandColumn(s, m, t));
}

describe('neutral limit (8.1)', () => {
	it('follows the closed form N(t) = N0(1−c)^t + (B/CAC)(1 − (1−c)^t)/c to 1e-9', () => {
		const scenario = neutralScenario();
		const result = simulate(scenario);
		const { startingCustomers: n0, matureChurnMonthly, cac, arpuMonthly } = scenario.company;
		const c = matureChurnMonthly as number;
		const inflow = scenario.strategies[0]!.acquisitionBudgetMonthly / (cac as number);
		const monthly = result.strategies[0]!.monthly;
		for (let t = 1; t <= scenario.horizonMonths; t++) {
			const expected = n0 * (1 - c) ** t + (inflow * (1 - (1 - c) ** t)) / c;
			expect(relative(monthly.customers.mean[t - 1]!, expected)).toBeLessThan(1e-9);
			expect(
				relative(monthly.revenue.mean[t - 1]!, expected * (arpuMonthly as number))
			).toBeLessThan(1e-9);
			// Band values are kept in double precision: one path's quantiles are its value.
			expect(monthly.customers.p5[t - 1]).toBe(monthly.customers.mean[t - 1]);
		}
	});

	it('puts p5 … p95 of the JSON on the closed form to 1e-9 (bands in double precision)', () => {
		const scenario = neutralScenario({ paths: 1200, horizonMonths: 36 });
		const json = resultToJson(simulate(scenario)) as unknown as {
			strategies: { monthly: Record<string, Record<string, number[]>> }[];
		};
		const { startingCustomers: n0, matureChurnMonthly, cac, arpuMonthly } = scenario.company;
		const c = matureChurnMonthly as number;
		const inflow = scenario.strategies[0]!.acquisitionBudgetMonthly / (cac as number);
		const monthly = json.strategies[0]!.monthly;
		for (let t = 1; t <= scenario.horizonMonths; t++) {
			const expected = n0 * (1 - c) ** t + (inflow * (1 - (1 - c) ** t)) / c;
			for (const q of ['p5', 'p25', 'p50', 'p75', 'p95']) {
				expect(relative(monthly.customers![q]![t - 1]!, expected)).toBeLessThan(1e-9);
				expect(
					relative(monthly.revenue![q]![t - 1]!, expected * (arpuMonthly as number))
				).toBeLessThan(1e-9);
			}
		}
	});

	it('gives NRR = (1 − c)^12 exactly under constant churn, and more with expansion', () => {
		const scenario = neutralScenario();
		const nrr = simulate(scenario).strategies[0]!.monthly.nrr.mean;
		expect(Number.isNaN(nrr[10]!)).toBe(true);
		for (let t = 12; t <= 60; t++) expect(relative(nrr[t - 1]!, 0.97 ** 12)).toBeLessThan(1e-12);
		const expanding = neutralScenario({
			company: {
				...scenario.company,
				walletShareStart: 0.5,
				walletShareNew: 0.5,
				walletShareMax: 0.9
			},
			effects: { ...scenario.effects, expansionRateMonthly: 0.02 }
		});
		const grown = simulate(expanding).strategies[0]!.monthly.nrr.mean;
		for (let t = 12; t <= 60; t++) expect(grown[t - 1]!).toBeGreaterThan(0.97 ** 12 + 1e-3);
	});

	it('gives clvNew = Σ m·ARPU·(1−c)^(t−1)/(1+d)^(t/12) and CLV:CAC, payback to match', () => {
		const scenario = neutralScenario({ discountRateAnnual: 0.12 });
		const totals = simulate(scenario).strategies[0]!.totals;
		let clv = 0;
		let cash = 0;
		let payback = NaN;
		for (let t = 1; t <= 60; t++) {
			const margin = 0.6 * 30 * 0.97 ** (t - 1);
			clv += margin / 1.12 ** (t / 12);
			cash += margin;
			if (Number.isNaN(payback) && cash >= 150) payback = t;
		}
		expect(relative(totals.clvNew.mean, clv)).toBeLessThan(1e-12);
		expect(relative(totals.clvToCac.mean, clv / 150)).toBeLessThan(1e-12);
		expect(totals.paybackMonths.mean).toBe(payback);
		// A base customer is worth the same stream without the acquisition month's head start.
		expect(relative(totals.replacementRatio.mean, 0.97)).toBeLessThan(1e-12);
	});
});

describe('the linear-time engine against the quadratic reference model', () => {
	it('matches every cohort mechanism to 1e-9 when early churn is flat', () => {
		const base = richScenario();
		const scenario = { ...base, company: { ...base.company, earlyChurnMultiplier: 1 } };
		const result = simulate(scenario);
		for (let s = 0; s < 2; s++) {
			const reference = referenceRun(scenario, s);
			const monthly = result.strategies[s]!.monthly;
			for (let t = 0; t < scenario.horizonMonths; t++) {
				expect(relative(monthly.customers.mean[t]!, reference.customers[t]!)).toBeLessThan(1e-9);
				expect(relative(monthly.revenue.mean[t]!, reference.revenue[t]!)).toBeLessThan(1e-9);
				expect(relative(monthly.churnedCustomers.mean[t]!, reference.churned[t]!)).toBeLessThan(
					1e-9
				);
				expect(relative(monthly.contribution.mean[t]!, reference.contribution[t]!)).toBeLessThan(
					1e-9
				);
				if (t >= 11) expect(relative(monthly.nrr.mean[t]!, reference.nrr[t]!)).toBeLessThan(1e-9);
			}
		}
	});

	it('stays within 0.1% of it with early-life churn (the mature pool closes the moments)', () => {
		const scenario = richScenario({ horizonMonths: 120 });
		const result = simulate(scenario);
		for (let s = 0; s < 2; s++) {
			const reference = referenceRun(scenario, s);
			const monthly = result.strategies[s]!.monthly;
			for (let t = 0; t < scenario.horizonMonths; t++) {
				expect(relative(monthly.customers.mean[t]!, reference.customers[t]!)).toBeLessThan(1e-3);
				expect(relative(monthly.revenue.mean[t]!, reference.revenue[t]!)).toBeLessThan(1e-3);
			}
		}
	});
});

describe('process noise (8.2)', () => {
	const noisy = richScenario({ processNoise: true, paths: 2000, horizonMonths: 24, seed: 'noise' });
	const exact = { ...noisy, processNoise: false, paths: 1 };

	it('is unbiased: every count averages to the noiseless value within 4 standard errors', () => {
		const expected = simulate(exact);
		for (const metric of [
			'customers',
			'newCustomers',
			'referredCustomers',
			'churnedCustomers'
		] as const) {
			for (let s = 0; s < 2; s++) {
				const columns = perPath(noisy, metric, s);
				columns.forEach((values, t) => {
					const n = values.length;
					const mean = values.reduce((a, b) => a + b, 0) / n;
					const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
					const target = expected.strategies[s]!.monthly[metric].mean[t]!;
					// Whole customers: the noiseless value may be fractional; allow half a customer for rounding of the base.
					expect(Math.abs(mean - target)).toBeLessThanOrEqual(4 * (sd / Math.sqrt(n)) + 0.5);
					expect(values.filter((x) => !Number.isInteger(x))).toHaveLength(0);
				});
			}
		}
	});

	it('draws month-1 churn of a single cohort with binomial variance n·h·(1−h)', () => {
		const scenario = neutralScenario({
			processNoise: true,
			paths: 6000,
			horizonMonths: 12,
			strategies: [strategy({ acquisitionBudgetMonthly: 0 })]
		});
		const n = scenario.company.startingCustomers;
		const h = scenario.company.matureChurnMonthly as number;
		const month1 = perPath(scenario, 'churnedCustomers')[0]!;
		const N = month1.length;
		const mean = month1.reduce((a, b) => a + b, 0) / N;
		const variance = month1.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1);
		const sigma2 = n * h * (1 - h);
		// The sample variance of N normal-ish draws has standard error σ²·√(2/(N−1)).
		expect(Math.abs(variance - sigma2)).toBeLessThan(4 * sigma2 * Math.sqrt(2 / (N - 1)));
		expect(Math.abs(mean - n * h)).toBeLessThan(4 * Math.sqrt(sigma2 / N));
	});
});

describe('determinism (8.3) and common random numbers (8.4)', () => {
	const scenario = richScenario({ processNoise: true, paths: 2300, horizonMonths: 30, seed: 42 });
	const uncertain: Scenario = {
		...scenario,
		company: { ...scenario.company, arpuMonthly: { low: 25, likely: 30, high: 40 } },
		market: { ...scenario.market, competitorShockRatePerYear: { low: 0.5, likely: 1, high: 2 } }
	};

	it('gives bit-identical results for any chunking and chunk order', () => {
		const reference = simulate(uncertain, { chunkBlocks: 5 });
		for (const chunkBlocks of [1, 2, 3]) {
			const reversed = simulate(uncertain, {
				chunkBlocks,
				order: (n) => Array.from({ length: n }, (_, i) => n - 1 - i)
			});
			expect(reversed).toStrictEqual(reference);
		}
		expect(simulate(uncertain, { chunkBlocks: 2 })).toStrictEqual(reference);
	});

	it('changes with the seed', () => {
		const a = simulate(uncertain).strategies[0]!.totals.npv.mean;
		const b = simulate({ ...uncertain, seed: 43 }).strategies[0]!.totals.npv.mean;
		expect(a).not.toBe(b);
	});

	it('gives two identical strategies identical paths', () => {
		const twin = { ...uncertain.strategies[1]!, id: 'twin' };
		const result = simulate({ ...uncertain, strategies: [uncertain.strategies[1]!, twin] });
		expect(result.strategies[1]!.monthly).toStrictEqual(result.strategies[0]!.monthly);
		expect(result.strategies[1]!.totals).toStrictEqual(result.strategies[0]!.totals);
		expect(result.comparisons[0]!.probabilityHigherNpv).toBe(0);
		expect(result.comparisons[0]!.npvDifference.p95).toBe(0);
	});
});

describe('direction (8.5)', () => {
	it('never raises expected churn with more CX investment', () => {
		const base = richScenario();
		let previous: Float64Array | null = null;
		for (const cx of [0, 50_000, 150_000, 400_000, 1_000_000]) {
			const scenario = {
				...base,
				strategies: [{ ...base.strategies[0]!, cxInvestmentMonthly: cx }]
			};
			const churn = simulate(scenario).strategies[0]!.monthly.churnRate.mean;
			if (previous)
				for (let t = 0; t < churn.length; t++)
					expect(churn[t]!).toBeLessThanOrEqual(previous[t]! * (1 + 1e-12));
			previous = churn;
		}
	});

	it('never raises expected new customers with a higher CAC', () => {
		const base = richScenario();
		let previous: Float64Array | null = null;
		for (const cac of [50, 100, 150, 300, 1000]) {
			const scenario = { ...base, company: { ...base.company, cac } };
			const acquired = simulate(scenario).strategies[1]!.monthly.newCustomers.mean;
			if (previous)
				for (let t = 0; t < acquired.length; t++)
					expect(acquired[t]!).toBeLessThanOrEqual(previous[t]! * (1 + 1e-12));
			previous = acquired;
		}
	});

	it('never raises |NPV| of a positive contribution stream with a higher discount rate', () => {
		const base = neutralScenario({ strategies: [strategy({ acquisitionBudgetMonthly: 0 })] });
		let previous = Infinity;
		for (const rate of [0, 0.05, 0.1, 0.25, 0.5]) {
			const npv = simulate({ ...base, discountRateAnnual: rate }).strategies[0]!.totals.npv.mean;
			expect(npv).toBeGreaterThan(0);
			expect(Math.abs(npv)).toBeLessThanOrEqual(previous);
			previous = Math.abs(npv);
		}
	});
});

describe('Monte Carlo summaries', () => {
	it('draws PERT inputs with mean (L + 4M + H)/6 inside [L, H]', () => {
		const scenario = neutralScenario({ paths: 20_000, horizonMonths: 12 });
		scenario.company.arpuMonthly = { low: 10, likely: 20, high: 60 };
		const acc = new Accumulator(scenario);
		acc.add(runChunk(scenario, 0, 40));
		const draws = acc.parameters.subarray(0, scenario.paths);
		const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
		// PERT variance (μ−L)(H−μ)/7.
		const mu = (10 + 80 + 60) / 6;
		const se = Math.sqrt(((mu - 10) * (60 - mu)) / 7 / draws.length);
		expect(Math.abs(mean - mu)).toBeLessThan(4 * se);
		expect(Math.min(...draws)).toBeGreaterThanOrEqual(10);
		expect(Math.max(...draws)).toBeLessThanOrEqual(60);
		expect(acc.parameterNames).toEqual(['company.arpuMonthly']);
	});

	it('keeps bands nested and ranks the input that drives the NPV difference first', () => {
		const base = richScenario({ processNoise: true, paths: 1500, horizonMonths: 36 });
		const scenario: Scenario = {
			...base,
			effects: { ...base.effects, churnNpsElasticity: { low: 0, likely: 1.5, high: 4 } },
			company: { ...base.company, costPerContact: { low: 4, likely: 5, high: 6 } }
		};
		const result = simulate(scenario);
		for (const strategyResult of result.strategies) {
			for (const metric of MONTHLY_METRICS) {
				const m = strategyResult.monthly[metric];
				for (let t = 0; t < 36; t++) {
					if (Number.isNaN(m.p50[t]!)) continue;
					expect(m.p5[t]!).toBeLessThanOrEqual(m.p25[t]!);
					expect(m.p25[t]!).toBeLessThanOrEqual(m.p50[t]!);
					expect(m.p50[t]!).toBeLessThanOrEqual(m.p75[t]!);
					expect(m.p75[t]!).toBeLessThanOrEqual(m.p95[t]!);
				}
			}
		}
		const comparison = result.comparisons[0]!;
		expect(comparison.sensitivity[0]!.parameter).toBe('effects.churnNpsElasticity');
		expect(comparison.probabilityHigherNpv).toBeGreaterThanOrEqual(0);
		const counted = comparison.npvDifferenceHistogram.counts.reduce((a, b) => a + b, 0);
		expect(counted).toBe(1500);
	});
});

describe('band memory cap', () => {
	it('keeps at most BAND_VALUE_BUDGET doubles, in whole blocks, and every path when they fit', () => {
		// 160 MB of double-precision band values at most.
		expect(BAND_VALUE_BUDGET * 8).toBeLessThanOrEqual(160e6);
		const page = (horizonMonths: number) =>
			bandPathCount(
				neutralScenario({
					paths: 10_000,
					horizonMonths,
					strategies: [strategy(), strategy({ id: 'b' })]
				}),
				8
			);
		expect(page(60)).toBe(10_000);
		expect(page(120)).toBe(10_000);
		const long = page(240);
		expect(long % BLOCK_PATHS).toBe(0);
		expect(long * 2 * 8 * 240).toBeLessThanOrEqual(BAND_VALUE_BUDGET);
		expect((long + BLOCK_PATHS) * 2 * 8 * 240).toBeGreaterThan(BAND_VALUE_BUDGET);
	});
});

describe('parameter slots', () => {
	it('match the validator’s list of uncertain fields', async () => {
		const P = await import('../../src/lib/sim/params');
		const expected: [number, string][] = [
			[P.P_SHOCK_RATE, 'market.competitorShockRatePerYear'],
			[P.P_SHOCK_CHURN, 'market.shockChurnMultiplier'],
			[P.P_SHOCK_CAC, 'market.shockCacMultiplier'],
			[P.P_ARPU, 'company.arpuMonthly'],
			[P.P_MARGIN, 'company.grossMargin'],
			[P.P_MATURE_CHURN, 'company.matureChurnMonthly'],
			[P.P_EARLY_CHURN, 'company.earlyChurnMultiplier'],
			[P.P_CAC, 'company.cac'],
			[P.P_CAC_INFLATION, 'company.cacInflationAnnual'],
			[P.P_SATURATION, 'company.saturationElasticity'],
			[P.P_CONTACTS, 'company.contactsPerCustomerMonthly'],
			[P.P_CONTACT_COST, 'company.costPerContact'],
			[P.P_CHURN_NPS, 'effects.churnNpsElasticity'],
			[P.P_REFERRAL, 'effects.referralRateAtNps100'],
			[P.P_EXPANSION, 'effects.expansionRateMonthly'],
			[P.P_EXPANSION_NPS, 'effects.expansionNpsElasticity'],
			[P.P_CONTACT_NPS, 'effects.contactNpsElasticity'],
			[P.P_DETRACTOR_CAC, 'effects.detractorCacUplift'],
			[P.P_UNFAIRNESS, 'effects.unfairnessChurnUplift'],
			[P.P_PROMO_NPS, 'effects.promoNpsPenalty'],
			[P.P_LOCKIN_NPS, 'effects.lockInNpsPenalty'],
			[P.P_NPS_MAX_LIFT, 'effects.npsMaxLift'],
			[P.P_HALF_LIFT, 'effects.cxSpendHalfLift'],
			[P.P_NPS_LAG, 'effects.npsLagMonths']
		];
		for (const [slot, path] of expected) expect(P.SCENARIO_PARAMS[slot]).toBe(path);
		expect(P.SCENARIO_PARAMS).toHaveLength(expected.length);
		expect(P.STRATEGY_PARAMS[P.S_CONVERSION_LIFT]).toBe('promo.conversionLift');
		expect(P.STRATEGY_PARAMS[P.S_DEAL_SEEKER]).toBe('promo.dealSeekerChurnMultiplier');
		expect(P.STRATEGY_PARAMS[P.S_IN_CONTRACT]).toBe('lockIn.inContractChurnMultiplier');
		expect(P.STRATEGY_PARAMS[P.S_EXPIRY]).toBe('lockIn.expiryChurn');
		expect(P.STRATEGY_PARAMS[P.S_HAZARD_REDUCTION]).toBe('retention.hazardReduction');
		expect(P.STRATEGY_PARAMS[P.S_RETENTION_COST]).toBe('retention.costPerCustomerMonthly');
	});
});
