/**
 * Vietnamese interface text. The type makes a missing or unknown key a compile error; the unit
 * tests also check that each message keeps the English placeholders.
 *
 * Terms used throughout: khách hàng, tỷ lệ rời bỏ (churn), chi phí thu hút khách hàng (CAC),
 * giá trị vòng đời khách hàng (CLV), trải nghiệm khách hàng (CX), tỷ lệ giữ chân doanh thu ròng
 * (NRR), giá trị hiện tại ròng (NPV), tỷ trọng chi tiêu (share of wallet), kịch bản (scenario),
 * lượt mô phỏng (path), hợp đồng ràng buộc (lock-in contract).
 */
import type { en } from './en';

/** Vietnamese messages, one for every English key. */
export const vi: Record<keyof typeof en, string> = {
	// ── Ứng dụng ─────────────────────────────────────────────────────────────────────────────
	'app.title': 'Mô phỏng chiến lược tăng trưởng',
	'app.tagline':
		'Dồn lực thu hút khách hàng mới hay tăng trưởng nhờ trải nghiệm khách hàng? So sánh hai chiến lược qua hàng nghìn tương lai có thể xảy ra.',
	'app.description':
		'Công cụ mô phỏng Monte Carlo giúp cân nhắc giữa việc “mua” tăng trưởng bằng chi phí thu hút khách hàng và việc tạo ra tăng trưởng nhờ trải nghiệm khách hàng (CX).',

	// ── Nhóm trường ──────────────────────────────────────────────────────────────────────────
	'group.market': 'Thị trường',
	'group.company': 'Doanh nghiệp',
	'group.effects': 'CX tác động đến kết quả ra sao',
	'group.strategies': 'Chiến lược',
	'group.run': 'Thiết lập mô phỏng',
	'group.promo': 'Khuyến mãi',
	'group.lockIn': 'Hợp đồng ràng buộc',
	'group.retention': 'Giữ chân chủ động',

	// ── Trường của kịch bản: chung ───────────────────────────────────────────────────────────
	'field.root.schema.label': 'Phiên bản định dạng',
	'field.root.schema.help':
		'Phiên bản của định dạng kịch bản; tệp và liên kết do phiên bản mới hơn tạo ra sẽ không được chấp nhận.',
	'field.root.schema.unit': 'phiên bản',
	'field.root.name.label': 'Tên kịch bản',
	'field.root.name.help':
		'Tên ngắn gọn, hiển thị trong thư viện, trong liên kết chia sẻ và trong tệp tải xuống.',
	'field.root.name.unit': 'văn bản, tối đa 120 ký tự',
	'field.root.currency.label': 'Đơn vị tiền tệ',
	'field.root.currency.help':
		'Mã tiền tệ ba chữ cái, chỉ dùng để hiển thị số tiền; không có giá trị nào được quy đổi.',
	'field.root.currency.unit': 'mã ISO, ví dụ USD hoặc VND',
	'field.root.horizonMonths.label': 'Thời gian mô phỏng',
	'field.root.horizonMonths.help': 'Khoảng thời gian cần mô phỏng, từ 1 đến 20 năm.',
	'field.root.horizonMonths.unit': 'tháng',
	'field.root.discountRateAnnual.label': 'Tỷ lệ chiết khấu',
	'field.root.discountRateAnnual.help':
		'Tỷ lệ hằng năm dùng để quy dòng tiền tương lai về giá trị hôm nay khi tính NPV.',
	'field.root.discountRateAnnual.unit': '%/năm',
	'field.root.paths.label': 'Số tương lai mô phỏng',
	'field.root.paths.help':
		'Số lượt mô phỏng Monte Carlo; càng nhiều lượt, kết quả càng ổn định nhưng chạy càng lâu.',
	'field.root.paths.unit': 'lượt mô phỏng',
	'field.root.seed.label': 'Hạt giống ngẫu nhiên (seed)',
	'field.root.seed.help':
		'Cùng một kịch bản, cùng seed và cùng số lượt mô phỏng luôn cho ra kết quả giống hệt nhau.',
	'field.root.seed.unit': 'văn bản hoặc số nguyên',
	'field.root.processNoise.label': 'Yếu tố ngẫu nhiên ở từng khách hàng',
	'field.root.processNoise.help':
		'Bật: số khách hàng rời bỏ, đăng ký mới và được giới thiệu được rút ngẫu nhiên theo số nguyên; tắt: dùng giá trị kỳ vọng.',
	'field.root.processNoise.unit': 'bật / tắt',

	// ── Trường của kịch bản: thị trường ──────────────────────────────────────────────────────
	'field.market.addressableCustomers.label': 'Quy mô thị trường có thể tiếp cận',
	'field.market.addressableCustomers.help':
		'Số khách hàng tối đa mà thị trường này có thể có; việc thu hút khách hàng dừng lại khi đạt đến mức này.',
	'field.market.addressableCustomers.unit': 'khách hàng',
	'field.market.competitorShockRatePerYear.label': 'Cú sốc cạnh tranh',
	'field.market.competitorShockRatePerYear.help':
		'Tần suất trung bình của một động thái từ đối thủ, chẳng hạn cuộc chiến giá hay một đợt ra mắt rầm rộ.',
	'field.market.competitorShockRatePerYear.unit': 'lần/năm',
	'field.market.shockChurnMultiplier.label': 'Tỷ lệ rời bỏ khi có cú sốc',
	'field.market.shockChurnMultiplier.help':
		'Tỷ lệ rời bỏ được nhân với hệ số này trong suốt thời gian cú sốc diễn ra.',
	'field.market.shockChurnMultiplier.unit': '× tỷ lệ rời bỏ thông thường',
	'field.market.shockCacMultiplier.label': 'CAC khi có cú sốc',
	'field.market.shockCacMultiplier.help':
		'Chi phí thu hút một khách hàng được nhân với hệ số này trong suốt thời gian cú sốc diễn ra.',
	'field.market.shockCacMultiplier.unit': '× CAC thông thường',
	'field.market.shockDurationMonths.label': 'Thời gian mỗi cú sốc',
	'field.market.shockDurationMonths.help': 'Mỗi cú sốc cạnh tranh kéo dài bao lâu.',
	'field.market.shockDurationMonths.unit': 'tháng',

	// ── Trường của kịch bản: doanh nghiệp ────────────────────────────────────────────────────
	'field.company.startingCustomers.label': 'Số khách hàng hiện tại',
	'field.company.startingCustomers.help':
		'Tập khách hàng hiện có lúc bắt đầu, được xem là khách hàng lâu năm và không bị ràng buộc hợp đồng.',
	'field.company.startingCustomers.unit': 'khách hàng',
	'field.company.arpuMonthly.label': 'Doanh thu bình quân trên mỗi khách hàng (ARPU)',
	'field.company.arpuMonthly.help':
		'Doanh thu trung bình mỗi tháng từ một khách hàng hiện có, ở tỷ trọng chi tiêu hiện tại.',
	'field.company.arpuMonthly.unit': '{currency}/khách hàng/tháng',
	'field.company.grossMargin.label': 'Biên lợi nhuận gộp',
	'field.company.grossMargin.help':
		'Phần doanh thu còn lại sau khi trừ chi phí trực tiếp để cung cấp sản phẩm hoặc dịch vụ.',
	'field.company.grossMargin.unit': '% doanh thu',
	'field.company.matureChurnMonthly.label': 'Tỷ lệ rời bỏ hằng tháng của khách hàng lâu năm',
	'field.company.matureChurnMonthly.help':
		'Xác suất một khách hàng lâu năm rời đi trong một tháng, trước khi tính tác động của CX và chiến lược.',
	'field.company.matureChurnMonthly.unit': '%/tháng',
	'field.company.earlyChurnMultiplier.label': 'Hệ số rời bỏ giai đoạn đầu',
	'field.company.earlyChurnMultiplier.help':
		'Khách hàng vừa gia nhập có khả năng rời đi trong tháng đầu cao gấp bao nhiêu lần; mức chênh này giảm dần theo thời gian.',
	'field.company.earlyChurnMultiplier.unit': '× tỷ lệ rời bỏ của khách hàng lâu năm',
	'field.company.earlyChurnDecayMonths.label': 'Thời gian suy giảm rời bỏ giai đoạn đầu',
	'field.company.earlyChurnDecayMonths.help':
		'Số tháng để phần rời bỏ tăng thêm ở giai đoạn đầu giảm còn khoảng một phần ba so với tháng đầu tiên.',
	'field.company.earlyChurnDecayMonths.unit': 'tháng',
	'field.company.cac.label': 'Chi phí thu hút khách hàng (CAC)',
	'field.company.cac.help':
		'Chi phí marketing và bán hàng trả phí để có được một khách hàng mới trong tháng đầu tiên.',
	'field.company.cac.unit': '{currency}/khách hàng mới',
	'field.company.cacInflationAnnual.label': 'Mức tăng CAC hằng năm',
	'field.company.cacInflationAnnual.help':
		'Chi phí thu hút một khách hàng tăng nhanh đến mức nào mỗi năm, bất kể theo chiến lược nào.',
	'field.company.cacInflationAnnual.unit': '%/năm',
	'field.company.saturationElasticity.label': 'Tác động bão hòa thị trường',
	'field.company.saturationElasticity.help':
		'CAC tăng mạnh đến đâu khi tập khách hàng dần lấp đầy thị trường có thể tiếp cận; 0 nghĩa là không có tác động.',
	'field.company.saturationElasticity.unit': 'độ co giãn',
	'field.company.contactsPerCustomerMonthly.label': 'Số lượt liên hệ dịch vụ trên mỗi khách hàng',
	'field.company.contactsPerCustomerMonthly.help':
		'Số cuộc gọi, cuộc trò chuyện và yêu cầu hỗ trợ của mỗi khách hàng trong một tháng, ở mức NPS hiện tại.',
	'field.company.contactsPerCustomerMonthly.unit': 'lượt liên hệ/khách hàng/tháng',
	'field.company.costPerContact.label': 'Chi phí mỗi lượt liên hệ dịch vụ',
	'field.company.costPerContact.help':
		'Chi phí trung bình để xử lý một cuộc gọi, cuộc trò chuyện hoặc yêu cầu hỗ trợ.',
	'field.company.costPerContact.unit': '{currency}/lượt liên hệ',
	'field.company.npsStart.label': 'NPS hiện tại',
	'field.company.npsStart.help':
		'Chỉ số NPS (mức sẵn lòng giới thiệu) lúc bắt đầu, thước đo chất lượng trải nghiệm khách hàng trong mô hình.',
	'field.company.npsStart.unit': 'điểm NPS, từ −100 đến 100',
	'field.company.walletShareStart.label': 'Tỷ trọng chi tiêu hiện tại',
	'field.company.walletShareStart.help':
		'Phần chi tiêu cho ngành hàng này mà khách hàng hiện có đang dành cho doanh nghiệp bạn.',
	'field.company.walletShareStart.unit': '% chi tiêu của khách hàng',
	'field.company.walletShareNew.label': 'Tỷ trọng chi tiêu của khách hàng mới',
	'field.company.walletShareNew.help':
		'Phần chi tiêu cho ngành hàng mà một khách hàng vừa có được dành cho bạn lúc ban đầu.',
	'field.company.walletShareNew.unit': '% chi tiêu của khách hàng',
	'field.company.walletShareMax.label': 'Tỷ trọng chi tiêu tối đa',
	'field.company.walletShareMax.help':
		'Mức tỷ trọng chi tiêu mà khách hàng trung thành có thể dần đạt tới theo thời gian.',
	'field.company.walletShareMax.unit': '% chi tiêu của khách hàng',

	// ── Trường của kịch bản: CX tác động đến kết quả ─────────────────────────────────────────
	'field.effects.churnNpsElasticity.label': 'Độ nhạy của tỷ lệ rời bỏ theo NPS',
	'field.effects.churnNpsElasticity.help':
		'Tỷ lệ rời bỏ giảm mạnh đến đâu khi NPS tăng so với hiện tại, và tăng lên khi NPS giảm.',
	'field.effects.churnNpsElasticity.unit': 'độ co giãn trên 100 điểm NPS',
	'field.effects.referralRateAtNps100.label': 'Tỷ lệ giới thiệu khi NPS đạt 100',
	'field.effects.referralRateAtNps100.help':
		'Số khách hàng mới được mỗi khách hàng hiện có giới thiệu trong một tháng nếu NPS đạt 100; tỷ lệ này thay đổi theo NPS và bằng 0 khi NPS từ 0 trở xuống.',
	'field.effects.referralRateAtNps100.unit': 'lượt giới thiệu/khách hàng/tháng',
	'field.effects.expansionRateMonthly.label': 'Tốc độ tăng tỷ trọng chi tiêu',
	'field.effects.expansionRateMonthly.help':
		'Phần khoảng cách tới tỷ trọng chi tiêu tối đa mà khách hàng thu hẹp được mỗi tháng, ở mức NPS hiện tại.',
	'field.effects.expansionRateMonthly.unit': '% khoảng cách/tháng',
	'field.effects.expansionNpsElasticity.label': 'Độ nhạy của tăng tỷ trọng chi tiêu theo NPS',
	'field.effects.expansionNpsElasticity.help':
		'Tốc độ tăng tỷ trọng chi tiêu hằng tháng được cộng thêm với mỗi 100 điểm NPS tăng so với hiện tại.',
	'field.effects.expansionNpsElasticity.unit': 'trên 100 điểm NPS',
	'field.effects.contactNpsElasticity.label': 'Độ nhạy của lượt liên hệ dịch vụ theo NPS',
	'field.effects.contactNpsElasticity.help':
		'Lượt liên hệ dịch vụ giảm mạnh đến đâu khi NPS tăng, vì ít sự cố hơn thì ít cuộc gọi hơn.',
	'field.effects.contactNpsElasticity.unit': 'độ co giãn trên 100 điểm NPS',
	'field.effects.detractorCacUplift.label': 'CAC tăng thêm khi NPS âm',
	'field.effects.detractorCacUplift.help':
		'Chi phí thu hút khách hàng tăng thêm bao nhiêu khi NPS dưới 0 và những người không hài lòng làm khách tiềm năng e ngại; giá trị này áp dụng trọn vẹn khi NPS bằng −100.',
	'field.effects.detractorCacUplift.unit': 'mức CAC tăng thêm khi NPS −100',
	'field.effects.unfairnessChurnUplift.label': 'Rời bỏ do ưu đãi chỉ dành cho khách hàng mới',
	'field.effects.unfairnessChurnUplift.help':
		'Tỷ lệ rời bỏ tăng thêm ở khách hàng hiện có khi họ thấy ưu đãi tốt hơn chỉ dành cho người mới.',
	'field.effects.unfairnessChurnUplift.unit': '% tỷ lệ rời bỏ tăng thêm',
	'field.effects.promoNpsPenalty.label': 'NPS bị mất do ưu đãi chỉ dành cho khách hàng mới',
	'field.effects.promoNpsPenalty.help':
		'Số điểm NPS bị mất khi khuyến mãi chỉ dành riêng cho khách hàng mới.',
	'field.effects.promoNpsPenalty.unit': 'điểm NPS',
	'field.effects.lockInNpsPenalty.label': 'NPS bị mất do hợp đồng ràng buộc',
	'field.effects.lockInNpsPenalty.help':
		'Số điểm NPS bị mất nếu mọi khách hàng mới đều ký hợp đồng ràng buộc; mức giảm tỷ lệ thuận với phần khách hàng ký hợp đồng.',
	'field.effects.lockInNpsPenalty.unit': 'điểm NPS',
	'field.effects.npsMaxLift.label': 'Mức tăng NPS tối đa nhờ đầu tư CX',
	'field.effects.npsMaxLift.help':
		'NPS có thể tăng cao nhất bao nhiêu so với hiện tại, dù đầu tư vào CX nhiều đến đâu.',
	'field.effects.npsMaxLift.unit': 'điểm NPS',
	'field.effects.cxSpendHalfLift.label': 'Chi phí CX để đạt một nửa mức tăng',
	'field.effects.cxSpendHalfLift.help':
		'Mức đầu tư CX hằng tháng trên mỗi khách hàng giúp đạt một nửa mức tăng NPS tối đa.',
	'field.effects.cxSpendHalfLift.unit': '{currency}/khách hàng/tháng',
	'field.effects.npsLagMonths.label': 'Thời gian phản ứng của NPS',
	'field.effects.npsLagMonths.help':
		'Số tháng NPS cần để thu hẹp khoảng hai phần ba khoảng cách tới mức mục tiêu mới.',
	'field.effects.npsLagMonths.unit': 'tháng',

	// ── Trường của kịch bản: chiến lược ──────────────────────────────────────────────────────
	'field.strategy.id.label': 'Mã chiến lược',
	'field.strategy.id.help':
		'Mã ngắn dùng trong liên kết và tệp: chữ thường không dấu, chữ số và dấu gạch ngang, không trùng trong kịch bản.',
	'field.strategy.id.unit': 'mã, tối đa 32 ký tự',
	'field.strategy.name.label': 'Tên chiến lược',
	'field.strategy.name.help': 'Tên hiển thị trên biểu đồ, bảng số liệu và phần kết luận.',
	'field.strategy.name.unit': 'văn bản, tối đa 60 ký tự',
	'field.strategy.acquisitionBudgetMonthly.label': 'Ngân sách thu hút khách hàng',
	'field.strategy.acquisitionBudgetMonthly.help':
		'Chi phí marketing và bán hàng trả phí mỗi tháng để có thêm khách hàng mới.',
	'field.strategy.acquisitionBudgetMonthly.unit': '{currency}/tháng',
	'field.strategy.acquisitionBudgetGrowthAnnual.label': 'Mức tăng ngân sách thu hút',
	'field.strategy.acquisitionBudgetGrowthAnnual.help':
		'Ngân sách thu hút khách hàng tăng (hoặc giảm, nếu là số âm) bao nhiêu mỗi năm.',
	'field.strategy.acquisitionBudgetGrowthAnnual.unit': '%/năm',
	'field.strategy.cxInvestmentMonthly.label': 'Đầu tư vào CX',
	'field.strategy.cxInvestmentMonthly.help':
		'Khoản chi hằng tháng cho dịch vụ, chất lượng sản phẩm và khắc phục các hành trình khách hàng bị đứt gãy, giúp NPS tăng dần.',
	'field.strategy.cxInvestmentMonthly.unit': '{currency}/tháng',
	'field.strategy.priceIncreaseAnnual.label': 'Điều chỉnh giá hằng năm',
	'field.strategy.priceIncreaseAnnual.help':
		'Mức thay đổi giá áp dụng cho mọi khách hàng mỗi năm; số âm nghĩa là giảm giá.',
	'field.strategy.priceIncreaseAnnual.unit': '%/năm',
	'field.strategy.promo.label': 'Khuyến mãi',
	'field.strategy.promo.help': 'Mức giảm giá khách hàng mới được hưởng trong những tháng đầu.',
	'field.strategy.promo.unit': 'bật / tắt',
	'field.strategy.lockIn.label': 'Hợp đồng ràng buộc',
	'field.strategy.lockIn.help':
		'Hợp đồng có thời hạn giữ chân khách hàng mới, khiến việc rời đi trở nên tốn kém cho đến khi hết hạn.',
	'field.strategy.lockIn.unit': 'bật / tắt',
	'field.strategy.retention.label': 'Giữ chân chủ động',
	'field.strategy.retention.help':
		'Chương trình nhận diện khách hàng có nguy cơ rời bỏ và chủ động liên hệ với họ trước khi họ rời đi.',
	'field.strategy.retention.unit': 'bật / tắt',

	// ── Trường của kịch bản: khuyến mãi ──────────────────────────────────────────────────────
	'field.promo.discount.label': 'Mức giảm giá khuyến mãi',
	'field.promo.discount.help': 'Mức giảm giá khách hàng được hưởng trong thời gian khuyến mãi.',
	'field.promo.discount.unit': '% giảm giá',
	'field.promo.months.label': 'Thời gian khuyến mãi',
	'field.promo.months.help': 'Số tháng hưởng giá ưu đãi, tính từ tháng khách hàng gia nhập.',
	'field.promo.months.unit': 'tháng',
	'field.promo.conversionLift.label': 'Lượt đăng ký tăng thêm nhờ ưu đãi',
	'field.promo.conversionLift.help':
		'Ưu đãi giúp tăng số lượt đăng ký với cùng ngân sách đến mức nào: CAC được chia cho một cộng mức tăng này.',
	'field.promo.conversionLift.unit': '% lượt đăng ký tăng thêm',
	'field.promo.exclusiveToNew.label': 'Chỉ dành cho khách hàng mới',
	'field.promo.exclusiveToNew.help':
		'Bật: chỉ người mới được hưởng ưu đãi và khách hàng hiện có cảm thấy bị đối xử bất công; tắt: khách hàng hiện có cũng nhận ưu đãi tương đương.',
	'field.promo.exclusiveToNew.unit': 'có / không',
	'field.promo.dealSeekerChurnMultiplier.label': 'Tỷ lệ rời bỏ khi hết khuyến mãi',
	'field.promo.dealSeekerChurnMultiplier.help':
		'Hệ số nhân tỷ lệ rời bỏ trong tháng đầu tiên trả giá đầy đủ, lúc khách săn khuyến mãi thường bỏ đi.',
	'field.promo.dealSeekerChurnMultiplier.unit': '× tỷ lệ rời bỏ thông thường',

	// ── Trường của kịch bản: hợp đồng ràng buộc ──────────────────────────────────────────────
	'field.lockIn.share.label': 'Tỷ lệ ký hợp đồng',
	'field.lockIn.share.help': 'Phần khách hàng mới ký hợp đồng ràng buộc.',
	'field.lockIn.share.unit': '% khách hàng mới',
	'field.lockIn.months.label': 'Thời hạn hợp đồng',
	'field.lockIn.months.help': 'Hợp đồng ràng buộc khách hàng trong bao nhiêu tháng.',
	'field.lockIn.months.unit': 'tháng',
	'field.lockIn.inContractChurnMultiplier.label': 'Tỷ lệ rời bỏ trong thời hạn hợp đồng',
	'field.lockIn.inContractChurnMultiplier.help':
		'Hệ số nhân tỷ lệ rời bỏ khi khách hàng còn bị hợp đồng ràng buộc; 0 nghĩa là không ai rời đi trước hạn được.',
	'field.lockIn.inContractChurnMultiplier.unit': '× tỷ lệ rời bỏ thông thường',
	'field.lockIn.expiryChurn.label': 'Tỷ lệ rời bỏ khi hết hợp đồng',
	'field.lockIn.expiryChurn.help':
		'Phần khách hàng có hợp đồng rời đi ngay khi hợp đồng hết hạn; NPS càng cao thì càng ít người rời đi.',
	'field.lockIn.expiryChurn.unit': '% khách hàng có hợp đồng',

	// ── Trường của kịch bản: giữ chân chủ động ───────────────────────────────────────────────
	'field.retention.hazardReduction.label': 'Phần rời bỏ ngăn được',
	'field.retention.hazardReduction.help':
		'Phần rời bỏ được ngăn chặn nhờ liên hệ kịp thời với những khách hàng được nhận diện là sắp rời đi.',
	'field.retention.hazardReduction.unit': '% tỷ lệ rời bỏ',
	'field.retention.costPerCustomerMonthly.label': 'Chi phí chương trình',
	'field.retention.costPerCustomerMonthly.help':
		'Chi phí vận hành chương trình giữ chân chủ động, tính cho mỗi khách hàng mỗi tháng.',
	'field.retention.costPerCustomerMonthly.unit': '{currency}/khách hàng/tháng',

	// ── Chỉ số hằng tháng ────────────────────────────────────────────────────────────────────
	'metric.customers': 'Khách hàng',
	'metric.newCustomers': 'Khách hàng mới',
	'metric.referredCustomers': 'Khách hàng được giới thiệu',
	'metric.churnedCustomers': 'Khách hàng rời bỏ',
	'metric.churnRate': 'Tỷ lệ rời bỏ hằng tháng',
	'metric.cac': 'CAC',
	'metric.blendedCac': 'CAC bình quân chung',
	'metric.revenue': 'Doanh thu',
	'metric.grossProfit': 'Lợi nhuận gộp',
	'metric.costToServe': 'Chi phí phục vụ',
	'metric.acquisitionSpend': 'Chi phí thu hút khách hàng',
	'metric.cxSpend': 'Đầu tư vào CX',
	'metric.contribution': 'Lợi nhuận đóng góp',
	'metric.cumulativeCash': 'Dòng tiền lũy kế',
	'metric.nps': 'NPS',
	'metric.nrr': 'Tỷ lệ giữ chân doanh thu ròng (NRR)',
	'metric.revenueFromNewShare': 'Tỷ trọng doanh thu từ khách hàng mới',

	'metricHelp.customers': 'Số khách hàng vào cuối tháng.',
	'metricHelp.newCustomers':
		'Số khách hàng có được trong tháng, gồm cả qua kênh trả phí lẫn được giới thiệu.',
	'metricHelp.referredCustomers': 'Khách hàng mới đến nhờ khách hàng hiện có giới thiệu.',
	'metricHelp.churnedCustomers': 'Số khách hàng rời đi trong tháng.',
	'metricHelp.churnRate': 'Số khách hàng rời bỏ trong tháng chia cho số khách hàng đầu tháng.',
	'metricHelp.cac': 'Chi phí để có một khách hàng qua kênh thu hút trả phí trong tháng.',
	'metricHelp.blendedCac':
		'Chi phí thu hút khách hàng chia cho toàn bộ khách hàng mới, kể cả khách được giới thiệu.',
	'metricHelp.revenue': 'Doanh thu từ tất cả khách hàng trong tháng.',
	'metricHelp.grossProfit': 'Doanh thu nhân biên lợi nhuận gộp, trừ đi chi phí phục vụ khách hàng.',
	'metricHelp.costToServe': 'Chi phí xử lý các lượt liên hệ dịch vụ của khách hàng trong tháng.',
	'metricHelp.acquisitionSpend': 'Số tiền chi cho thu hút khách hàng trả phí trong tháng.',
	'metricHelp.cxSpend': 'Số tiền đầu tư vào trải nghiệm khách hàng trong tháng.',
	'metricHelp.contribution':
		'Lợi nhuận gộp trừ chi phí thu hút khách hàng, đầu tư CX và chi phí chương trình giữ chân.',
	'metricHelp.cumulativeCash':
		'Tổng lợi nhuận đóng góp các tháng tính từ lúc bắt đầu, chưa chiết khấu.',
	'metricHelp.nps': 'Chỉ số NPS, thước đo chất lượng trải nghiệm khách hàng trong mô hình.',
	'metricHelp.nrr':
		'Doanh thu tháng này từ những người đã là khách hàng một năm trước, chia cho toàn bộ doanh thu của một năm trước.',
	'metricHelp.revenueFromNewShare':
		'Tỷ trọng doanh thu đến từ khách hàng có được trong 12 tháng gần nhất.',

	// ── Tổng cho mỗi tương lai mô phỏng ──────────────────────────────────────────────────────
	'total.revenue': 'Tổng doanh thu',
	'total.contribution': 'Tổng lợi nhuận đóng góp',
	'total.npv': 'Giá trị hiện tại ròng (NPV)',
	'total.endCustomers': 'Số khách hàng cuối kỳ',
	'total.averageChurnRate': 'Tỷ lệ rời bỏ bình quân mỗi tháng',
	'total.clvNew': 'Giá trị vòng đời khách hàng (CLV) của một khách hàng mới',
	'total.clvToCac': 'Tỷ số CLV trên CAC',
	'total.paybackMonths': 'Thời gian hoàn vốn CAC',
	'total.replacementRatio': 'Số khách hàng mới cần để bù một khách hàng rời bỏ',

	'totalHelp.revenue': 'Tổng doanh thu trong toàn bộ thời gian mô phỏng.',
	'totalHelp.contribution':
		'Tổng lợi nhuận đóng góp trong toàn bộ thời gian mô phỏng, chưa chiết khấu.',
	'totalHelp.npv': 'Tổng lợi nhuận đóng góp các tháng sau khi chiết khấu về giá trị hôm nay.',
	'totalHelp.endCustomers': 'Số khách hàng trong tháng cuối cùng của thời gian mô phỏng.',
	'totalHelp.averageChurnRate': 'Trung bình tỷ lệ rời bỏ hằng tháng trong thời gian mô phỏng.',
	'totalHelp.clvNew':
		'Biên lợi nhuận đã chiết khấu, sau khi trừ chi phí phục vụ, mà một khách hàng có được ở tháng 1 dự kiến mang lại trong thời gian mô phỏng.',
	'totalHelp.clvToCac':
		'CLV của một khách hàng mới chia cho chi phí để có được khách hàng đó; dưới 1 nghĩa là mỗi lần bán đều lỗ.',
	'totalHelp.paybackMonths':
		'Số tháng cho đến khi biên lợi nhuận từ một khách hàng mới bù lại chi phí để có được họ; để trống nếu không bao giờ bù được.',
	'totalHelp.replacementRatio':
		'Giá trị còn lại của một khách hàng hiện có trung bình chia cho CLV của một khách hàng mới.',

	// ── Thống kê tóm tắt ─────────────────────────────────────────────────────────────────────
	'stat.mean': 'Trung bình',
	'stat.median': 'Trung vị',
	'stat.p5': 'Phân vị thứ 5',
	'stat.p25': 'Phân vị thứ 25',
	'stat.p75': 'Phân vị thứ 75',
	'stat.p95': 'Phân vị thứ 95',
	'stat.range90': 'Khoảng 90%',
	'stat.range50': 'Khoảng 50%',
	'stat.rangeValue': 'từ {low} đến {high}',

	// ── Biểu đồ ──────────────────────────────────────────────────────────────────────────────
	'chart.customers': 'Số khách hàng theo thời gian',
	'chart.revenue': 'Doanh thu hằng tháng',
	'chart.contribution': 'Lợi nhuận đóng góp hằng tháng',
	'chart.cumulativeCash': 'Dòng tiền lũy kế',
	'chart.nps': 'Chất lượng trải nghiệm khách hàng (NPS)',
	'chart.churnRate': 'Tỷ lệ rời bỏ hằng tháng',
	'chart.cac': 'Chi phí thu hút một khách hàng',
	'chart.nrr': 'Tỷ lệ giữ chân doanh thu ròng (NRR)',
	'chart.cohortsCustomers': 'Khách hàng theo năm gia nhập',
	'chart.cohortsRevenue': 'Doanh thu theo năm gia nhập của khách hàng',
	'chart.npvDifference': 'Lợi thế NPV trên toàn bộ các tương lai mô phỏng',
	'chart.breakEven': 'Thời điểm chiến lược được so sánh vượt lên hẳn',
	'chart.sensitivity': 'Giả định nào tạo nên khác biệt',
	'chart.totals': 'Tổng trong thời gian mô phỏng',

	'axis.month': 'Tháng',
	'axis.year': 'Năm',
	'axis.currency': '{currency}',
	'axis.moneyPerMonth': '{currency}/tháng',
	'axis.customers': 'Khách hàng',
	'axis.percent': '%',
	'axis.nps': 'Điểm NPS',
	'axis.npvDifference': 'Chênh lệch NPV ({currency})',
	'axis.futures': 'Số tương lai mô phỏng',
	'axis.rankCorrelation': 'Tương quan thứ hạng với chênh lệch NPV',

	'legend.median': 'Trung vị',
	'legend.mean': 'Trung bình',
	'legend.band50': '50% kết quả mô phỏng',
	'legend.band90': '90% kết quả mô phỏng',
	'legend.baseline': 'Chiến lược cơ sở',
	'legend.zero': 'Không chênh lệch',
	'legend.cohortBase': 'Khách hàng ban đầu',
	'legend.cohortYear': 'Gia nhập năm thứ {year}',
	'legend.fanExplainer':
		'Đường kẻ là tương lai trung vị; dải đậm chứa 50% tương lai mô phỏng ở giữa, dải nhạt chứa 90% ở giữa.',

	// ── Chữ trong biểu đồ ────────────────────────────────────────────────────────────────────
	'chartText.showTable': 'Xem bảng số liệu',
	'chartText.cursor': 'Biểu đồ; dùng các phím mũi tên để chuyển giữa các tháng',
	'chartText.total': 'Tổng',
	'chartText.fanLegendNote': 'đường kẻ: trung vị · dải: 50% và 90% tương lai mô phỏng ở giữa',
	'chartText.fanSummary': 'Trung vị tại tháng {month}: {items}.',
	'chartText.fanSummaryItem': '{name} {median} (90% tương lai mô phỏng: từ {low} đến {high})',
	'chartText.layerMore': 'Các lớp khác: {count}',
	'chartText.layerSummary':
		'Tại tháng {month}, tổng cộng là {total}. Các lớp khách hàng lớn nhất: {layers}.',
	'chartText.heatmapRows': 'Lớp khách hàng',
	'chartText.heatmapLegend': 'Tỷ lệ khách hàng của lớp vẫn còn ở lại',
	'chartText.heatmapCaption':
		'100% = số khách hàng của lớp vào cuối năm gia nhập (khách hàng ban đầu: tháng 1).',
	'chartText.heatmapSummary':
		'Tỷ lệ khách hàng của mỗi lớp vẫn còn ở lại 12 tháng sau tháng tham chiếu: {rows}.',
	'chartText.heatmapSummaryNone':
		'Thời gian mô phỏng kết thúc trước khi lớp khách hàng nào đủ 12 tháng kể từ tháng tham chiếu.',
	'chartText.npvAhead': '{name} dẫn trước',
	'chartText.npvAroundZero': 'Quanh mức 0',
	'chartText.binFrom': 'Từ',
	'chartText.binTo': 'Đến',
	'chartText.npvSummary':
		'Trong {paths} tương lai mô phỏng, {challenger} đạt NPV cao hơn {baseline} ở {share} số tương lai.',
	'chartText.npvSummaryMedian':
		'Trong {paths} tương lai mô phỏng, {challenger} đạt NPV cao hơn {baseline} ở {share} số tương lai; chênh lệch trung vị là {median}.',
	'chartText.tornadoPositive': 'Giả định càng cao, lợi thế càng lớn',
	'chartText.tornadoNegative': 'Giả định càng cao, lợi thế càng nhỏ',
	'chartText.tornadoInput': 'Giả định',
	'chartText.tornadoEmpty': 'Không có giả định bất định nào để xếp hạng.',
	'chartText.tornadoSummary':
		'Các giả định liên hệ chặt chẽ nhất với chênh lệch NPV, xếp từ mạnh đến yếu: {items}.',

	// ── Kết luận ─────────────────────────────────────────────────────────────────────────────
	'verdict.title': 'Kết luận',
	'verdict.pullsAhead':
		'Trong {probability} trên tổng số {paths} tương lai được mô phỏng, {challenger} đạt NPV trong {years} năm cao hơn {baseline}; lợi thế trung vị: {advantage}; từ tháng {month}, chiến lược này vượt lên và giữ vững vị trí dẫn đầu.',
	'verdict.neverPullsAhead':
		'Trong {probability} trên tổng số {paths} tương lai được mô phỏng, {challenger} đạt NPV trong {years} năm cao hơn {baseline}; lợi thế trung vị: {advantage}; tuy vậy, ở tương lai trung vị, dòng tiền lũy kế của chiến lược này chưa vượt lên hẳn trong thời gian mô phỏng.',
	'verdict.baselineWins':
		'{baseline} vẫn dẫn trước: {challenger} chỉ đạt NPV trong {years} năm cao hơn ở {probability} trên tổng số {paths} tương lai được mô phỏng; mức thua kém trung vị: {shortfall}.',
	'verdict.identical':
		'{challenger} và {baseline} đạt NPV như nhau trong mọi tương lai được mô phỏng.',
	'verdict.breakEvenRange':
		'Trong một nửa số tương lai mà chiến lược này vượt lên, thời điểm đó rơi vào khoảng từ tháng {early} đến tháng {late}.',
	'verdict.neverShare': 'Trong {share} số tương lai, chiến lược này không bao giờ vượt lên hẳn.',
	'verdict.singleStrategy': 'Thêm một chiến lược nữa để so sánh với {baseline}.',
	'section.overTime': 'Theo từng tháng',
	'section.cohorts': 'Các lớp khách hàng: doanh thu đến từ đâu',
	'section.comparison': 'Hơn bao nhiêu, và vì sao',
	'app.editorLabel': 'Thông số kịch bản',
	'app.skipToResults': 'Chuyển đến kết quả',
	'verdict.waiting': 'Đang chạy những kịch bản tương lai đầu tiên…',
	'verdict.staleNote': 'Đang hiển thị kết quả hợp lệ gần nhất vì có trường nhập chưa hợp lệ.',
	'kpi.title': 'Số liệu chính (trung vị của các tương lai mô phỏng)',
	'kpi.strategy': 'Chiến lược',
	'kpi.revenueMultiple': 'Doanh thu tháng cuối ÷ tháng đầu',
	'kpi.paybackNever': 'không hoàn vốn trong kỳ mô phỏng',
	'kpi.monthsValue': '{months} tháng',
	'run.progressLabel': 'Tiến độ mô phỏng',
	'nav.model': 'Mô hình & giả định',
	'nav.simulator': 'Trình mô phỏng',

	// ── So sánh với chiến lược cơ sở ───────────────────────────────────────────────────────────
	'comparison.title': 'So với {baseline}',
	'comparison.probabilityHigherNpv': 'Xác suất đạt NPV cao hơn',
	'comparison.npvDifference': 'Lợi thế NPV',
	'comparison.breakEvenMonth': 'Tháng vượt lên hẳn',
	'comparison.neverShare': 'Không bao giờ vượt lên',
	'comparison.never': 'không bao giờ',
	'comparison.sensitivityHelp':
		'Tương quan thứ hạng giữa từng giả định bất định và lợi thế NPV; thanh càng dài, giả định đó càng quan trọng.',

	// ── Chiến lược ───────────────────────────────────────────────────────────────────────────
	'strategy.baseline': 'Chiến lược cơ sở',
	'strategy.baselineHelp':
		'Chiến lược đầu tiên là chiến lược cơ sở; mọi chiến lược khác được so sánh với chiến lược này.',
	'strategy.defaultName': 'Chiến lược {number}',
	'strategy.limit': 'Mỗi kịch bản có tối đa {max} chiến lược.',
	'strategy.kind.acquisition': 'Dồn lực thu hút khách hàng mới',
	'strategy.kind.experience': 'Lấy trải nghiệm khách hàng làm trọng tâm',

	// ── Thao tác (nút) ───────────────────────────────────────────────────────────────────────
	'action.addStrategy': 'Thêm chiến lược',
	'action.remove': 'Gỡ bỏ',
	'action.copyLink': 'Sao chép liên kết',
	'action.downloadJson': 'Tải xuống JSON',
	'action.openFile': 'Mở tệp',
	'action.save': 'Lưu',
	'action.rename': 'Đổi tên',
	'action.duplicate': 'Nhân bản',
	'action.delete': 'Xóa',
	'action.retry': 'Thử lại',
	'action.run': 'Chạy mô phỏng',
	'action.cancel': 'Hủy',
	'action.close': 'Đóng',

	// ── Ô nhập ───────────────────────────────────────────────────────────────────────────────
	'input.low': 'Thấp',
	'input.likely': 'Khả dĩ nhất',
	'input.high': 'Cao',
	'input.singleValue': 'Một giá trị',
	'input.range': 'Khoảng giá trị',
	'input.rangeHelp':
		'Nhập giá trị thấp, khả dĩ nhất và cao; mỗi tương lai mô phỏng sẽ rút một giá trị riêng trong khoảng này.',
	'input.on': 'Bật',
	'input.off': 'Tắt',

	// ── Trạng thái chạy ──────────────────────────────────────────────────────────────────────
	'status.running': 'Đang chạy…',
	'status.progress': '{done}/{total} lượt mô phỏng',
	'status.done': 'Hoàn tất',
	'status.cancelled': 'Đã hủy',
	'status.error': 'Lỗi',
	'status.errorDetail': 'Quá trình mô phỏng bị dừng: {message}',
	'status.outdated':
		'Dữ liệu đầu vào đã thay đổi; kết quả sẽ được cập nhật khi lượt chạy mới hoàn tất.',

	// ── Kiểm tra dữ liệu ─────────────────────────────────────────────────────────────────────
	'validation.invalidField': 'Giá trị không hợp lệ:',
	'validation.issueCount': 'Số trường cần sửa trước khi chạy mô phỏng: {count}.',

	// ── Thư viện kịch bản đã lưu ─────────────────────────────────────────────────────────────
	'library.title': 'Kịch bản đã lưu',
	'library.empty': 'Chưa có kịch bản nào được lưu.',
	'library.saved': 'Đã lưu “{name}”.',
	'library.savedAt': 'Lưu lúc {date}',
	'library.deleted': 'Đã xóa “{name}”.',
	'library.deleteConfirm': 'Xóa “{name}”? Thao tác này không thể hoàn tác.',
	'library.renamePrompt': 'Tên mới',
	'library.copyName': '{name} (bản sao)',
	'library.corruptSkipped': 'Đã bỏ qua các mục đã lưu bị hỏng, không đọc được: {count}.',
	'library.storageFull':
		'Bộ nhớ trình duyệt đã đầy. Hãy xóa bớt kịch bản cũ hoặc tải kịch bản này xuống dưới dạng JSON.',
	'library.storageUnavailable':
		'Trình duyệt này không cho phép lưu tại đây; hãy tải kịch bản xuống dưới dạng JSON.',

	// ── Liên kết chia sẻ ─────────────────────────────────────────────────────────────────────
	'link.copied': 'Đã sao chép liên kết.',
	'link.copyFailed': 'Không sao chép được liên kết; hãy sao chép trực tiếp từ thanh địa chỉ.',
	'link.loaded': 'Đã mở kịch bản từ liên kết.',
	'link.corrupt': 'Liên kết này bị hỏng và không đọc được.',
	'link.truncated':
		'Liên kết này có vẻ bị cắt mất một phần; hãy sao chép đầy đủ liên kết rồi thử lại.',
	'link.newerVersion':
		'Liên kết này được tạo bởi phiên bản mới hơn của công cụ mô phỏng (định dạng {version}); hãy tải lại trang để cập nhật.',
	'link.invalid': 'Liên kết này chứa một kịch bản không hợp lệ: {details}',
	'link.tooLong':
		'Liên kết này rất dài và có thể bị một số ứng dụng cắt bớt; nên dùng Tải xuống JSON.',

	// ── Tệp kịch bản ─────────────────────────────────────────────────────────────────────────
	'file.loaded': 'Đã mở “{name}”.',
	'file.corrupt': 'Không đọc được tệp này dưới dạng kịch bản; tệp không phải JSON hợp lệ.',
	'file.truncated': 'Tệp này có vẻ chưa đầy đủ; có thể tệp đã bị cắt ngang trong lúc lưu.',
	'file.newerVersion':
		'Tệp này được tạo bởi phiên bản mới hơn của công cụ mô phỏng (định dạng {version}); hãy tải lại trang để cập nhật.',
	'file.invalid': 'Tệp này chứa một kịch bản không hợp lệ: {details}',
	'file.wrongType': 'Hãy chọn tệp kịch bản có đuôi .json.',
	'file.tooLarge': 'Tệp này quá lớn, không thể là một tệp kịch bản.',
	'file.readError': 'Không mở được tệp: {details}',

	// ── Ngôn ngữ ─────────────────────────────────────────────────────────────────────────────
	'language.label': 'Ngôn ngữ',
	'language.en': 'English',
	'language.vi': 'Tiếng Việt',

	// ── Kịch bản mẫu ─────────────────────────────────────────────────────────────────────────
	'presets.label': 'Bắt đầu từ kịch bản mẫu',
	'presets.placeholder': 'Chọn kịch bản mẫu…',
	'presets.loaded': 'Đã mở kịch bản mẫu: {name}',
	'presets.custom': 'Kịch bản của bạn',

	// ── Độ chính xác Monte Carlo ─────────────────────────────────────────────────────────────
	'mc.title': 'Độ chính xác Monte Carlo',
	'mc.paths': 'Số lượt mô phỏng',
	'mc.pathsHelp':
		'Mỗi lượt mô phỏng là một tương lai có thể xảy ra, với giá trị riêng cho từng giả định bất định.',
	'mc.seed': 'Hạt giống ngẫu nhiên (seed)',
	'mc.standardError': 'Sai số chuẩn',
	'mc.precisionNote':
		'Sai số chuẩn của chênh lệch NPV trung bình: {error}; càng nhiều lượt mô phỏng, sai số càng nhỏ.',
	'mc.bandPaths':
		'Các dải theo tháng dùng {bandPaths} trên {paths} lượt mô phỏng để tiết kiệm bộ nhớ.',
	'mc.commonRandomNumbers':
		'Mọi chiến lược đều trải qua cùng {paths} tương lai, nên khác biệt đến từ chiến lược chứ không phải do may rủi.',

	// ── Trang Mô hình và giả định ────────────────────────────────────────────────────────────
	'model.title': 'Mô hình và giả định',
	'model.intro':
		'Cách công cụ biến một kịch bản thành kết quả: các cơ chế, trình tự thời gian và giới hạn của những gì mô hình có thể cho biết.',
	'model.heading.compared': 'Những gì được so sánh',
	'model.heading.timeline': 'Thời gian và các nhóm khách hàng (cohort)',
	'model.heading.month': 'Diễn biến trong một tháng',
	'model.heading.cx': 'Chất lượng trải nghiệm khách hàng và NPS',
	'model.heading.churn': 'Tỷ lệ rời bỏ',
	'model.heading.acquisition': 'Thu hút khách hàng và CAC',
	'model.heading.revenue': 'Doanh thu và tỷ trọng chi tiêu',
	'model.heading.costs': 'Chi phí, lợi nhuận và NPV',
	'model.heading.metrics': 'Các chỉ số',
	'model.heading.monteCarlo': 'Sự bất định và phương pháp Monte Carlo',
	'model.heading.format': 'Định dạng kịch bản',
	'model.heading.limits': 'Giới hạn của mô hình',
	'model.heading.sources': 'Nguồn tham khảo',

	// ── Chia sẻ, lưu và giới thiệu ───────────────────────────────────────────────────────────
	'action.open': 'Mở',
	'share.fileMenu': 'Tệp',
	'share.invalidDraft':
		'Hãy sửa các ô được đánh dấu trong biểu mẫu trước: chỉ kịch bản hợp lệ mới chia sẻ, tải xuống hoặc lưu được.',
	'notice.keptCurrent': 'Kịch bản hiện tại của bạn vẫn được giữ nguyên.',
	'link.fallback': 'Đã mở kịch bản mặc định thay thế; không dữ liệu đã lưu nào bị thay đổi.',
	'link.unknownPreset':
		'Liên kết này yêu cầu kịch bản mẫu “{id}”, nhưng kịch bản này không tồn tại.',
	'file.notScenario':
		'Đây không phải là tệp kịch bản: tệp không có thị trường, doanh nghiệp hay chiến lược nào để mô phỏng. Hãy mở một tệp .json đã lưu từ trình mô phỏng này bằng Tệp → Tải xuống JSON.',
	'file.chooseLabel': 'Chọn tệp kịch bản (.json)',
	'library.nameLabel': 'Tên',
	'library.opened': 'Đã mở “{name}”.',
	'library.renamed': 'Đã đổi tên thành “{name}”.',
	'library.duplicated': 'Đã lưu bản sao: “{name}”.',
	'library.invalidName': 'Tên phải có từ 1 đến {max} ký tự.',
	'library.notFound': 'Kịch bản đã lưu này không còn tồn tại.',
	'library.removeSkipped': 'Xóa các mục không đọc được',
	'library.removeSkippedConfirm':
		'Xóa {count} mục không đọc được? Thao tác này không thể hoàn tác.',
	// ── Quy tắc kiểm tra dữ liệu, dịch theo mã quy tắc (scenario/issue-codes.ts) ─────────────
	'issue.theScenario': 'Kịch bản',
	'issue.rangeText.closed': 'một giá trị từ {min} đến {max}',
	'issue.rangeText.aboveMin': 'một giá trị lớn hơn {min} và không quá {max}',
	'issue.rangeText.integer': 'một số nguyên từ {min} đến {max}',
	'issue.number.required': 'Cần nhập {field}: {range}.',
	'issue.number.invalid': '{field}: hãy nhập {range}.',
	'issue.number.outOfRange': '{field} phải là {range}.',
	'issue.number.notInteger': '{field} phải là {range}, không có phần thập phân.',
	'issue.range.order':
		'{field}: giá trị thấp không được lớn hơn giá trị khả dĩ nhất, và giá trị khả dĩ nhất không được lớn hơn giá trị cao.',
	'issue.field.unknown': '“{field}” không phải là một trường của định dạng kịch bản.',
	'issue.object.invalid': '{field} phải là một mục có các trường riêng.',
	'issue.text.length': '{field} phải có từ {min} đến {max} ký tự.',
	'issue.id.format': '{field} phải có từ 1 đến {max} ký tự, chỉ gồm a–z, 0–9 và “-”.',
	'issue.id.duplicate':
		'{field}: mỗi chiến lược cần một mã riêng; chiến lược {first} đã dùng mã này.',
	'issue.currency.code': '{field} phải là mã ISO 4217 gồm ba chữ cái, ví dụ USD hoặc VND.',
	'issue.seed.format': '{field} phải là một chuỗi từ 1 đến {max} ký tự hoặc một số nguyên.',
	'issue.boolean.invalid': '{field} chỉ có thể bật hoặc tắt.',
	'issue.schema.version':
		'{field}: ứng dụng này chỉ đọc kịch bản có định dạng phiên bản {version}.',
	'issue.strategies.count': '{field}: mỗi kịch bản có từ {min} đến {max} chiến lược.',
	'issue.promo.negativePrice':
		'{field} không được vượt quá {limit} khi mọi khách hàng đều được ưu đãi trong {months} tháng: vượt mức đó, mức giảm × số tháng ÷ 12 lớn hơn 100% và khách hàng hiện tại sẽ phải trả giá âm.',
	'issue.wallet.maxBelowStart':
		'{field} phải là một giá trị từ {least} đến 100%: không thấp hơn tỷ trọng ban đầu và tỷ trọng của khách hàng mới.',
	'issue.market.startingAboveMarket':
		'{field} không được lớn hơn quy mô thị trường ({addressable}).',
	'issue.scenario.unreadable': '{field}: không đọc được dữ liệu.',
	'status.nonFinite':
		'Mô phỏng tạo ra một con số quá lớn để tính ({quantity}, {strategy}): một số thông số đầu vào quá cực đoan. Hãy giảm các giá trị lớn nhất rồi chạy lại.',
	// ── Decide: decision analytics ────────────────────────────────────────────────────────────
	'decide.title': 'Ra quyết định',
	'decide.intro':
		'Vì sao kết luận lại như vậy, nên chia ngân sách thế nào và điều gì đáng đo trước khi quyết định.',
	'decide.paths':
		'Tính trên {paths} kịch bản tương lai đầu tiên trong {runPaths} của lần chạy: cùng các tương lai và cùng số ngẫu nhiên với các biểu đồ phía trên, {variants} biến thể chiến lược trên mỗi tương lai.',
	'decide.running': 'Đang tính phân tích ra quyết định… {done}/{total} khối',
	'decide.waiting': 'Phân tích ra quyết định bắt đầu khi lần chạy hoàn tất.',
	'decide.failed': 'Phân tích ra quyết định bị lỗi: {message}',
	'decide.retry': 'Thử lại',
	'decide.line.grossMargin': 'Lợi nhuận gộp trên doanh thu',
	'decide.line.costToServe': 'Chi phí phục vụ',
	'decide.line.acquisitionSpend': 'Chi phí thu hút khách hàng',
	'decide.line.cxSpend': 'Đầu tư CX',
	'decide.line.retentionProgramme': 'Chương trình giữ chân',
	'decide.line.npv': 'Chênh lệch NPV',
	'decide.waterfall.title': 'Chênh lệch NPV đến từ đâu: {challenger} so với {baseline}',
	'decide.waterfall.axis': 'Giá trị hiện tại ({currency})',
	'decide.waterfall.up': 'Làm tăng NPV',
	'decide.waterfall.down': 'Làm giảm NPV',
	'decide.waterfall.total': 'Tổng chênh lệch',
	'decide.waterfall.range': 'p5–p95 trên các tương lai',
	'decide.outcomes.title': 'Điều gì thay đổi với khách hàng',
	'decide.outcome.endCustomers': 'Số khách hàng cuối kỳ',
	'decide.outcome.customersKept': 'Khách hàng giữ được nhờ rời bỏ thấp hơn',
	'decide.outcome.contactsAvoided': 'Lượt liên hệ dịch vụ tránh được',
	'decide.outcome.referrals': 'Khách hàng được giới thiệu thêm',
	'decide.outcome.walletShare': 'Tỷ trọng chi tiêu cuối kỳ, sau ưu đãi',
	'decide.split.title': 'Chênh lệch doanh thu, giá trị hiện tại',
	'decide.split.customers': 'Nhờ có thêm khách hàng',
	'decide.split.perCustomer': 'Nhờ mỗi khách hàng chi nhiều hơn',
	'decide.split.total': 'Chênh lệch doanh thu',
	'decide.levers.title': 'Đòn bẩy nào tạo ra khác biệt',
	'decide.levers.note':
		'Giá trị Shapley: tác động trung bình của từng đòn bẩy khi chuyển từ {baseline} sang {challenger} theo mọi thứ tự. Tổng các phần bằng chênh lệch NPV trung bình.',
	'decide.lever.acquisition': 'Ngân sách thu hút và mức tăng của nó',
	'decide.lever.cx': 'Đầu tư CX',
	'decide.lever.price': 'Tăng giá',
	'decide.lever.promo': 'Khuyến mãi',
	'decide.lever.lockIn': 'Hợp đồng ràng buộc',
	'decide.lever.retention': 'Giữ chân chủ động',
	'decide.levers.none': 'Hai chiến lược đặt mọi đòn bẩy giống nhau.',
	'decide.case.title': 'Phương án kinh doanh: {challenger} thay cho {baseline}',
	'decide.case.item': 'Khoản mục',
	'decide.case.initial': 'Ban đầu',
	'decide.case.year': 'Năm {year}',
	'decide.case.pv': 'Giá trị hiện tại',
	'decide.case.benefits': 'Lợi ích',
	'decide.case.costs': 'Chi phí',
	'decide.case.totalBenefits': 'Tổng lợi ích',
	'decide.case.totalCosts': 'Tổng chi phí',
	'decide.case.net': 'Lợi ích ròng (trung bình)',
	'decide.case.p10': 'Lợi ích ròng, p10 (kịch bản xấu)',
	'decide.case.p50': 'Lợi ích ròng, p50',
	'decide.case.p90': 'Lợi ích ròng, p90 (kịch bản tốt)',
	'decide.case.roi': 'ROI: giá trị hiện tại ròng trên giá trị hiện tại của chi phí',
	'decide.case.roiValue': '{mean} (p10 {p10}, p90 {p90})',
	'decide.case.payback': 'Tháng hoàn vốn (dòng tiền trung bình)',
	'decide.case.never': 'không hoàn vốn trong kỳ',
	'decide.case.note':
		'Chênh lệch so với {baseline}, là trung bình trên các tương lai trừ khi có ghi chú. Các dòng p10 / p50 / p90 thay cho một mức chiết khấu rủi ro cố định. Mô hình không ghi nhận khoản chi ban đầu nên cột ban đầu bằng 0.',
	'decide.sentence.gain':
		'Chọn {challenger} thay cho {baseline} mang lại thêm trung bình {npv} giá trị hiện tại (p10 {p10}, p90 {p90}) và cho NPV cao hơn ở {probability} số tương lai;',
	'decide.sentence.loss':
		'Chọn {challenger} thay cho {baseline} làm mất trung bình {npv} giá trị hiện tại (p10 {p10}, p90 {p90}) và chỉ cho NPV cao hơn ở {probability} số tương lai;',
	'decide.sentence.payback': 'phần tiền tăng thêm hoàn vốn vào tháng {month}.',
	'decide.sentence.noPayback': 'dòng tiền không vượt lên trong kỳ mô phỏng.',
	'decide.frontier.title': 'Đường biên ngân sách',
	'decide.frontier.strategy': 'Chiến lược',
	'decide.frontier.steps': 'Số bước',
	'decide.frontier.intro':
		'{strategy}: ngân sách hằng tháng {budget} được chia giữa thu hút khách hàng và CX theo {steps} bước, mọi thứ khác giữ nguyên.',
	'decide.frontier.best':
		'Cách chia tốt nhất: {share} ngân sách cho CX, tốt nhất trong {steps} cách chia ở {often} số tương lai.',
	'decide.frontier.axisX': 'Phần ngân sách dành cho CX (%)',
	'decide.frontier.axisY': 'NPV ({currency})',
	'decide.frontier.axisP': 'P(NPV cao hơn {baseline}) (%)',
	'decide.frontier.outer': 'NPV p5–p95',
	'decide.frontier.inner': 'NPV p25–p75',
	'decide.frontier.mean': 'NPV trung bình',
	'decide.frontier.probability': 'P(NPV cao hơn {baseline})',
	'decide.frontier.bestMark': 'Cách chia tốt nhất',
	'decide.frontier.running': 'Đang tính đường biên… {done}/{total} khối',
	'decide.frontier.noBudget': 'Chiến lược này không có ngân sách để chia.',
	'decide.voi.title': 'Điều gì đáng đo trước khi quyết định',
	'decide.voi.intro':
		'Biết chính xác mọi thông số trước khi chọn đáng giá {evpi} (EVPI). Mỗi thanh là giá trị của việc biết chính xác một thông số (EVPPI), bên cạnh mức độ nó làm thay đổi chênh lệch NPV.',
	'decide.voi.axis': 'EVPPI ({currency})',
	'decide.voi.none':
		'Một chiến lược có NPV cao hơn ở mọi tương lai: không phép đo nào có thể thay đổi lựa chọn.',
	'decide.voi.noneSingle':
		'Biết chính xác riêng một thông số nào cũng không đủ để thay đổi lựa chọn: sự bất định chỉ quan trọng khi kết hợp nhiều thông số.',
	'decide.voi.chart': 'Giá trị của việc biết chính xác từng thông số (EVPPI)',
	'decide.voi.top': '{count} thông số lớn nhất trong {total}',
	'decide.pilot.title': 'Lập kế hoạch thử nghiệm',
	'decide.pilot.intro':
		'Thử nghiệm hai nhóm (đối chứng và can thiệp) để phát hiện thay đổi tỷ lệ rời bỏ trong thời gian đo, kiểm định hai phía.',
	'decide.pilot.input': 'Thông số cần đo',
	'decide.pilot.from': 'Tỷ lệ rời bỏ trong kỳ, nhóm đối chứng (%)',
	'decide.pilot.to': 'Tỷ lệ rời bỏ trong kỳ, nhóm can thiệp (%)',
	'decide.pilot.alpha': 'Mức ý nghĩa α (%)',
	'decide.pilot.power': 'Độ mạnh kiểm định (%)',
	'decide.pilot.available': 'Số khách hàng có thể tham gia mỗi tháng',
	'decide.pilot.months': 'Thời gian đo (tháng)',
	'decide.pilot.cost': 'Chi phí cho mỗi khách hàng được can thiệp mỗi tháng ({currency})',
	'decide.pilot.perArm': 'Số khách hàng mỗi nhóm',
	'decide.pilot.total': 'Tổng số khách hàng thử nghiệm',
	'decide.pilot.duration': 'Thời gian thử nghiệm',
	'decide.pilot.durationValue': '{enrol} để tuyển + {measure} để đo = {total} tháng',
	'decide.pilot.testCost': 'Chi phí thử nghiệm',
	'decide.pilot.evppi': 'Giá trị của việc biết thông số này (EVPPI)',
	'decide.pilot.worth': 'Thử nghiệm tốn ít hơn giá trị của câu trả lời.',
	'decide.pilot.notWorth':
		'Thử nghiệm tốn nhiều hơn giá trị của câu trả lời: hãy quyết định mà không cần nó, hoặc tìm cách thử rẻ hơn.',
	'decide.pilot.range': 'Phải từ {min} đến {max}.',
	'decide.pilot.differ': 'Hai tỷ lệ rời bỏ phải khác nhau.',
	'decide.pilot.defaults':
		'Giá trị ban đầu: tỷ lệ rời bỏ trung bình hằng tháng của {baseline} và {challenger} trong lần chạy này, quy ra thời gian đo.',
	// ── Report, exports and class mode ────────────────────────────────────────────────────────
	'report.print': 'In báo cáo',
	'report.actionsLabel': 'Báo cáo và tải xuống',
	'report.subtitle': 'Báo cáo',
	'report.rangesTitle': 'Các đầu vào bất định: khoảng giá trị đằng sau các tương lai',
	'report.rangesNote':
		'Mỗi tương lai mô phỏng rút mọi đầu vào dưới đây từ khoảng của nó; giá trị khả dĩ nhất là giá trị được rút thường xuyên nhất.',
	'report.printedOn': 'In ngày {date}',
	'report.linkNote':
		'Mở liên kết này (hoặc quét mã) để xem lại đúng kịch bản này với đúng các con số này:',
	'export.resultJson': 'Kết quả (JSON)',
	'export.pathsCsv': 'Dữ liệu từng đường (CSV)',
	'export.keyFiguresCsv': 'Số liệu chính (CSV)',
	'export.preparing': 'Đang chuẩn bị…',
	'export.failed': 'Chưa tạo được tệp tải xuống; vui lòng thử lại.',
	'export.download': 'Tải xuống:',
	'export.chartGroup': 'Tải xuống “{title}”',
	'export.pngLabel': 'Tải “{title}” dưới dạng ảnh PNG',
	'export.svgLabel': 'Tải “{title}” dưới dạng ảnh SVG',
	'export.csvLabel': 'Tải dữ liệu của “{title}” dưới dạng CSV',
	'exportUnit.perNewCustomer': '{currency} cho mỗi khách hàng mới',
	'exportUnit.fractionPerMonth': 'tỷ lệ mỗi tháng, 0–1',
	'exportUnit.fraction': 'tỷ lệ, 1 = 100%',
	'exportUnit.fractionOfReference': 'tỷ lệ so với tháng tham chiếu, 0–1',
	'exportUnit.referenceMonth': 'Tháng tham chiếu',
	'exportUnit.fieldPath': 'Trường',
	'exportUnit.ratio': 'tỷ số',
	'exportUnit.figure': 'Số liệu (trung vị)',
	'exportUnit.unit': 'Đơn vị',
	// ── Calibration from a customer file ──────────────────────────────────────────────────────
	'calib.title': 'Nhập dữ liệu khách hàng',
	'calib.intro':
		'Hiệu chỉnh kịch bản theo chính khách hàng của bạn: mỗi dòng là một khách hàng, có số tháng gắn bó (hoặc ngày bắt đầu và ngày kết thúc) và cho biết họ đã rời đi hay chưa. Tệp chỉ được đọc trong trình duyệt này và không bao giờ rời khỏi máy; chỉ các giá trị ước lượng được đưa vào kịch bản.',
	'calib.choose': 'Chọn tệp khách hàng',
	'calib.drop': 'hoặc kéo thả tệp CSV hay TSV vào đây',
	'calib.fileName': 'Tệp: {name}',
	'calib.reading': 'Đang đọc các dòng… {percent}',
	'calib.fitting': 'Đang ước lượng: {done} trên {total} lần lấy mẫu lại',
	'calib.progressLabel': 'Tiến độ nhập dữ liệu',
	'calib.mapping.title': 'Các cột',
	'calib.mapping.help': 'Được nhận diện từ dòng tiêu đề. Nếu cột nào sai, hãy sửa rồi đọc lại tệp.',
	'calib.mapping.none': '— không có —',
	'calib.mapping.reread': 'Đọc lại',
	'calib.role.id': 'Mã khách hàng',
	'calib.role.tenure': 'Số tháng gắn bó',
	'calib.role.start': 'Ngày bắt đầu',
	'calib.role.end': 'Ngày kết thúc',
	'calib.role.snapshot': 'Ngày trích xuất',
	'calib.role.churn': 'Đã rời bỏ (cờ churn)',
	'calib.role.charge': 'Cước hằng tháng',
	'calib.role.contract': 'Hợp đồng',
	'calib.dateOrder': 'Thứ tự ngày tháng',
	'calib.dateOrder.ymd': 'năm, tháng, ngày',
	'calib.dateOrder.dmy': 'ngày, tháng, năm',
	'calib.dateOrder.mdy': 'tháng, ngày, năm',
	'calib.asOf': 'Dữ liệu tính đến ngày',
	'calib.mapping.noTenure':
		'Không có cột nào cho biết thời gian gắn bó: hãy chọn cột số tháng gắn bó hoặc cột ngày bắt đầu.',
	'calib.mapping.noChurn':
		'Không có cột nào cho biết ai đã rời đi: hãy chọn cột cờ churn hoặc cột ngày kết thúc.',
	'calib.mapping.unknownColumn': 'Tệp không có cột “{column}”.',
	'calib.mapping.duplicateColumn': 'Cột “{column}” đang được chọn cho hai vai trò.',
	'calib.file.empty': 'Tệp trống.',
	'calib.file.notText':
		'Đây không phải tệp văn bản. Hãy chọn tệp CSV hoặc TSV lưu dạng văn bản UTF-8.',
	'calib.file.spreadsheet':
		'Đây là tệp bảng tính, không phải tệp văn bản. Hãy lưu nó dưới dạng CSV trước.',
	'calib.file.headerOnly': 'Tệp có dòng tiêu đề nhưng không có dòng khách hàng nào.',
	'calib.file.delimiter':
		'Dòng tiêu đề chỉ có một cột (“{header}”): các cột phải được ngăn cách bằng dấu phẩy, dấu chấm phẩy, tab hoặc |.',
	'calib.file.noCustomers':
		'Không đọc được dòng nào trong {rows} dòng; lý do được liệt kê bên dưới.',
	'calib.file.unreadable': 'Không đọc được tệp: {reason}',
	'calib.problem.fieldCount': 'có {value} trường trong khi dòng tiêu đề có {expected}',
	'calib.problem.blank': '{column} bị bỏ trống',
	'calib.problem.notNumber': '{column} không phải là số: “{value}”',
	'calib.problem.negative': '{column} là số âm: {value}',
	'calib.problem.notWhole': '{column} phải là số tháng nguyên: {value}',
	'calib.problem.notDate': '{column} không phải ngày viết theo dạng {expected}: “{value}”',
	'calib.problem.mixedDates':
		'{column} trộn lẫn nhiều định dạng ngày: “{value}” không viết giống ngày đầu tiên của cột ({expected})',
	'calib.problem.future': '{column} {value} nằm sau {expected}, ngày của dữ liệu',
	'calib.problem.endBeforeStart': '{column} {value} sớm hơn ngày bắt đầu',
	'calib.problem.notFlag':
		'{column} không phải cờ churn (yes/no, true/false, 1/0, churned/active): “{value}”',
	'calib.problem.notContract':
		'{column} không phải theo tháng, số năm hay số tháng của hợp đồng: “{value}”',
	'calib.problem.leftWithoutEnd': 'được đánh dấu đã rời đi nhưng {column} bị bỏ trống',
	'calib.problem.duplicateId': 'khách hàng {value} trong {column} đã xuất hiện ở một dòng trước',
	'calib.summary':
		'{rows} dòng: {customers} khách hàng, {active} đang hoạt động và {left} đã rời đi.',
	'calib.skippedCount': 'Bỏ qua {count} dòng',
	'calib.skippedMore': 'Danh sách dưới đây gồm {shown} dòng đầu tiên.',
	'calib.skipped.row': 'Dòng',
	'calib.skipped.reason': 'Lý do',
	'calib.blankCharges':
		'Khách hàng để trống cước hằng tháng: {count} (trong đó {fresh} người mới tham gia tháng này). Họ vẫn được tính là khách hàng nhưng không tính vào ARPU.',
	'calib.dataTitle': 'Dữ liệu cho thấy gì',
	'calib.chart.retention': 'Tỷ lệ còn là khách hàng theo số tháng kể từ khi tham gia',
	'calib.chart.retentionSummary':
		'Tỷ lệ giữ chân Kaplan–Meier từ tệp: sau 12 tháng còn {s12}; mô hình của bộ mô phỏng cho {f12} và mô hình sBG cho {b12}.',
	'calib.chart.byContract': 'Tỷ lệ giữ chân theo loại hợp đồng',
	'calib.chart.byContractSummary': 'Tỷ lệ giữ chân Kaplan–Meier của từng loại hợp đồng trong tệp.',
	'calib.chart.hazard': 'Tỷ lệ rời bỏ hằng tháng theo thời gian gắn bó',
	'calib.chart.hazardSummary':
		'Tỷ lệ khách hàng ở mỗi độ tuổi rời đi trong tháng đó, cùng đường rủi ro ước lượng của bộ mô phỏng.',
	'calib.chart.contractChurn': 'Tỷ lệ rời bỏ theo hợp đồng',
	'calib.chart.contractChurnSummary': 'Tỷ lệ khách hàng đã rời đi của từng loại hợp đồng.',
	'calib.chart.charges': 'Cước hằng tháng',
	'calib.chart.chargesSummary':
		'Số khách hàng đang hoạt động và đã rời đi theo từng mức cước hằng tháng.',
	'calib.axis.months': 'Số tháng kể từ khi tham gia',
	'calib.axis.retained': 'Còn là khách hàng',
	'calib.axis.hazard': 'Rời đi trong tháng',
	'calib.axis.customers': 'Khách hàng',
	'calib.axis.charge': 'Cước hằng tháng (đơn vị tiền của tệp)',
	'calib.axis.leftShare': 'Tỷ lệ đã rời đi',
	'calib.atRisk': 'Còn theo dõi',
	'calib.legend.km': 'Kaplan–Meier (dữ liệu)',
	'calib.legend.band': 'Khoảng 95%',
	'calib.legend.fit': 'Mô hình bộ mô phỏng',
	'calib.legend.sbg': 'Đối chiếu sBG',
	'calib.legend.active': 'Đang hoạt động',
	'calib.legend.left': 'Đã rời đi',
	'calib.fitTitle': 'Kết quả ước lượng',
	'calib.fit.value': 'Giá trị',
	'calib.fit.low': 'Thấp',
	'calib.fit.likely': 'Khả dĩ nhất',
	'calib.fit.high': 'Cao',
	'calib.fit.note':
		'Ước lượng hợp lý cực đại trên bảng sống; mức thấp và cao là khoảng 90% từ {resamples} lần lấy mẫu lại (bootstrap) các khách hàng.',
	'calib.compare.title': 'Đối chiếu hai mô hình',
	'calib.compare.model': 'Mô hình',
	'calib.compare.logLikelihood': 'Log-likelihood',
	'calib.compare.at': 'S({months})',
	'calib.compare.km': 'Kaplan–Meier (dữ liệu)',
	'calib.compare.fit': 'Rủi ro rời bỏ của bộ mô phỏng',
	'calib.compare.sbg': 'Beta-hình học dịch chuyển (sBG)',
	'calib.value.startingCustomers': 'Khách hàng ban đầu (đang hoạt động)',
	'calib.value.arpu': 'ARPU (cước trung bình hằng tháng của khách đang hoạt động)',
	'calib.value.lockInShare': 'Tỷ lệ ràng buộc (khách đang hoạt động có hợp đồng kỳ hạn)',
	'calib.value.inContract': 'Hệ số rời bỏ trong hợp đồng (kỳ hạn / theo tháng)',
	'calib.apply': 'Áp dụng vào kịch bản',
	'calib.applied': 'Đã áp dụng: {count} trường của kịch bản thay đổi.',
	'calib.unchanged': 'Kịch bản đã có sẵn các giá trị này.',
	'calib.undo': 'Hoàn tác',
	'calib.undone': 'Kịch bản đã trở lại như trước khi hiệu chỉnh.',
	'calib.change.field': 'Trường',
	'calib.change.before': 'Trước',
	'calib.change.after': 'Sau',
	'calib.noLockIn':
		'Không chiến lược nào có hợp đồng ràng buộc, nên tỷ lệ ràng buộc và hệ số rời bỏ trong hợp đồng không được áp dụng.',

	// ── Worker watchdog ──────────────────────────────────────────────────────────────────────
	'run.workerStalled':
		'Mô phỏng đã ngừng phản hồi: một tiến trình chạy nền dừng lại mà không báo lỗi, và tiến trình mới khởi động thay thế cũng không hoàn tất. Kịch bản của bạn vẫn giữ nguyên; hãy thử lại.',

	// ── Speed and precision ────────────────────────────────────────────────────────────────
	'speed.pathsInSeconds': '{paths} lượt mô phỏng trong {seconds} giây',
	'term.about': '“{term}” nghĩa là gì?',
	'term.npv':
		'Giá trị hiện tại ròng: toàn bộ tiền mặt một chiến lược mang về trong suốt kỳ mô phỏng trừ đi số tiền nó chi ra, trong đó các tháng càng về sau càng được tính nhẹ hơn (chiết khấu theo lãi suất của kịch bản). Đây là con số công bằng nhất để so sánh các chiến lược.',
	'term.churn': 'Tỷ lệ khách hàng rời đi trong một tháng, tính trung bình trên cả kỳ mô phỏng.',
	'term.clvToCac':
		'CLV (giá trị vòng đời khách hàng) là lợi nhuận gộp mà một khách hàng mới dự kiến mang lại trong suốt thời gian còn là khách hàng. CLV:CAC chia con số đó cho chi phí để có được khách: dưới 1 là mỗi khách mới làm lỗ; từ 3 trở lên là lành mạnh.',
	'term.payback':
		'Số tháng cần để lợi nhuận gộp từ một khách hàng mới bù lại chi phí để có được khách đó. Thời gian hoàn vốn chỉ đo chi phí ấy quay về nhanh đến đâu, không đo khách ở lại bao lâu: chiến lược thắng có thể hoàn vốn chậm hơn khi khách của nó lúc đầu trả lại chậm hơn một chút nhưng ở lại lâu hơn nhiều, điều mà NPV tính đến còn thời gian hoàn vốn thì không.',
	'term.replacementRatio':
		'Số khách hàng mới giành được cho mỗi khách hàng bị mất. Trên 1 thì tệp khách tăng lên; một chiến lược cần vài khách mới cho mỗi khách rời đi là đang chạy chỉ để đứng yên.',
	'term.paths':
		'Mỗi đường là một tương lai có thể xảy ra, với cách rút riêng cho mọi đầu vào bất định và may rủi riêng. Nhiều đường hơn giúp các con số ổn định hơn; chúng không làm thay đổi điều gì là khả dĩ.',
	'term.cacVsBlended':
		'CAC là chi phí của kênh thu hút trả phí cho mỗi khách hàng nó mang về. CAC bình quân chia toàn bộ chi phí thu hút cho toàn bộ khách mới, kể cả những khách đến nhờ giới thiệu mà không tốn tiền, nên nó giảm khi truyền miệng tăng.',
	'term.nrr':
		'Tỷ lệ giữ chân doanh thu ròng: doanh thu tháng này từ những khách hàng đã có mặt từ mười hai tháng trước, chia cho số họ đã trả khi đó. Trên 100% nghĩa là tệp khách hiện có tự tăng trưởng, kể cả khi có khách rời đi.',
	'term.rankCorrelation':
		'Mức độ một đầu vào bất định làm thay đổi chênh lệch NPV, từ −1 đến 1. Gần 0 thì hầu như không ảnh hưởng; gần +1 (hoặc −1) thì những tương lai có giá trị đầu vào đó cao hơn gần như luôn có lợi thế lớn hơn (hoặc nhỏ hơn).',
	'term.glossary': 'Ý nghĩa các thuật ngữ:',
	'term.cacVsBlendedLabel': 'CAC và CAC bình quân',
	'term.nrrLabel': 'NRR',
	'term.rankCorrelationLabel': 'Tương quan hạng',
	'term.npvLabel': 'NPV',
	'term.pathsLabel': 'Số đường',
	'status.updating': 'Đang cập nhật: các con số này sẽ được thay khi mô phỏng chạy xong.',
	'class.title': 'Chế độ lớp học',
	'class.open': 'Chế độ lớp học',
	'class.chooseCase':
		'Chọn một tình huống để trình bày. Mô phỏng chạy ngầm trong lúc cả lớp đưa ra dự đoán.',
	'class.unknownCase':
		'Không có tình huống lớp học nào tên “{id}”. Hãy chọn một trong các tình huống dưới đây.',
	'class.backToSimulator': 'Quay lại trình mô phỏng',
	'class.stepsLabel': 'Các bước của tình huống',
	'class.step.situation': 'Bối cảnh',
	'class.step.strategies': 'Hai chiến lược',
	'class.step.predict': 'Dự đoán của bạn',
	'class.step.reveal': 'Kết quả',
	'class.step.debrief': 'Tổng kết',
	'class.fullscreen': 'Toàn màn hình',
	'class.exitFullscreen': 'Thoát toàn màn hình',
	'class.exit': 'Mở trong trình mô phỏng',
	'class.previous': 'Quay lại',
	'class.next': 'Tiếp',
	'class.keys':
		'→ hoặc phím cách: tiếp · ←: quay lại · F: toàn màn hình · Esc: thoát toàn màn hình',
	'class.strategiesNote':
		'Hai chiến lược được mô phỏng trong {years} năm trên cùng {paths} tương lai: cùng may rủi, cùng thị trường, chỉ khác nhau ở lựa chọn.',
	'class.predictIntro':
		'Trước khi xem kết quả, cả lớp hoặc từng nhóm ghi lại dự đoán: chiến lược nào mang lại nhiều hơn, hơn bao nhiêu, và sau ba năm mỗi chiến lược mất bao nhiêu khách hàng mỗi tháng.',
	'class.running': 'Đang mô phỏng… {done} trên {total} tương lai',
	'class.waitForRun': 'Kết quả sẽ hiện ở đây khi mô phỏng chạy xong.',
	'class.team': 'Nhóm',
	'class.teamDefault': 'Cả lớp',
	'class.winner': 'Chiến lược nào có NPV cao hơn?',
	'class.advantage': 'Cao hơn bao nhiêu (chênh lệch NPV, {currency})',
	'class.scaleLabel': 'Đơn vị của số tiền',
	'class.scale.one': '{currency}',
	'class.scale.thousand': 'nghìn',
	'class.scale.million': 'triệu',
	'class.scale.billion': 'tỷ',
	'class.scale.trillion': 'nghìn tỷ',
	'class.churn': 'Tỷ lệ rời bỏ hằng tháng của “{name}” ở tháng {month}',
	'class.record': 'Ghi lại dự đoán',
	'class.recorded': 'Số dự đoán đã ghi: {count}',
	'class.none': 'Chưa có dự đoán nào. Dự đoán chỉ được lưu trong trình duyệt này.',
	'class.removeTeam': 'Xóa dự đoán của {team}',
	'class.clear': 'Xóa mọi dự đoán',
	'class.clearConfirm': 'Xóa mọi dự đoán đã ghi cho tình huống này trong trình duyệt này?',
	'class.needWinner': 'Hãy chọn chiến lược bạn nghĩ sẽ thắng.',
	'class.badAdvantage': 'Hãy ghi mức chênh lệch là một số tiền {currency}, từ 0 trở lên.',
	'class.badChurn': 'Hãy ghi tỷ lệ rời bỏ của “{name}” là một phần trăm từ 0 đến 100.',
	'class.guessesTitle': 'Dự đoán của các nhóm so với mô phỏng',
	'class.advantageShort': 'Chênh lệch NPV',
	'class.churnShort': 'Rời bỏ, tháng {month}: {name}',
	'class.actual': 'Mô phỏng (trung vị)',
	'class.closest': 'gần nhất',
	'class.right': 'đúng',
	'class.wrong': 'sai',
	'class.noGuesses': 'Chưa có dự đoán nào được ghi cho tình huống này.',
	'class.driversTitle': 'Điều gì tạo ra khác biệt',
	'class.reportedTitle': 'Điều đã xảy ra trong thực tế',
	'class.questionsTitle': 'Câu hỏi thảo luận'
};
