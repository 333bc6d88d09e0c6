/** Complete scenarios for engine tests, built without the validator so each test sets exactly what it needs. */
import type { Scenario, Strategy } from '../../../src/lib/scenario/types';

export function strategy(overrides: Partial<Strategy> = {}): Strategy {
	return {
		id: 'a',
		name: 'A',
		acquisitionBudgetMonthly: 10_000,
		acquisitionBudgetGrowthAnnual: 0,
		cxInvestmentMonthly: 0,
		priceIncreaseAnnual: 0,
		...overrides
	};
}

/** MODEL.md section 8.1's neutral limit: no noise, shocks, promotion, lock-in, effects or drift. */
export function neutralScenario(overrides: Partial<Scenario> = {}): Scenario {
	return {
		schema: 1,
		name: 'neutral',
		currency: 'USD',
		horizonMonths: 60,
		discountRateAnnual: 0.1,
		paths: 1,
		seed: 'test',
		processNoise: false,
		market: {
			addressableCustomers: 1e9,
			competitorShockRatePerYear: 0,
			shockChurnMultiplier: 1.5,
			shockCacMultiplier: 1.3,
			shockDurationMonths: 6
		},
		company: {
			startingCustomers: 50_000,
			arpuMonthly: 30,
			grossMargin: 0.6,
			matureChurnMonthly: 0.03,
			earlyChurnMultiplier: 1,
			earlyChurnDecayMonths: 6,
			cac: 150,
			cacInflationAnnual: 0,
			saturationElasticity: 0,
			contactsPerCustomerMonthly: 0,
			costPerContact: 0,
			npsStart: 0,
			walletShareStart: 1,
			walletShareNew: 1,
			walletShareMax: 1
		},
		effects: {
			churnNpsElasticity: 0,
			referralRateAtNps100: 0,
			expansionRateMonthly: 0,
			expansionNpsElasticity: 0,
			contactNpsElasticity: 0,
			detractorCacUplift: 0,
			unfairnessChurnUplift: 0,
			promoNpsPenalty: 0,
			lockInNpsPenalty: 0,
			npsMaxLift: 0,
			cxSpendHalfLift: 1,
			npsLagMonths: 12
		},
		strategies: [strategy()],
		...overrides
	};
}

/** A scenario where every mechanism is switched on (deterministic values). */
export function richScenario(overrides: Partial<Scenario> = {}): Scenario {
	const base = neutralScenario();
	return {
		...base,
		horizonMonths: 48,
		market: { ...base.market, addressableCustomers: 400_000 },
		company: {
			...base.company,
			earlyChurnMultiplier: 2.5,
			earlyChurnDecayMonths: 4,
			cacInflationAnnual: 0.1,
			saturationElasticity: 1.5,
			contactsPerCustomerMonthly: 0.4,
			costPerContact: 5,
			npsStart: 5,
			walletShareStart: 0.5,
			walletShareNew: 0.4,
			walletShareMax: 0.8
		},
		effects: {
			churnNpsElasticity: 1.2,
			referralRateAtNps100: 0.01,
			expansionRateMonthly: 0.01,
			expansionNpsElasticity: 0.05,
			contactNpsElasticity: 1,
			detractorCacUplift: 0.5,
			unfairnessChurnUplift: 0.2,
			promoNpsPenalty: 10,
			lockInNpsPenalty: 15,
			npsMaxLift: 45,
			cxSpendHalfLift: 2,
			npsLagMonths: 8
		},
		strategies: [
			strategy({
				id: 'acq',
				name: 'Acquisition',
				acquisitionBudgetMonthly: 300_000,
				acquisitionBudgetGrowthAnnual: 0.1,
				cxInvestmentMonthly: 20_000,
				priceIncreaseAnnual: 0.05,
				promo: {
					discount: 0.3,
					months: 4,
					conversionLift: 0.3,
					exclusiveToNew: true,
					dealSeekerChurnMultiplier: 1.8
				},
				lockIn: { share: 0.6, months: 12, inContractChurnMultiplier: 0.3, expiryChurn: 0.35 }
			}),
			strategy({
				id: 'cx',
				name: 'Experience',
				acquisitionBudgetMonthly: 120_000,
				cxInvestmentMonthly: 180_000,
				priceIncreaseAnnual: 0.03,
				promo: {
					discount: 0.1,
					months: 2,
					conversionLift: 0.1,
					exclusiveToNew: false,
					dealSeekerChurnMultiplier: 1.1
				},
				retention: { hazardReduction: 0.15, costPerCustomerMonthly: 0.4 }
			})
		],
		...overrides
	};
}
