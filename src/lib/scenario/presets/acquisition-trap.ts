/**
 * The acquisition trap (MODEL.md sections 1–2): a consumer subscription app that buys its growth.
 * Paid CAC rises every year (ad-auction inflation and a saturating market) and its discounts go
 * to new customers only, which attracts deal seekers and leaves existing subscribers feeling
 * treated unfairly. The alternative spends the same money mostly on the product and service.
 * Amounts in USD.
 */
import type { PresetDefinition } from './index';

export const acquisitionTrap: PresetDefinition = {
	id: 'acquisition-trap',
	title: {
		en: 'The acquisition trap: rising CAC, new-customer discounts',
		vi: 'Bẫy thu hút khách hàng: CAC tăng, ưu đãi chỉ cho khách mới'
	},
	description: {
		en: 'A subscription app keeps paying more for each new customer every year and keeps its discounts for newcomers, while the same budget could go into the product and service for everyone. Based on the "acquisition trap" in McKinsey\'s "Experience-led growth" (Vietnamese adaptation by CASK Academy): replacing one lost customer takes at least three new ones.',
		vi: 'Một ứng dụng thuê bao mỗi năm phải trả nhiều hơn cho mỗi khách hàng mới và chỉ dành giảm giá cho người mới, trong khi cùng khoản ngân sách đó có thể dùng để cải thiện sản phẩm và dịch vụ cho mọi khách hàng. Dựa trên khái niệm "bẫy thu hút khách hàng" trong bài "Experience-led growth" của McKinsey (bản tiếng Việt của CASK Academy): cần ít nhất ba khách mới để bù cho một khách rời đi.'
	},
	names: {
		vi: {
			scenario: 'Bẫy thu hút khách hàng',
			strategies: [
				'Quảng cáo trả phí và giảm giá cho khách mới',
				'Sản phẩm tốt hơn, một mức giá cho mọi khách hàng'
			]
		}
	},
	scenario: {
		schema: 1,
		name: 'Acquisition trap',
		market: {
			addressableCustomers: 3_000_000,
			competitorShockRatePerYear: { low: 0.2, likely: 0.5, high: 1 }
		},
		company: {
			startingCustomers: 200_000,
			arpuMonthly: { low: 17, likely: 20, high: 23 },
			grossMargin: { low: 0.6, likely: 0.7, high: 0.75 },
			matureChurnMonthly: { low: 0.025, likely: 0.03, high: 0.04 },
			earlyChurnMultiplier: { low: 1.5, likely: 2.5, high: 3.5 },
			cac: { low: 55, likely: 70, high: 90 },
			cacInflationAnnual: { low: 0.15, likely: 0.25, high: 0.4 },
			saturationElasticity: { low: 1, likely: 2, high: 3 },
			contactsPerCustomerMonthly: { low: 0.05, likely: 0.1, high: 0.15 },
			costPerContact: { low: 3, likely: 5, high: 8 },
			npsStart: 5
		},
		effects: {
			churnNpsElasticity: { low: 0.8, likely: 1.5, high: 2.2 },
			referralRateAtNps100: { low: 0.01, likely: 0.02, high: 0.03 },
			contactNpsElasticity: { low: 0.5, likely: 1, high: 1.5 },
			detractorCacUplift: { low: 0.2, likely: 0.5, high: 1 },
			unfairnessChurnUplift: { low: 0.05, likely: 0.15, high: 0.3 },
			promoNpsPenalty: { low: 5, likely: 10, high: 15 },
			npsMaxLift: { low: 25, likely: 40, high: 55 },
			cxSpendHalfLift: { low: 0.5, likely: 1, high: 2 },
			npsLagMonths: { low: 6, likely: 9, high: 12 }
		},
		strategies: [
			{
				id: 'buy-growth',
				name: 'Paid ads and new-customer discounts',
				acquisitionBudgetMonthly: 1_200_000,
				acquisitionBudgetGrowthAnnual: 0.15,
				promo: {
					discount: 0.5,
					months: 3,
					conversionLift: { low: 0.3, likely: 0.5, high: 0.8 },
					exclusiveToNew: true,
					dealSeekerChurnMultiplier: { low: 1.5, likely: 2.5, high: 4 }
				}
			},
			{
				id: 'earn-growth',
				name: 'Better product, one price for everyone',
				acquisitionBudgetMonthly: 700_000,
				cxInvestmentMonthly: 500_000
			}
		]
	}
};
