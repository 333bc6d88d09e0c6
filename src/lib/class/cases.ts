/**
 * Case scripts for class mode: what a trainer tells the room about a preset before the run
 * (the situation, the two strategies) and after it (what the source case reported, questions
 * to discuss). Drawn from the facts of the source articles (MODEL.md section 2), paraphrased.
 * Like a preset's description, each text is written in every language here, next to the
 * preset it belongs to; the words of the presenter view itself are in the i18n catalogues.
 */
import type { LocalizedText } from '../scenario/presets/index';

/** The script of one case. */
export interface CaseScript {
	/** The preset the case runs (its id is also the case's id in `#case=` links). */
	presetId: string;
	/** The situation, a few short paragraphs. */
	situation: LocalizedText[];
	/** What each strategy does, in scenario order: a few points each. */
	strategies: LocalizedText[][];
	/** What the source case reported, told in the debrief. */
	reported: LocalizedText[];
	/** Questions for the room. */
	questions: LocalizedText[];
}

/** Every scripted case, in the order the presenter lists them. */
export const CASES: readonly CaseScript[] = [
	{
		presetId: 'telecom-turnaround',
		situation: [
			{
				en: 'A large mobile operator keeps losing subscribers. New rivals offer wider coverage and cheaper plans.',
				vi: 'Một nhà mạng di động lớn liên tục mất thuê bao. Các đối thủ mới có vùng phủ rộng hơn và gói cước rẻ hơn.'
			},
			{
				en: 'To stop the losses it tied customers into lock-in contracts and kept its best deals for newcomers. Loyal subscribers felt trapped and forgotten, and the complaints spread.',
				vi: 'Để cầm máu, nhà mạng buộc khách hàng vào hợp đồng ràng buộc và dành ưu đãi tốt nhất cho người mới. Khách hàng lâu năm thấy mình bị trói buộc và bị lãng quên, và lời phàn nàn lan rộng.'
			},
			{
				en: 'The leadership team must decide how to spend the next three years.',
				vi: 'Ban lãnh đạo phải quyết định dùng ba năm tới như thế nào.'
			}
		],
		strategies: [
			[
				{
					en: 'Keep the lock-in contracts',
					vi: 'Giữ hợp đồng ràng buộc'
				},
				{
					en: 'Offers for new subscribers only',
					vi: 'Ưu đãi chỉ dành cho thuê bao mới'
				},
				{
					en: 'The budget goes to advertising and winning new customers',
					vi: 'Ngân sách dồn cho quảng cáo và giành khách mới'
				}
			],
			[
				{
					en: 'Drop lock-in: customers stay because they want to',
					vi: 'Bỏ ràng buộc: khách ở lại vì họ muốn ở lại'
				},
				{
					en: 'The same offers for existing and new customers; easy upgrades',
					vi: 'Ưu đãi như nhau cho khách cũ và mới; nâng cấp dễ dàng'
				},
				{
					en: 'Invest in network quality and rebuild customer care',
					vi: 'Đầu tư vào chất lượng mạng và làm lại toàn bộ khâu chăm sóc khách hàng'
				}
			]
		],
		reported: [
			{
				en: 'In the source case, three years of experience-led change cut churn by about three quarters and almost doubled revenue.',
				vi: 'Trong ví dụ gốc, sau ba năm thay đổi lấy trải nghiệm làm trọng tâm, tỷ lệ rời bỏ giảm khoảng ba phần tư và doanh thu tăng gần gấp đôi.'
			},
			{
				en: "The operator's customer-experience ranking climbed from the bottom of its industry to the top.",
				vi: 'Thứ hạng trải nghiệm khách hàng của nhà mạng đi từ nhóm cuối ngành lên nhóm dẫn đầu.'
			}
		],
		questions: [
			{
				en: 'Why did contracts meant to keep customers end up pushing them away?',
				vi: 'Vì sao những hợp đồng nhằm giữ chân khách hàng lại đẩy họ đi?'
			},
			{
				en: 'What does a company lose when its deals go only to newcomers?',
				vi: 'Doanh nghiệp mất gì khi chỉ dành ưu đãi cho người mới?'
			},
			{
				en: 'The winner can have the longer CAC payback. Why is that no reason to reject it?',
				vi: 'Chiến lược thắng có thể hoàn vốn CAC chậm hơn. Vì sao đó không phải lý do để loại bỏ nó?'
			},
			{
				en: 'Which input in the tornado would you measure first in your own company?',
				vi: 'Trong biểu đồ lốc xoáy, bạn sẽ đo đầu vào nào trước tiên ở doanh nghiệp của mình?'
			}
		]
	},
	{
		presetId: 'acquisition-trap',
		situation: [
			{
				en: 'A subscription app grows by buying customers. Every year each new customer costs more to win, as ad prices climb and the market fills up.',
				vi: 'Một ứng dụng thuê bao tăng trưởng bằng cách mua khách hàng. Năm nào chi phí để có một khách mới cũng cao hơn, vì giá quảng cáo leo thang và thị trường dần bão hòa.'
			},
			{
				en: 'Its discounts are for newcomers only. They attract bargain hunters who leave when the discount ends, while long-time subscribers feel they are treated unfairly.',
				vi: 'Giảm giá chỉ dành cho người mới. Chúng kéo về những người săn khuyến mãi, rời đi ngay khi hết ưu đãi, còn người dùng lâu năm thấy mình bị đối xử bất công.'
			},
			{
				en: 'A rule of thumb from the source article: it takes at least three new customers to make up for one who leaves.',
				vi: 'Một kinh nghiệm được nêu trong bài viết gốc: cần ít nhất ba khách hàng mới mới bù được cho một khách rời đi.'
			}
		],
		strategies: [
			[
				{ en: 'Paid advertising at a rising CAC', vi: 'Quảng cáo trả phí với CAC ngày càng tăng' },
				{ en: 'Discounts for new customers only', vi: 'Giảm giá chỉ cho khách mới' }
			],
			[
				{
					en: 'The same budget goes mostly into the product and the service',
					vi: 'Phần lớn cùng khoản ngân sách đó dành cho sản phẩm và dịch vụ'
				},
				{ en: 'One price for every customer', vi: 'Một mức giá cho mọi khách hàng' }
			]
		],
		reported: [
			{
				en: 'The source article calls this the acquisition trap: spending more and more to attract customers the company cannot keep.',
				vi: 'Bài viết gốc gọi đây là bẫy thu hút khách hàng: ngày càng tốn nhiều tiền để kéo về những khách hàng mà doanh nghiệp không giữ được.'
			},
			{
				en: 'It adds that about four fifths of the growth of the fastest-growing companies comes from customers they already have.',
				vi: 'Bài viết cũng cho biết khoảng bốn phần năm mức tăng trưởng của các công ty tăng nhanh nhất đến từ chính khách hàng hiện có.'
			}
		],
		questions: [
			{
				en: 'How many new customers did each strategy need for every customer it lost?',
				vi: 'Mỗi chiến lược cần bao nhiêu khách mới cho mỗi khách hàng bị mất?'
			},
			{
				en: 'At what CAC would the paid-growth plan stop paying off?',
				vi: 'CAC ở mức nào thì kế hoạch tăng trưởng bằng quảng cáo không còn có lời?'
			},
			{
				en: 'What happens to the verdict if better service takes longer to show in NPS?',
				vi: 'Kết luận thay đổi ra sao nếu dịch vụ tốt hơn cần lâu hơn mới thể hiện qua NPS?'
			}
		]
	},
	{
		presetId: 'logistics-existing-customers',
		situation: [
			{
				en: 'A large logistics group can no longer raise its prices, and winning new shippers has become expensive and slow.',
				vi: 'Một tập đoàn logistics lớn không thể tăng giá thêm, còn việc giành khách gửi hàng mới trở nên tốn kém và chậm chạp.'
			},
			{
				en: 'After many trials it considers a different route: rebuild its operations around the customers it already serves, down to the person who receives each parcel.',
				vi: 'Sau nhiều lần thử nghiệm, họ cân nhắc một hướng khác: xây dựng lại vận hành xoay quanh những khách hàng đang phục vụ, đến tận người nhận từng kiện hàng.'
			}
		],
		strategies: [
			[
				{
					en: 'Keep paying to win new shippers',
					vi: 'Tiếp tục chi tiền để giành khách gửi hàng mới'
				}
			],
			[
				{ en: 'Stop spending on acquisition', vi: 'Ngừng chi cho thu hút khách mới' },
				{
					en: 'Redesign communication, order handling, response times and delivery',
					vi: 'Thiết kế lại cách giao tiếp, xử lý đơn hàng, thời gian phản hồi và khâu giao nhận'
				},
				{
					en: 'Current shippers stay, send a larger share of their volume and need fewer calls',
					vi: 'Khách hiện tại ở lại, giao nhiều đơn hơn và ít phải gọi hỗ trợ hơn'
				}
			]
		],
		reported: [
			{
				en: 'In the source case, within three years revenue grew strongly with no new customers at all.',
				vi: 'Trong ví dụ gốc, chỉ trong ba năm doanh thu tăng mạnh mà không cần thêm khách hàng mới nào.'
			},
			{
				en: 'Customers were more satisfied and came back more often; retention rose and operations cost less.',
				vi: 'Khách hàng hài lòng hơn và quay lại thường xuyên hơn; tỷ lệ giữ chân tăng và chi phí vận hành giảm.'
			}
		],
		questions: [
			{
				en: 'Where does growth come from when no new customers arrive?',
				vi: 'Tăng trưởng đến từ đâu khi không có khách hàng mới?'
			},
			{
				en: 'Which costs fall when the same customers are served better?',
				vi: 'Những chi phí nào giảm khi phục vụ tốt hơn chính những khách hàng đó?'
			},
			{
				en: 'What would have to be true for the second strategy to fail?',
				vi: 'Điều gì phải xảy ra thì chiến lược thứ hai mới thất bại?'
			}
		]
	}
];

/** The script of a case, by its preset id, or undefined. */
export function caseById(id: string): CaseScript | undefined {
	return CASES.find((c) => c.presetId === id);
}
