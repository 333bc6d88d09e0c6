/**
 * The worked example of the SOI.Pro article on proving CX ROI (drawing on Gartner and Forrester;
 * MODEL.md section 2): one CX initiative, a personalisation tool that contacts customers before
 * they call, costed against what it saves. Its four steps map onto the scenario: the
 * organisational goal (revenue) → the measurable outcome (fewer inbound contacts, better
 * retention: `contactNpsElasticity`, `churnNpsElasticity`) → the business objective (cost saving
 * and revenue kept) → the financial metrics (contact cost saved via `contactsPerCustomerMonthly`
 * × `costPerContact`, CLV, NPV). Everything else is held equal between the two strategies, and
 * effects the article would call "extra value" (referrals, expansion) are left at zero so the
 * case rests on the most defensible evidence. Amounts in USD.
 */
import type { PresetDefinition } from './index';

export const cxBusinessCase: PresetDefinition = {
	id: 'cx-business-case',
	title: {
		en: 'CX business case: a personalisation tool',
		vi: 'Bài toán kinh doanh cho CX: công cụ cá nhân hóa'
	},
	description: {
		en: "One CX initiative, a personalisation tool that reaches customers before they call, is costed against the contact-centre savings and the retention it brings, following four steps: goal, measurable outcome, business objective, financial metric. Based on the worked example in SOI.Pro's article on proving CX ROI (drawing on Gartner and Forrester).",
		vi: 'Một sáng kiến CX, công cụ cá nhân hóa chủ động liên hệ khách hàng trước khi họ gọi đến, được so sánh giữa chi phí với khoản tiết kiệm cho tổng đài và phần khách hàng giữ chân thêm, theo bốn bước: mục tiêu, kết quả đo lường được, mục tiêu kinh doanh, chỉ số tài chính. Dựa trên ví dụ minh họa trong bài viết của SOI.Pro về chứng minh ROI của CX (dựa trên số liệu của Gartner và Forrester).'
	},
	names: {
		vi: {
			scenario: 'Bài toán kinh doanh cho CX: công cụ cá nhân hóa',
			strategies: ['Giữ nguyên hiện trạng', 'Dùng công cụ cá nhân hóa']
		}
	},
	scenario: {
		schema: 1,
		name: 'CX business case: personalisation tool',
		horizonMonths: 36,
		market: {
			addressableCustomers: 2_000_000
		},
		company: {
			startingCustomers: 250_000,
			arpuMonthly: { low: 27, likely: 30, high: 33 },
			grossMargin: { low: 0.45, likely: 0.5, high: 0.55 },
			matureChurnMonthly: { low: 0.012, likely: 0.015, high: 0.02 },
			cac: { low: 120, likely: 150, high: 190 },
			contactsPerCustomerMonthly: { low: 0.3, likely: 0.4, high: 0.5 },
			costPerContact: { low: 5, likely: 7, high: 10 },
			npsStart: 10
		},
		effects: {
			churnNpsElasticity: { low: 0.3, likely: 0.8, high: 1.5 },
			contactNpsElasticity: { low: 1.5, likely: 3, high: 4.5 },
			npsMaxLift: { low: 8, likely: 15, high: 25 },
			cxSpendHalfLift: { low: 0.2, likely: 0.5, high: 1 },
			npsLagMonths: { low: 3, likely: 6, high: 9 }
		},
		strategies: [
			{
				id: 'status-quo',
				name: 'Status quo',
				acquisitionBudgetMonthly: 550_000
			},
			{
				id: 'with-initiative',
				name: 'With the personalisation tool',
				acquisitionBudgetMonthly: 550_000,
				cxInvestmentMonthly: 100_000
			}
		]
	}
};
