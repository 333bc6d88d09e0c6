/**
 * The scenario that opens when nothing else is asked for: a mid-sized subscription business
 * (100,000 customers at $40 a month) choosing how to spend about $600,000 a month: mostly on paid
 * acquisition with new-customer offers and 12-month contracts, or mostly on customer experience
 * with a proactive retention programme (about $50,000 a month at $0.50 a customer).
 */
export const defaultScenario = {
	schema: 1,
	name: 'Mid-sized subscription business',
	currency: 'USD',
	horizonMonths: 60,
	discountRateAnnual: 0.1,
	paths: 10000,
	seed: '1',
	processNoise: true,
	market: {
		addressableCustomers: 2_000_000,
		competitorShockRatePerYear: { low: 0.1, likely: 0.4, high: 1 },
		shockChurnMultiplier: { low: 1.2, likely: 1.5, high: 2 },
		shockCacMultiplier: { low: 1.1, likely: 1.3, high: 1.6 },
		shockDurationMonths: 6
	},
	company: {
		startingCustomers: 100_000,
		arpuMonthly: { low: 36, likely: 40, high: 44 },
		grossMargin: { low: 0.6, likely: 0.65, high: 0.7 },
		matureChurnMonthly: { low: 0.014, likely: 0.018, high: 0.024 },
		earlyChurnMultiplier: { low: 1.5, likely: 2, high: 3 },
		earlyChurnDecayMonths: 6,
		cac: { low: 160, likely: 200, high: 260 },
		cacInflationAnnual: { low: 0.05, likely: 0.12, high: 0.2 },
		saturationElasticity: 1,
		contactsPerCustomerMonthly: { low: 0.2, likely: 0.3, high: 0.45 },
		costPerContact: { low: 4, likely: 6, high: 9 },
		npsStart: 10,
		walletShareStart: 0.5,
		walletShareNew: 0.4,
		walletShareMax: 0.7
	},
	effects: {
		churnNpsElasticity: { low: 0.3, likely: 1.2, high: 2.2 },
		referralRateAtNps100: { low: 0.006, likely: 0.015, high: 0.03 },
		expansionRateMonthly: { low: 0, likely: 0.01, high: 0.02 },
		expansionNpsElasticity: { low: 0.02, likely: 0.05, high: 0.1 },
		contactNpsElasticity: { low: 0.5, likely: 1, high: 1.5 },
		detractorCacUplift: { low: 0.2, likely: 0.5, high: 1 },
		unfairnessChurnUplift: { low: 0.02, likely: 0.08, high: 0.2 },
		promoNpsPenalty: { low: 3, likely: 8, high: 15 },
		lockInNpsPenalty: { low: 5, likely: 15, high: 25 },
		npsMaxLift: { low: 25, likely: 40, high: 55 },
		cxSpendHalfLift: { low: 1, likely: 2, high: 4 },
		npsLagMonths: { low: 9, likely: 12, high: 18 }
	},
	strategies: [
		{
			id: 'acquisition-heavy',
			name: 'Acquisition-heavy',
			acquisitionBudgetMonthly: 540_000,
			acquisitionBudgetGrowthAnnual: 0,
			cxInvestmentMonthly: 60_000,
			priceIncreaseAnnual: 0.03,
			promo: {
				discount: 0.2,
				months: 2,
				conversionLift: { low: 0.1, likely: 0.25, high: 0.4 },
				exclusiveToNew: true,
				dealSeekerChurnMultiplier: { low: 1.3, likely: 1.8, high: 2.5 }
			},
			lockIn: {
				share: 0.6,
				months: 12,
				inContractChurnMultiplier: { low: 0.2, likely: 0.3, high: 0.5 },
				expiryChurn: { low: 0.25, likely: 0.35, high: 0.45 }
			}
		},
		{
			id: 'experience-led',
			name: 'Experience-led',
			acquisitionBudgetMonthly: 200_000,
			acquisitionBudgetGrowthAnnual: 0,
			cxInvestmentMonthly: 350_000,
			priceIncreaseAnnual: 0.03,
			retention: {
				hazardReduction: { low: 0.08, likely: 0.15, high: 0.25 },
				costPerCustomerMonthly: 0.5
			}
		}
	]
} as const;
