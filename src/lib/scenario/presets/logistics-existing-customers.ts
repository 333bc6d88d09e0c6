/**
 * The logistics case of McKinsey's "Experience-led growth" (Vietnamese adaptation by CASK
 * Academy; MODEL.md section 2): revenue grew strongly with no new customers, by redesigning
 * operations around the shippers the company already served. The experience-led strategy spends
 * nothing on acquisition: it grows through retention and share of wallet (shippers start giving
 * it only a quarter of their volume) and lower cost to serve. Amounts in USD.
 */
import type { PresetDefinition } from './index';

export const logisticsExistingCustomers: PresetDefinition = {
	id: 'logistics-existing-customers',
	title: {
		en: 'Logistics: growing with existing customers only',
		vi: 'Logistics: tăng trưởng chỉ từ khách hàng hiện tại'
	},
	description: {
		en: 'A freight and parcel company either keeps paying to win new shippers, or stops acquisition altogether and redesigns its operations so current shippers stay, send it a larger share of their volume and need fewer calls. Based on the logistics case in McKinsey\'s "Experience-led growth" (Vietnamese adaptation by CASK Academy).',
		vi: 'Một công ty vận chuyển hàng hóa hoặc tiếp tục chi tiền để giành khách gửi hàng mới, hoặc ngừng hẳn chi phí thu hút khách và thiết kế lại vận hành để khách hiện tại ở lại, giao cho mình nhiều đơn hàng hơn và ít phải gọi hỗ trợ hơn. Dựa trên ví dụ doanh nghiệp logistics trong bài "Experience-led growth" của McKinsey (bản tiếng Việt của CASK Academy).'
	},
	names: {
		vi: {
			scenario: 'Logistics: khách hàng hiện tại',
			strategies: [
				'Tiếp tục chi tiền giành khách gửi hàng mới',
				'Ngừng thu hút khách, thiết kế lại quanh khách hiện tại'
			]
		}
	},
	scenario: {
		schema: 1,
		name: 'Logistics: existing customers',
		horizonMonths: 48,
		market: {
			addressableCustomers: 60_000,
			competitorShockRatePerYear: { low: 0.1, likely: 0.3, high: 0.6 }
		},
		company: {
			startingCustomers: 6_000,
			arpuMonthly: { low: 1_600, likely: 2_000, high: 2_400 },
			grossMargin: { low: 0.18, likely: 0.22, high: 0.26 },
			matureChurnMonthly: { low: 0.008, likely: 0.012, high: 0.018 },
			earlyChurnMultiplier: { low: 1.5, likely: 2, high: 3 },
			cac: { low: 4_000, likely: 5_000, high: 7_000 },
			cacInflationAnnual: { low: 0.03, likely: 0.08, high: 0.15 },
			saturationElasticity: 1,
			contactsPerCustomerMonthly: { low: 3, likely: 5, high: 8 },
			costPerContact: { low: 4, likely: 6, high: 9 },
			npsStart: 5,
			walletShareStart: 0.25,
			walletShareNew: 0.15,
			walletShareMax: 0.6
		},
		effects: {
			churnNpsElasticity: { low: 1, likely: 1.5, high: 2.2 },
			referralRateAtNps100: { low: 0.003, likely: 0.008, high: 0.015 },
			expansionRateMonthly: { low: 0.005, likely: 0.01, high: 0.02 },
			expansionNpsElasticity: { low: 0.05, likely: 0.08, high: 0.12 },
			contactNpsElasticity: { low: 0.8, likely: 1.2, high: 1.8 },
			npsMaxLift: { low: 25, likely: 40, high: 55 },
			cxSpendHalfLift: { low: 20, likely: 35, high: 50 },
			npsLagMonths: { low: 6, likely: 9, high: 14 }
		},
		strategies: [
			{
				id: 'win-new-shippers',
				name: 'Keep buying new shippers',
				acquisitionBudgetMonthly: 350_000,
				cxInvestmentMonthly: 50_000
			},
			{
				id: 'serve-existing-shippers',
				name: 'No acquisition: redesign around current shippers',
				acquisitionBudgetMonthly: 0,
				cxInvestmentMonthly: 300_000,
				retention: {
					hazardReduction: { low: 0.1, likely: 0.2, high: 0.3 },
					costPerCustomerMonthly: { low: 5, likely: 8, high: 12 }
				}
			}
		]
	}
};
