/**
 * The B2B power-tools case of McKinsey's "Experience-led growth" (Vietnamese adaptation by CASK
 * Academy; MODEL.md section 2): a distributor whose 20+ customer journeys were run by separate
 * teams, so business customers had to stitch them together themselves. Rebuilding them end to
 * end (on-time delivery with clear invoices, real-time voice-of-customer feedback tied to KPIs)
 * shows up as lower churn, a larger share of each account's spend and fewer service contacts per
 * account. With about 400 accounts, whole-customer noise is visible: one lost account moves the
 * numbers. Amounts in USD.
 */
import type { PresetDefinition } from './index';

export const b2bFragmentedJourneys: PresetDefinition = {
	id: 'b2b-fragmented-journeys',
	title: {
		en: 'B2B distributor: rebuilding 20+ broken journeys',
		vi: 'Nhà phân phối B2B: tái thiết hơn 20 hành trình rời rạc'
	},
	description: {
		en: 'A power-tools distributor with about 400 business accounts either pushes sales to win new accounts, or rebuilds its more than 20 disconnected customer journeys end to end, cutting the calls and complaints each account generates. Based on the B2B power-tools case in McKinsey\'s "Experience-led growth" (Vietnamese adaptation by CASK Academy).',
		vi: 'Một nhà phân phối dụng cụ điện với khoảng 400 khách hàng doanh nghiệp hoặc đẩy mạnh bán hàng để giành thêm khách mới, hoặc tái thiết trọn vẹn hơn 20 hành trình khách hàng rời rạc, giảm số cuộc gọi và khiếu nại mà mỗi khách hàng phát sinh. Dựa trên ví dụ công ty dụng cụ điện B2B trong bài "Experience-led growth" của McKinsey (bản tiếng Việt của CASK Academy).'
	},
	names: {
		vi: {
			scenario: 'Nhà phân phối B2B: hành trình rời rạc',
			strategies: [
				'Đẩy mạnh bán hàng, giữ nguyên các hành trình',
				'Tái thiết trọn vẹn hành trình, gắn VoC với KPI'
			]
		}
	},
	scenario: {
		schema: 1,
		name: 'B2B distributor: fragmented journeys',
		horizonMonths: 48,
		processNoise: true,
		market: {
			addressableCustomers: 3_000,
			competitorShockRatePerYear: { low: 0.1, likely: 0.3, high: 0.6 }
		},
		company: {
			startingCustomers: 400,
			arpuMonthly: { low: 20_000, likely: 25_000, high: 30_000 },
			grossMargin: { low: 0.25, likely: 0.3, high: 0.35 },
			matureChurnMonthly: { low: 0.006, likely: 0.01, high: 0.015 },
			earlyChurnMultiplier: { low: 1.5, likely: 2, high: 3 },
			cac: { low: 30_000, likely: 40_000, high: 60_000 },
			cacInflationAnnual: { low: 0.02, likely: 0.05, high: 0.1 },
			saturationElasticity: 1,
			contactsPerCustomerMonthly: { low: 10, likely: 20, high: 30 },
			costPerContact: { low: 30, likely: 45, high: 70 },
			npsStart: -5,
			walletShareStart: 0.4,
			walletShareNew: 0.3,
			walletShareMax: 0.65
		},
		effects: {
			churnNpsElasticity: { low: 0.5, likely: 1.2, high: 2 },
			referralRateAtNps100: { low: 0.002, likely: 0.005, high: 0.01 },
			expansionRateMonthly: { low: 0, likely: 0.005, high: 0.01 },
			expansionNpsElasticity: { low: 0.05, likely: 0.1, high: 0.15 },
			contactNpsElasticity: { low: 1.5, likely: 2.5, high: 3.5 },
			detractorCacUplift: { low: 0.1, likely: 0.3, high: 0.6 },
			npsMaxLift: { low: 30, likely: 45, high: 60 },
			cxSpendHalfLift: { low: 200, likely: 350, high: 500 },
			npsLagMonths: { low: 6, likely: 12, high: 18 }
		},
		strategies: [
			{
				id: 'sales-push',
				name: 'Sales push, journeys left as they are',
				acquisitionBudgetMonthly: 250_000,
				cxInvestmentMonthly: 20_000
			},
			{
				id: 'rebuild-journeys',
				name: 'Rebuild journeys end to end, VoC tied to KPIs',
				acquisitionBudgetMonthly: 100_000,
				cxInvestmentMonthly: 170_000
			}
		]
	}
};
