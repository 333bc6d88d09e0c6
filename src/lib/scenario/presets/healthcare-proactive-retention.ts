/**
 * The US healthcare case of McKinsey's "Experience-led growth" (Vietnamese adaptation by CASK
 * Academy; MODEL.md section 2): a provider that pooled five years of patient records in one
 * place and used machine learning to flag patients likely to stop coming back, then contacted
 * them proactively. Modelled with the `retention` lever (a lower lapse hazard for a cost per
 * patient per month) plus the data platform as CX spend, against a provider that puts about the
 * same money (USD 1.5 million a month) into advertising. Amounts in USD.
 */
import type { PresetDefinition } from './index';

export const healthcareProactiveRetention: PresetDefinition = {
	id: 'healthcare-proactive-retention',
	title: {
		en: 'Healthcare: reaching out before patients lapse',
		vi: 'Y tế: chủ động liên hệ trước khi bệnh nhân rời đi'
	},
	description: {
		en: 'A healthcare provider either spends its budget on advertising for new patients, or uses its patient data to flag people likely to stop returning and contacts them first. Based on the US healthcare case in McKinsey\'s "Experience-led growth" (Vietnamese adaptation by CASK Academy).',
		vi: 'Một cơ sở y tế hoặc dùng ngân sách để quảng cáo tìm bệnh nhân mới, hoặc dùng dữ liệu bệnh nhân để nhận diện những người có khả năng không quay lại và chủ động liên hệ với họ trước. Dựa trên ví dụ tổ chức chăm sóc sức khỏe tại Mỹ trong bài "Experience-led growth" của McKinsey (bản tiếng Việt của CASK Academy).'
	},
	names: {
		vi: {
			scenario: 'Y tế: chủ động giữ chân bệnh nhân',
			strategies: [
				'Quảng cáo tìm bệnh nhân mới',
				'Nhận diện bệnh nhân sắp rời đi, chủ động liên hệ'
			]
		}
	},
	scenario: {
		schema: 1,
		name: 'Healthcare: proactive retention',
		market: {
			addressableCustomers: 2_000_000,
			competitorShockRatePerYear: { low: 0.1, likely: 0.3, high: 0.6 }
		},
		company: {
			startingCustomers: 250_000,
			arpuMonthly: { low: 38, likely: 45, high: 52 },
			grossMargin: { low: 0.3, likely: 0.35, high: 0.4 },
			matureChurnMonthly: { low: 0.015, likely: 0.02, high: 0.03 },
			earlyChurnMultiplier: { low: 1.5, likely: 2, high: 3 },
			cac: { low: 120, likely: 170, high: 240 },
			cacInflationAnnual: { low: 0.03, likely: 0.06, high: 0.1 },
			saturationElasticity: 1,
			contactsPerCustomerMonthly: { low: 0.2, likely: 0.3, high: 0.4 },
			costPerContact: { low: 5, likely: 8, high: 12 },
			npsStart: 15
		},
		effects: {
			churnNpsElasticity: { low: 0.3, likely: 0.8, high: 1.5 },
			referralRateAtNps100: { low: 0.003, likely: 0.008, high: 0.015 },
			contactNpsElasticity: { low: 0.3, likely: 0.6, high: 1 },
			npsMaxLift: { low: 5, likely: 10, high: 20 },
			npsLagMonths: { low: 6, likely: 12, high: 18 }
		},
		strategies: [
			{
				id: 'advertise',
				name: 'Advertise for new patients',
				acquisitionBudgetMonthly: 1_500_000
			},
			{
				id: 'flag-and-reach-out',
				name: 'Flag patients likely to lapse, reach out',
				acquisitionBudgetMonthly: 1_300_000,
				cxInvestmentMonthly: 50_000,
				retention: {
					hazardReduction: { low: 0.1, likely: 0.2, high: 0.3 },
					costPerCustomerMonthly: { low: 0.25, likely: 0.45, high: 0.8 }
				}
			}
		]
	}
};
