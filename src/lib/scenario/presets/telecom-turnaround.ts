/**
 * The telecom turnaround of McKinsey's "Experience-led growth" (Vietnamese adaptation by CASK
 * Academy; MODEL.md section 2): a mobile operator whose churn climbed after it forced lock-in
 * contracts and kept its offers for new customers. Over three years the experience-led strategy
 * drops both, offers the same deal to everyone, and puts the money into network quality and
 * redesigned care. Calibrated (tests/unit/presets.test.ts) so that, in the median, its monthly
 * churn in months 31–36 is about a quarter of months 1–3 (the article's "down about 75%") and its
 * revenue in month 36 is about twice month 1 ("nearly doubled"), while the status quo's churn does
 * not fall. Amounts in VND.
 */
import type { PresetDefinition } from './index';

export const telecomTurnaround: PresetDefinition = {
	id: 'telecom-turnaround',
	title: {
		en: 'Telecom turnaround: from lock-in to experience',
		vi: 'Nhà mạng xoay chuyển: từ ràng buộc sang trải nghiệm'
	},
	description: {
		en: 'A mobile operator losing subscribers either keeps lock-in contracts and new-customer-only deals, or drops both, treats old and new customers alike and invests in its network and care. Based on the telecom case in McKinsey\'s "Experience-led growth" (Vietnamese adaptation by CASK Academy).',
		vi: 'Một nhà mạng đang mất thuê bao hoặc giữ hợp đồng ràng buộc và ưu đãi chỉ cho khách mới, hoặc bỏ cả hai, đối xử như nhau với khách cũ và mới, đầu tư vào chất lượng mạng và chăm sóc khách hàng. Dựa trên ví dụ nhà mạng viễn thông trong bài "Experience-led growth" của McKinsey (bản tiếng Việt của CASK Academy).'
	},
	names: {
		vi: {
			scenario: 'Nhà mạng xoay chuyển tình thế',
			strategies: [
				'Hợp đồng ràng buộc, ưu đãi chỉ cho khách mới',
				'Bỏ ràng buộc, ưu đãi như nhau, đầu tư mạng và chăm sóc'
			]
		}
	},
	scenario: {
		schema: 1,
		name: 'Telecom turnaround',
		currency: 'VND',
		horizonMonths: 36,
		market: {
			addressableCustomers: 20_000_000,
			competitorShockRatePerYear: { low: 0.2, likely: 0.5, high: 1 },
			shockChurnMultiplier: { low: 1.2, likely: 1.4, high: 1.8 }
		},
		company: {
			startingCustomers: 4_000_000,
			arpuMonthly: { low: 130_000, likely: 150_000, high: 170_000 },
			grossMargin: { low: 0.45, likely: 0.5, high: 0.55 },
			matureChurnMonthly: { low: 0.02, likely: 0.025, high: 0.03 },
			earlyChurnMultiplier: { low: 1.5, likely: 2, high: 3 },
			cac: { low: 250_000, likely: 300_000, high: 380_000 },
			cacInflationAnnual: { low: 0.05, likely: 0.1, high: 0.15 },
			saturationElasticity: 1,
			contactsPerCustomerMonthly: { low: 0.25, likely: 0.35, high: 0.5 },
			costPerContact: { low: 25_000, likely: 35_000, high: 50_000 },
			npsStart: -20,
			walletShareStart: 0.5,
			walletShareMax: 0.85
		},
		effects: {
			churnNpsElasticity: { low: 2.4, likely: 3.2, high: 4 },
			referralRateAtNps100: { low: 0.005, likely: 0.01, high: 0.02 },
			expansionRateMonthly: { low: 0.005, likely: 0.01, high: 0.015 },
			expansionNpsElasticity: { low: 0.02, likely: 0.05, high: 0.08 },
			contactNpsElasticity: { low: 0.5, likely: 1, high: 1.5 },
			detractorCacUplift: { low: 0.2, likely: 0.5, high: 1 },
			unfairnessChurnUplift: { low: 0.05, likely: 0.12, high: 0.25 },
			promoNpsPenalty: { low: 5, likely: 10, high: 15 },
			lockInNpsPenalty: { low: 10, likely: 15, high: 25 },
			npsMaxLift: { low: 60, likely: 75, high: 90 },
			cxSpendHalfLift: { low: 1_000, likely: 1_500, high: 2_500 },
			npsLagMonths: { low: 6, likely: 9, high: 12 }
		},
		strategies: [
			{
				id: 'lock-in-new-only',
				name: 'Lock-in contracts, new-customer offers',
				acquisitionBudgetMonthly: 54_000_000_000,
				cxInvestmentMonthly: 1_000_000_000,
				priceIncreaseAnnual: 0.03,
				promo: {
					discount: 0.5,
					months: 3,
					conversionLift: { low: 0.2, likely: 0.35, high: 0.5 },
					exclusiveToNew: true,
					dealSeekerChurnMultiplier: { low: 1.5, likely: 2, high: 3 }
				},
				lockIn: {
					share: 0.7,
					months: 24,
					inContractChurnMultiplier: { low: 0.2, likely: 0.3, high: 0.4 },
					expiryChurn: { low: 0.3, likely: 0.4, high: 0.5 }
				}
			},
			{
				id: 'no-lock-in-equal-offers',
				name: 'No lock-in, equal offers, network and care',
				acquisitionBudgetMonthly: 20_000_000_000,
				cxInvestmentMonthly: 35_000_000_000,
				priceIncreaseAnnual: 0.03,
				promo: {
					discount: 0.2,
					months: 1,
					conversionLift: { low: 0.05, likely: 0.1, high: 0.2 },
					exclusiveToNew: false
				}
			}
		]
	}
};
