/**
 * English interface text: the source of every message key. Keys are flat and dotted;
 * placeholders are written `{name}` and filled by `translate` (see ./index.ts).
 *
 * Unit hints describe what a field is measured in as a person reads it: fractions of 0–1 in the
 * scenario format are hinted as "%" because the form shows them as percentages.
 */

/** English messages, keyed by message key; `vi.ts` must carry exactly the same keys. */
export const en = {
	// ── App ───────────────────────────────────────────────────────────────────────────────────
	'app.title': 'Growth Strategy Simulator',
	'app.tagline':
		'Acquisition-heavy or experience-led? Compare both strategies across thousands of possible futures.',
	'app.description':
		'A Monte Carlo simulator that weighs buying growth through paid acquisition against earning it through customer experience (CX).',

	// ── Groups of the scenario form ───────────────────────────────────────────────────────────
	'group.market': 'Market',
	'group.company': 'Company',
	'group.effects': 'How CX moves outcomes',
	'group.strategies': 'Strategies',
	'group.run': 'Run settings',
	'group.promo': 'Promotion',
	'group.lockIn': 'Lock-in contracts',
	'group.retention': 'Proactive retention',

	// ── Scenario fields: root ─────────────────────────────────────────────────────────────────
	'field.root.schema.label': 'Format version',
	'field.root.schema.help':
		'Version of the scenario format; files and links written by a newer version are refused.',
	'field.root.schema.unit': 'version',
	'field.root.name.label': 'Scenario name',
	'field.root.name.help':
		'A short name shown in the library, in shared links and in downloaded files.',
	'field.root.name.unit': 'text, up to 120 characters',
	'field.root.currency.label': 'Currency',
	'field.root.currency.help':
		'Three-letter currency code used only to display money; no value is converted.',
	'field.root.currency.unit': 'ISO code, e.g. USD or VND',
	'field.root.horizonMonths.label': 'Horizon',
	'field.root.horizonMonths.help': 'How far ahead to simulate, from 1 to 20 years.',
	'field.root.horizonMonths.unit': 'months',
	'field.root.discountRateAnnual.label': 'Discount rate',
	'field.root.discountRateAnnual.help':
		'Yearly rate that turns future cash into its value today when computing NPV.',
	'field.root.discountRateAnnual.unit': '% a year',
	'field.root.paths.label': 'Simulated futures',
	'field.root.paths.help':
		'Number of Monte Carlo paths; more paths give steadier answers but take longer to run.',
	'field.root.paths.unit': 'paths',
	'field.root.seed.label': 'Random seed',
	'field.root.seed.help':
		'The same scenario, seed and number of paths always give exactly the same results.',
	'field.root.seed.unit': 'text or whole number',
	'field.root.processNoise.label': 'Customer-level randomness',
	'field.root.processNoise.help':
		'On: churn, sign-ups and referrals are drawn at random as whole customers; off: expected values are used.',
	'field.root.processNoise.unit': 'on / off',

	// ── Scenario fields: market ───────────────────────────────────────────────────────────────
	'field.market.addressableCustomers.label': 'Addressable market',
	'field.market.addressableCustomers.help':
		'The most customers this market can hold; acquisition stops once the base reaches it.',
	'field.market.addressableCustomers.unit': 'customers',
	'field.market.competitorShockRatePerYear.label': 'Competitor shocks',
	'field.market.competitorShockRatePerYear.help':
		'How often, on average, a competitor move such as a price war or an aggressive launch hits the market.',
	'field.market.competitorShockRatePerYear.unit': 'shocks a year',
	'field.market.shockChurnMultiplier.label': 'Churn during a shock',
	'field.market.shockChurnMultiplier.help':
		'Churn is multiplied by this factor while a shock lasts.',
	'field.market.shockChurnMultiplier.unit': '× normal churn',
	'field.market.shockCacMultiplier.label': 'CAC during a shock',
	'field.market.shockCacMultiplier.help':
		'The cost of acquiring a customer is multiplied by this factor while a shock lasts.',
	'field.market.shockCacMultiplier.unit': '× normal CAC',
	'field.market.shockDurationMonths.label': 'Shock length',
	'field.market.shockDurationMonths.help': 'How long each competitor shock lasts.',
	'field.market.shockDurationMonths.unit': 'months',

	// ── Scenario fields: company ──────────────────────────────────────────────────────────────
	'field.company.startingCustomers.label': 'Customers today',
	'field.company.startingCustomers.help':
		'The existing customer base at the start, treated as established customers outside any contract.',
	'field.company.startingCustomers.unit': 'customers',
	'field.company.arpuMonthly.label': 'Revenue per customer (ARPU)',
	'field.company.arpuMonthly.help':
		'Average monthly revenue from one existing customer at today’s share of wallet.',
	'field.company.arpuMonthly.unit': '{currency} per customer per month',
	'field.company.grossMargin.label': 'Gross margin',
	'field.company.grossMargin.help':
		'Share of revenue left after the direct cost of delivering the product or service.',
	'field.company.grossMargin.unit': '% of revenue',
	'field.company.matureChurnMonthly.label': 'Monthly churn of established customers',
	'field.company.matureChurnMonthly.help':
		'Chance that an established customer leaves in any given month, before CX and strategy effects.',
	'field.company.matureChurnMonthly.unit': '% a month',
	'field.company.earlyChurnMultiplier.label': 'Early-life churn multiplier',
	'field.company.earlyChurnMultiplier.help':
		'How many times more likely a brand-new customer is to leave in their first month; the excess fades with time.',
	'field.company.earlyChurnMultiplier.unit': '× established churn',
	'field.company.earlyChurnDecayMonths.label': 'Early-churn fade time',
	'field.company.earlyChurnDecayMonths.help':
		'Months for the extra early-life churn to shrink to about a third of its first-month level.',
	'field.company.earlyChurnDecayMonths.unit': 'months',
	'field.company.cac.label': 'Customer acquisition cost (CAC)',
	'field.company.cac.help':
		'Paid marketing and sales cost of winning one new customer in the first month.',
	'field.company.cac.unit': '{currency} per new customer',
	'field.company.cacInflationAnnual.label': 'CAC inflation',
	'field.company.cacInflationAnnual.help':
		'How fast the cost of acquiring a customer rises each year, whatever the strategy.',
	'field.company.cacInflationAnnual.unit': '% a year',
	'field.company.saturationElasticity.label': 'Market saturation effect',
	'field.company.saturationElasticity.help':
		'How steeply CAC climbs as the customer base fills the addressable market; 0 means no effect.',
	'field.company.saturationElasticity.unit': 'elasticity',
	'field.company.contactsPerCustomerMonthly.label': 'Service contacts per customer',
	'field.company.contactsPerCustomerMonthly.help':
		'Calls, chats and tickets per customer each month at today’s NPS.',
	'field.company.contactsPerCustomerMonthly.unit': 'contacts per customer per month',
	'field.company.costPerContact.label': 'Cost per service contact',
	'field.company.costPerContact.help': 'Average cost of handling one call, chat or ticket.',
	'field.company.costPerContact.unit': '{currency} per contact',
	'field.company.npsStart.label': 'NPS today',
	'field.company.npsStart.help':
		'Net Promoter Score at the start, the model’s measure of customer experience quality.',
	'field.company.npsStart.unit': 'NPS points, −100 to 100',
	'field.company.walletShareStart.label': 'Share of wallet today',
	'field.company.walletShareStart.help':
		'Share of their spending in your category that existing customers give you today.',
	'field.company.walletShareStart.unit': '% of wallet',
	'field.company.walletShareNew.label': 'Share of wallet of new customers',
	'field.company.walletShareNew.help':
		'Share of their category spending that a newly won customer gives you at first.',
	'field.company.walletShareNew.unit': '% of wallet',
	'field.company.walletShareMax.label': 'Highest share of wallet',
	'field.company.walletShareMax.help':
		'The share of wallet that loyal customers can grow toward over time.',
	'field.company.walletShareMax.unit': '% of wallet',

	// ── Scenario fields: how CX moves outcomes ────────────────────────────────────────────────
	'field.effects.churnNpsElasticity.label': 'Churn sensitivity to NPS',
	'field.effects.churnNpsElasticity.help':
		'How strongly churn falls when NPS rises above today’s level, and rises when NPS falls.',
	'field.effects.churnNpsElasticity.unit': 'elasticity per 100 NPS points',
	'field.effects.referralRateAtNps100.label': 'Referral rate at NPS 100',
	'field.effects.referralRateAtNps100.help':
		'New customers referred each month per existing customer if NPS were 100; it scales with NPS and is zero at or below 0.',
	'field.effects.referralRateAtNps100.unit': 'referrals per customer per month',
	'field.effects.expansionRateMonthly.label': 'Share-of-wallet growth',
	'field.effects.expansionRateMonthly.help':
		'Part of the gap to the highest share of wallet that customers close each month at today’s NPS.',
	'field.effects.expansionRateMonthly.unit': '% of the gap a month',
	'field.effects.expansionNpsElasticity.label': 'Share-of-wallet growth sensitivity to NPS',
	'field.effects.expansionNpsElasticity.help':
		'Extra monthly share-of-wallet growth for every 100 NPS points gained over today’s level.',
	'field.effects.expansionNpsElasticity.unit': 'per 100 NPS points',
	'field.effects.contactNpsElasticity.label': 'Service contacts sensitivity to NPS',
	'field.effects.contactNpsElasticity.help':
		'How strongly service contacts fall as NPS rises, because fewer problems mean fewer calls.',
	'field.effects.contactNpsElasticity.unit': 'elasticity per 100 NPS points',
	'field.effects.detractorCacUplift.label': 'CAC penalty of a negative NPS',
	'field.effects.detractorCacUplift.help':
		'How much more acquisition costs when NPS is below zero and detractors put prospects off; the value applies in full at NPS −100.',
	'field.effects.detractorCacUplift.unit': 'extra CAC at NPS −100',
	'field.effects.unfairnessChurnUplift.label': 'Churn from offers for new customers only',
	'field.effects.unfairnessChurnUplift.help':
		'Extra churn among existing customers who see better deals reserved for newcomers.',
	'field.effects.unfairnessChurnUplift.unit': '% extra churn',
	'field.effects.promoNpsPenalty.label': 'NPS cost of offers for new customers only',
	'field.effects.promoNpsPenalty.help':
		'NPS points lost while promotions are reserved for new customers.',
	'field.effects.promoNpsPenalty.unit': 'NPS points',
	'field.effects.lockInNpsPenalty.label': 'NPS cost of lock-in contracts',
	'field.effects.lockInNpsPenalty.help':
		'NPS points lost if every new customer signed a lock-in contract; the loss scales with the share that does.',
	'field.effects.lockInNpsPenalty.unit': 'NPS points',
	'field.effects.npsMaxLift.label': 'Highest NPS gain from CX investment',
	'field.effects.npsMaxLift.help':
		'The most that NPS can rise above today’s level, however much is invested in CX.',
	'field.effects.npsMaxLift.unit': 'NPS points',
	'field.effects.cxSpendHalfLift.label': 'CX spend for half the gain',
	'field.effects.cxSpendHalfLift.help':
		'Monthly CX investment per customer that achieves half of the highest NPS gain.',
	'field.effects.cxSpendHalfLift.unit': '{currency} per customer per month',
	'field.effects.npsLagMonths.label': 'NPS response time',
	'field.effects.npsLagMonths.help':
		'Months NPS needs to close about two thirds of the gap to its new target level.',
	'field.effects.npsLagMonths.unit': 'months',

	// ── Scenario fields: strategy ─────────────────────────────────────────────────────────────
	'field.strategy.id.label': 'Strategy code',
	'field.strategy.id.help':
		'Short code used in links and files: lowercase letters, digits and hyphens, unique in the scenario.',
	'field.strategy.id.unit': 'code, up to 32 characters',
	'field.strategy.name.label': 'Strategy name',
	'field.strategy.name.help': 'The name shown in charts, tables and verdicts.',
	'field.strategy.name.unit': 'text, up to 60 characters',
	'field.strategy.acquisitionBudgetMonthly.label': 'Acquisition budget',
	'field.strategy.acquisitionBudgetMonthly.help':
		'Paid marketing and sales spend to win new customers each month.',
	'field.strategy.acquisitionBudgetMonthly.unit': '{currency} a month',
	'field.strategy.acquisitionBudgetGrowthAnnual.label': 'Acquisition budget growth',
	'field.strategy.acquisitionBudgetGrowthAnnual.help':
		'How much the acquisition budget grows (or shrinks, if negative) each year.',
	'field.strategy.acquisitionBudgetGrowthAnnual.unit': '% a year',
	'field.strategy.cxInvestmentMonthly.label': 'CX investment',
	'field.strategy.cxInvestmentMonthly.help':
		'Monthly spend on service, product quality and fixing broken journeys, which lifts NPS over time.',
	'field.strategy.cxInvestmentMonthly.unit': '{currency} a month',
	'field.strategy.priceIncreaseAnnual.label': 'Yearly price change',
	'field.strategy.priceIncreaseAnnual.help':
		'Price change applied to every customer each year; negative values are price cuts.',
	'field.strategy.priceIncreaseAnnual.unit': '% a year',
	'field.strategy.promo.label': 'Promotion',
	'field.strategy.promo.help': 'A discount that new customers receive for their first months.',
	'field.strategy.promo.unit': 'on / off',
	'field.strategy.lockIn.label': 'Lock-in contracts',
	'field.strategy.lockIn.help':
		'Fixed-term contracts that hold new customers in and make leaving costly until they end.',
	'field.strategy.lockIn.unit': 'on / off',
	'field.strategy.retention.label': 'Proactive retention',
	'field.strategy.retention.help':
		'A programme that flags customers likely to leave and reaches out to them before they do.',
	'field.strategy.retention.unit': 'on / off',

	// ── Scenario fields: promotion ────────────────────────────────────────────────────────────
	'field.promo.discount.label': 'Promotional discount',
	'field.promo.discount.help': 'Price cut that customers receive while the promotion lasts.',
	'field.promo.discount.unit': '% off the price',
	'field.promo.months.label': 'Promotion length',
	'field.promo.months.help':
		'Months at the discounted price, counted from the month a customer joins.',
	'field.promo.months.unit': 'months',
	'field.promo.conversionLift.label': 'Extra sign-ups from the offer',
	'field.promo.conversionLift.help':
		'How much the offer raises sign-ups for the same budget: CAC is divided by one plus this lift.',
	'field.promo.conversionLift.unit': '% more sign-ups',
	'field.promo.exclusiveToNew.label': 'New customers only',
	'field.promo.exclusiveToNew.help':
		'On: only newcomers get the deal and existing customers feel treated unfairly; off: existing customers get an equal offer too.',
	'field.promo.exclusiveToNew.unit': 'yes / no',
	'field.promo.dealSeekerChurnMultiplier.label': 'Churn when the promotion ends',
	'field.promo.dealSeekerChurnMultiplier.help':
		'Churn multiplier in the first month at full price, when deal seekers tend to leave.',
	'field.promo.dealSeekerChurnMultiplier.unit': '× normal churn',

	// ── Scenario fields: lock-in contracts ────────────────────────────────────────────────────
	'field.lockIn.share.label': 'Share on contract',
	'field.lockIn.share.help': 'Share of new customers who sign a lock-in contract.',
	'field.lockIn.share.unit': '% of new customers',
	'field.lockIn.months.label': 'Contract length',
	'field.lockIn.months.help': 'How many months a contract binds a customer.',
	'field.lockIn.months.unit': 'months',
	'field.lockIn.inContractChurnMultiplier.label': 'Churn while under contract',
	'field.lockIn.inContractChurnMultiplier.help':
		'Churn multiplier while the contract holds a customer in; 0 means nobody can leave early.',
	'field.lockIn.inContractChurnMultiplier.unit': '× normal churn',
	'field.lockIn.expiryChurn.label': 'Churn when the contract ends',
	'field.lockIn.expiryChurn.help':
		'Share of contracted customers who leave as soon as their contract ends; fewer leave when NPS is higher.',
	'field.lockIn.expiryChurn.unit': '% of contracted customers',

	// ── Scenario fields: proactive retention ──────────────────────────────────────────────────
	'field.retention.hazardReduction.label': 'Churn prevented',
	'field.retention.hazardReduction.help':
		'Share of churn that timely outreach to customers flagged as likely to leave prevents.',
	'field.retention.hazardReduction.unit': '% of churn',
	'field.retention.costPerCustomerMonthly.label': 'Programme cost',
	'field.retention.costPerCustomerMonthly.help':
		'Cost of running proactive retention, for each customer, every month.',
	'field.retention.costPerCustomerMonthly.unit': '{currency} per customer per month',

	// ── Monthly metrics ───────────────────────────────────────────────────────────────────────
	'metric.customers': 'Customers',
	'metric.newCustomers': 'New customers',
	'metric.referredCustomers': 'Referred customers',
	'metric.churnedCustomers': 'Customers lost',
	'metric.churnRate': 'Monthly churn rate',
	'metric.cac': 'CAC',
	'metric.blendedCac': 'Blended CAC',
	'metric.revenue': 'Revenue',
	'metric.grossProfit': 'Gross profit',
	'metric.costToServe': 'Cost to serve',
	'metric.acquisitionSpend': 'Acquisition spend',
	'metric.cxSpend': 'CX investment',
	'metric.contribution': 'Contribution',
	'metric.cumulativeCash': 'Cumulative cash',
	'metric.nps': 'NPS',
	'metric.nrr': 'Net revenue retention (NRR)',
	'metric.revenueFromNewShare': 'Share of revenue from new customers',

	'metricHelp.customers': 'Customers at the end of the month.',
	'metricHelp.newCustomers': 'Customers won in the month, paid and referred together.',
	'metricHelp.referredCustomers': 'New customers who came through referrals by existing customers.',
	'metricHelp.churnedCustomers': 'Customers who left in the month.',
	'metricHelp.churnRate': 'Customers lost in the month divided by customers at the start of it.',
	'metricHelp.cac': 'Cost of winning one customer through paid acquisition in the month.',
	'metricHelp.blendedCac': 'Acquisition spend divided by all new customers, referrals included.',
	'metricHelp.revenue': 'Revenue from all customers in the month.',
	'metricHelp.grossProfit': 'Revenue times gross margin, minus the cost of serving customers.',
	'metricHelp.costToServe': 'Cost of handling customers’ service contacts in the month.',
	'metricHelp.acquisitionSpend': 'Money spent on paid acquisition in the month.',
	'metricHelp.cxSpend': 'Money invested in customer experience in the month.',
	'metricHelp.contribution':
		'Gross profit minus acquisition spend, CX investment and retention programme cost.',
	'metricHelp.cumulativeCash': 'Sum of monthly contributions since the start, undiscounted.',
	'metricHelp.nps': 'Net Promoter Score, the model’s measure of CX quality.',
	'metricHelp.nrr':
		'Revenue this month from customers who were already customers a year ago, over all revenue a year ago.',
	'metricHelp.revenueFromNewShare': 'Share of revenue from customers won in the last 12 months.',

	// ── Totals per simulated future ───────────────────────────────────────────────────────────
	'total.revenue': 'Total revenue',
	'total.contribution': 'Total contribution',
	'total.npv': 'Net present value (NPV)',
	'total.endCustomers': 'Customers at the end',
	'total.averageChurnRate': 'Average monthly churn',
	'total.clvNew': 'Customer lifetime value (CLV) of a new customer',
	'total.clvToCac': 'CLV to CAC ratio',
	'total.paybackMonths': 'CAC payback time',
	'total.replacementRatio': 'New customers needed to replace one lost customer',

	'totalHelp.revenue': 'Revenue summed over the whole horizon.',
	'totalHelp.contribution': 'Contribution summed over the whole horizon, undiscounted.',
	'totalHelp.npv': 'Monthly contributions discounted to today’s value and added up.',
	'totalHelp.endCustomers': 'Customers in the last month of the horizon.',
	'totalHelp.averageChurnRate': 'Monthly churn rate averaged over the horizon.',
	'totalHelp.clvNew':
		'Discounted margin, net of cost to serve, that a customer won in month 1 is expected to bring within the horizon.',
	'totalHelp.clvToCac':
		'CLV of a new customer divided by the cost of acquiring them; below 1, each sale loses money.',
	'totalHelp.paybackMonths':
		'Months until a new customer’s margin covers what it cost to win them; empty if it never does.',
	'totalHelp.replacementRatio':
		'Remaining value of an average existing customer divided by the CLV of a new one.',

	// ── Summary statistics ────────────────────────────────────────────────────────────────────
	'stat.mean': 'Mean',
	'stat.median': 'Median',
	'stat.p5': '5th percentile',
	'stat.p25': '25th percentile',
	'stat.p75': '75th percentile',
	'stat.p95': '95th percentile',
	'stat.range90': '90% range',
	'stat.range50': '50% range',
	'stat.rangeValue': '{low} to {high}',

	// ── Charts ────────────────────────────────────────────────────────────────────────────────
	'chart.customers': 'Customers over time',
	'chart.revenue': 'Monthly revenue',
	'chart.contribution': 'Monthly contribution',
	'chart.cumulativeCash': 'Cumulative cash',
	'chart.nps': 'CX quality (NPS)',
	'chart.churnRate': 'Monthly churn rate',
	'chart.cac': 'Cost of acquiring a customer',
	'chart.nrr': 'Net revenue retention (NRR)',
	'chart.cohortsCustomers': 'Customers by year won',
	'chart.cohortsRevenue': 'Revenue by year won',
	'chart.npvDifference': 'NPV advantage across all simulated futures',
	'chart.breakEven': 'When the challenger pulls ahead for good',
	'chart.sensitivity': 'Which assumptions drive the difference',
	'chart.totals': 'Totals over the horizon',

	'axis.month': 'Month',
	'axis.year': 'Year',
	'axis.currency': '{currency}',
	'axis.moneyPerMonth': '{currency} a month',
	'axis.customers': 'Customers',
	'axis.percent': '%',
	'axis.nps': 'NPS points',
	'axis.npvDifference': 'NPV difference ({currency})',
	'axis.futures': 'Simulated futures',
	'axis.rankCorrelation': 'Rank correlation with the NPV difference',

	'legend.median': 'Median',
	'legend.mean': 'Mean',
	'legend.band50': '50% of futures',
	'legend.band90': '90% of futures',
	'legend.baseline': 'Baseline',
	'legend.zero': 'No difference',
	'legend.cohortBase': 'Customers at the start',
	'legend.cohortYear': 'Won in year {year}',
	'legend.fanExplainer':
		'The line is the median future; the darker band holds the middle 50% of simulated futures and the lighter band the middle 90%.',

	// ── Words inside the charts ───────────────────────────────────────────────────────────────
	'chartText.showTable': 'Show data table',
	'chartText.cursor': 'Chart; use the arrow keys to move between months',
	'chartText.total': 'Total',
	'chartText.fanLegendNote': 'line: median · bands: middle 50% and 90% of simulated futures',
	'chartText.fanSummary': 'Median at month {month}: {items}.',
	'chartText.fanSummaryItem': '{name} {median} (90% of futures: {low} to {high})',
	'chartText.layerMore': 'Other cohorts: {count}',
	'chartText.layerSummary': 'At month {month} the total is {total}. Largest cohorts: {layers}.',
	'chartText.heatmapRows': 'Cohort',
	'chartText.heatmapLegend': 'Share of the cohort still a customer',
	'chartText.heatmapCaption':
		'100% = the cohort’s customers at the end of the year it was won (customers at the start: month 1).',
	'chartText.heatmapSummary':
		'Share of each cohort still a customer 12 months after its reference month: {rows}.',
	'chartText.heatmapSummaryNone':
		'The horizon ends before any cohort is 12 months past its reference month.',
	'chartText.npvAhead': '{name} ahead',
	'chartText.npvAroundZero': 'Around zero',
	'chartText.binFrom': 'From',
	'chartText.binTo': 'To',
	'chartText.npvSummary':
		'Over {paths} simulated futures, {challenger} earns a higher NPV than {baseline} in {share} of them.',
	'chartText.npvSummaryMedian':
		'Over {paths} simulated futures, {challenger} earns a higher NPV than {baseline} in {share} of them; the median difference is {median}.',
	'chartText.tornadoPositive': 'Higher input, larger advantage',
	'chartText.tornadoNegative': 'Higher input, smaller advantage',
	'chartText.tornadoInput': 'Input',
	'chartText.tornadoEmpty': 'No uncertain inputs to rank.',
	'chartText.tornadoSummary':
		'Inputs most closely linked to the NPV difference, strongest first: {items}.',

	// ── Verdict ───────────────────────────────────────────────────────────────────────────────
	'verdict.title': 'Verdict',
	'verdict.pullsAhead':
		'In {probability} of {paths} simulated futures, {challenger} earns a higher {years}-year NPV than {baseline}; median advantage {advantage}; it pulls ahead for good in month {month}.',
	'verdict.neverPullsAhead':
		'In {probability} of {paths} simulated futures, {challenger} earns a higher {years}-year NPV than {baseline}; median advantage {advantage}; in the median future its cumulative cash does not pull ahead for good within the horizon.',
	'verdict.baselineWins':
		'{baseline} stays ahead: {challenger} earns a higher {years}-year NPV in only {probability} of {paths} simulated futures; median shortfall {shortfall}.',
	'verdict.identical': '{challenger} and {baseline} earn the same NPV in every simulated future.',
	'verdict.breakEvenRange':
		'In half of the futures where it pulls ahead, that happens between month {early} and month {late}.',
	'verdict.neverShare': 'In {share} of futures it never pulls ahead for good.',
	'verdict.singleStrategy': 'Add a second strategy to compare it with {baseline}.',
	'section.overTime': 'Month by month',
	'section.cohorts': 'Cohorts: who brings the revenue',
	'section.comparison': 'How much better, and why',
	'app.editorLabel': 'Scenario inputs',
	'app.skipToResults': 'Skip to results',
	'validation.greaterThan': 'Enter a value greater than {min}.',
	'validation.atLeast': 'Enter a value of at least {min}.',
	'validation.startingAboveMarket': 'Customers today cannot be more than the addressable market.',
	'validation.walletShareMax':
		'The highest share of wallet must be at least the starting and the new-customer share.',
	'validation.promoNegativePrice':
		'With the same offer for everyone, discount × months ÷ 12 may not exceed 100%: existing customers would pay a negative price.',
	'validation.duplicateId': 'Each strategy needs an id of its own.',
	'verdict.waiting': 'Running the first simulated futures…',
	'verdict.staleNote': 'Showing the last valid results while a field is invalid.',
	'kpi.title': 'Key figures (median of simulated futures)',
	'kpi.strategy': 'Strategy',
	'kpi.revenueMultiple': 'Revenue, last month ÷ first month',
	'kpi.paybackNever': 'not within the horizon',
	'kpi.monthsValue': '{months} months',
	'run.progressLabel': 'Simulation progress',
	'nav.model': 'Model & assumptions',
	'nav.simulator': 'Simulator',

	// ── Comparison with the baseline ──────────────────────────────────────────────────────────
	'comparison.title': 'Compared with {baseline}',
	'comparison.probabilityHigherNpv': 'Chance of a higher NPV',
	'comparison.npvDifference': 'NPV advantage',
	'comparison.breakEvenMonth': 'Month it pulls ahead for good',
	'comparison.neverShare': 'Never pulls ahead',
	'comparison.never': 'never',
	'comparison.sensitivityHelp':
		'Rank correlation between each uncertain input and the NPV advantage; the longer the bar, the more that input matters.',

	// ── Strategies ────────────────────────────────────────────────────────────────────────────
	'strategy.baseline': 'Baseline',
	'strategy.baselineHelp':
		'The first strategy is the baseline; every other strategy is compared with it.',
	'strategy.defaultName': 'Strategy {number}',
	'strategy.limit': 'A scenario holds at most {max} strategies.',
	'strategy.kind.acquisition': 'Acquisition-heavy',
	'strategy.kind.experience': 'Experience-led',

	// ── Actions (buttons) ─────────────────────────────────────────────────────────────────────
	'action.addStrategy': 'Add strategy',
	'action.remove': 'Remove',
	'action.copyLink': 'Copy link',
	'action.downloadJson': 'Download JSON',
	'action.openFile': 'Open file',
	'action.save': 'Save',
	'action.rename': 'Rename',
	'action.duplicate': 'Duplicate',
	'action.delete': 'Delete',
	'action.retry': 'Retry',
	'action.run': 'Run simulation',
	'action.cancel': 'Cancel',
	'action.close': 'Close',

	// ── Inputs ────────────────────────────────────────────────────────────────────────────────
	'input.low': 'Low',
	'input.likely': 'Likely',
	'input.high': 'High',
	'input.singleValue': 'Single value',
	'input.range': 'Range',
	'input.rangeHelp':
		'Give a low, a likely and a high value; each simulated future draws its own value from this range.',
	'input.on': 'On',
	'input.off': 'Off',

	// ── Run status ────────────────────────────────────────────────────────────────────────────
	'status.running': 'Running…',
	'status.progress': '{done} of {total} paths',
	'status.done': 'Done',
	'status.cancelled': 'Cancelled',
	'status.error': 'Error',
	'status.errorDetail': 'The simulation stopped: {message}',
	'status.outdated': 'Inputs changed; the results will update when the new run finishes.',

	// ── Validation ────────────────────────────────────────────────────────────────────────────
	'validation.invalidField': 'Invalid value:',
	'validation.fieldIssue': '{field}: {message}',
	'validation.issueCount': 'Fields to fix before the simulation can run: {count}.',
	'validation.required': 'This field is required.',
	'validation.number': 'Enter a number.',
	'validation.integer': 'Enter a whole number.',
	'validation.range': 'Enter a value from {min} to {max}.',
	'validation.pertOrder': 'Low must not exceed likely, and likely must not exceed high.',

	// ── Library of saved scenarios ────────────────────────────────────────────────────────────
	'library.title': 'Saved scenarios',
	'library.empty': 'No saved scenarios yet.',
	'library.saved': 'Saved “{name}”.',
	'library.savedAt': 'Saved {date}',
	'library.deleted': 'Deleted “{name}”.',
	'library.deleteConfirm': 'Delete “{name}”? This cannot be undone.',
	'library.renamePrompt': 'New name',
	'library.copyName': '{name} (copy)',
	'library.corruptSkipped': 'Saved entries that could not be read were skipped: {count}.',
	'library.storageFull':
		'Browser storage is full. Delete an old scenario or download this one as JSON.',
	'library.storageUnavailable':
		'This browser does not allow saving here; download the scenario as JSON instead.',

	// ── Shared links ──────────────────────────────────────────────────────────────────────────
	'link.copied': 'Link copied.',
	'link.copyFailed': 'The link could not be copied; copy it from the address bar instead.',
	'link.loaded': 'Scenario opened from the link.',
	'link.corrupt': 'This link is damaged and cannot be read.',
	'link.truncated': 'This link seems to be cut off; copy the whole link and try again.',
	'link.newerVersion':
		'This link was made by a newer version of the simulator (format {version}); reload the page to update.',
	'link.invalid': 'This link holds a scenario that breaks the rules: {details}',
	'link.tooLong': 'This link is very long and some apps may cut it; Download JSON is safer.',

	// ── Scenario files ────────────────────────────────────────────────────────────────────────
	'file.loaded': 'Opened “{name}”.',
	'file.corrupt': 'This file cannot be read as a scenario; it is not valid JSON.',
	'file.truncated': 'This file seems incomplete; it may have been cut off while saving.',
	'file.newerVersion':
		'This file was made by a newer version of the simulator (format {version}); reload the page to update.',
	'file.invalid': 'This file holds a scenario that breaks the rules: {details}',
	'file.wrongType': 'Choose a scenario file ending in .json.',
	'file.tooLarge': 'This file is too large to be a scenario file.',
	'file.readError': 'The file could not be opened: {details}',

	// ── Language ──────────────────────────────────────────────────────────────────────────────
	'language.label': 'Language',
	'language.en': 'English',
	'language.vi': 'Tiếng Việt',

	// ── Presets ───────────────────────────────────────────────────────────────────────────────
	'presets.label': 'Start from a preset',
	'presets.placeholder': 'Choose a preset…',
	'presets.loaded': 'Preset opened: {name}',
	'presets.custom': 'Your own scenario',

	// ── Monte Carlo precision ─────────────────────────────────────────────────────────────────
	'mc.title': 'Monte Carlo precision',
	'mc.paths': 'Paths',
	'mc.pathsHelp': 'Each path is one possible future, with its own draw of every uncertain input.',
	'mc.seed': 'Seed',
	'mc.standardError': 'Standard error',
	'mc.precisionNote':
		'Standard error of the mean NPV difference: {error}; more paths make it smaller.',
	'mc.bandPaths': 'Monthly bands use {bandPaths} of {paths} paths to save memory.',
	'mc.commonRandomNumbers':
		'Every strategy faces the same {paths} futures, so the differences come from the strategies, not from luck.',

	// ── Model & assumptions page ──────────────────────────────────────────────────────────────
	'model.title': 'Model & assumptions',
	'model.intro':
		'How the simulator turns a scenario into results: the mechanisms, the timing and the limits of what it can tell you.',
	'model.heading.compared': 'What is compared',
	'model.heading.timeline': 'Time and cohorts',
	'model.heading.month': 'One month, step by step',
	'model.heading.cx': 'CX quality and NPS',
	'model.heading.churn': 'Churn',
	'model.heading.acquisition': 'Acquisition and CAC',
	'model.heading.revenue': 'Revenue and share of wallet',
	'model.heading.costs': 'Costs, profit and NPV',
	'model.heading.metrics': 'Metrics',
	'model.heading.monteCarlo': 'Uncertainty and Monte Carlo',
	'model.heading.format': 'Scenario format',
	'model.heading.limits': 'Limits of the model',
	'model.heading.sources': 'Sources',

	// ── Share, save and teach ─────────────────────────────────────────────────────────────────
	'action.open': 'Open',
	'share.fileMenu': 'File',
	'share.invalidDraft':
		'Fix the fields marked in the form first: only a valid scenario can be shared, downloaded or saved.',
	'notice.keptCurrent': 'Your current scenario was kept.',
	'link.fallback': 'The default scenario is open instead; nothing saved was changed.',
	'link.unknownPreset':
		'This link asks for a built-in scenario called “{id}”, which does not exist.',
	'file.notScenario':
		'This is not a scenario file: it has no market, company or strategies to simulate. Open a .json file saved from this simulator with File → Download JSON.',
	'file.chooseLabel': 'Choose a scenario file (.json)',
	'library.nameLabel': 'Name',
	'library.opened': 'Opened “{name}”.',
	'library.renamed': 'Renamed to “{name}”.',
	'library.duplicated': 'Saved a copy: “{name}”.',
	'library.invalidName': 'A name must have 1 to {max} characters.',
	'library.notFound': 'This saved scenario no longer exists.',
	'library.removeSkipped': 'Delete unreadable entries',
	'library.removeSkippedConfirm': 'Delete {count} unreadable entries? This cannot be undone.',
	// ── Report, exports and class mode ────────────────────────────────────────────────────────
	'report.print': 'Print report',
	'report.actionsLabel': 'Report and downloads',
	'report.subtitle': 'Report',
	'report.rangesTitle': 'Uncertain inputs: the ranges behind the futures',
	'report.rangesNote':
		'Each simulated future draws every input below from its range; the likely value is the most common draw.',
	'report.printedOn': 'Printed {date}',
	'report.linkNote':
		'Open this link (or scan the code) to see the same scenario with exactly these numbers:',
	'export.resultJson': 'Result (JSON)',
	'export.pathsCsv': 'Per-path data (CSV)',
	'export.keyFiguresCsv': 'Key figures (CSV)',
	'export.preparing': 'Preparing…',
	'export.failed': 'The download could not be made; please try again.',
	'export.download': 'Download:',
	'export.chartGroup': 'Downloads of “{title}”',
	'export.pngLabel': 'Download “{title}” as a PNG picture',
	'export.svgLabel': 'Download “{title}” as an SVG picture',
	'export.csvLabel': 'Download the data of “{title}” as CSV',
	'exportUnit.perNewCustomer': '{currency} per new customer',
	'exportUnit.fractionPerMonth': 'fraction a month, 0–1',
	'exportUnit.fraction': 'fraction, 1 = 100%',
	'exportUnit.fractionOfReference': 'share of the reference month, 0–1',
	'exportUnit.referenceMonth': 'Reference month',
	'exportUnit.fieldPath': 'Field',
	'exportUnit.ratio': 'ratio',
	'exportUnit.figure': 'Figure (median)',
	'exportUnit.unit': 'Unit',
	'term.about': 'What does “{term}” mean?',
	'term.npv':
		'Net present value: all the cash a strategy brings in over the horizon minus what it spends, with later months counted for less (discounted at the scenario’s rate). The fairest single number for comparing strategies.',
	'term.churn': 'The share of customers who leave in a month, averaged over the horizon.',
	'term.clvToCac':
		'CLV (customer lifetime value) is the gross profit a new customer is expected to bring over their whole time as a customer. CLV:CAC divides it by what it cost to win them: below 1 a new customer loses money; 3 or more is healthy.',
	'term.payback':
		'Months until the gross profit from a new customer repays what it cost to win them. Payback only measures how fast that cost comes back, not how long customers stay: the winner can have the longer payback when its customers pay back a little more slowly at first but stay far longer, which NPV counts and payback does not.',
	'term.replacementRatio':
		'New customers won for each customer lost. Above 1 the base grows; a strategy that needs several new customers for every one it loses is running just to stand still.',
	'term.paths':
		'Each path is one possible future, with its own draw of every uncertain input and its own luck. More paths make the numbers steadier; they do not change what is likely.',
	'term.cacVsBlended':
		'CAC is what paid acquisition costs per customer it brings in. Blended CAC divides all acquisition spend by all new customers, including those who came through referrals at no cost, so it falls as word of mouth grows.',
	'term.nrr':
		'Net revenue retention: revenue this month from the customers who were already here twelve months ago, divided by what they paid then. Above 100% the existing base grows on its own, even after some customers leave.',
	'term.rankCorrelation':
		'How strongly an uncertain input moves the NPV difference, from −1 to 1. Near 0 it hardly matters; near +1 (or −1), futures with a higher value of that input almost always have a larger (or smaller) advantage.',
	'term.glossary': 'What the terms mean:',
	'term.cacVsBlendedLabel': 'CAC and blended CAC',
	'term.nrrLabel': 'NRR',
	'term.rankCorrelationLabel': 'Rank correlation',
	'term.npvLabel': 'NPV',
	'term.pathsLabel': 'Paths',
	'status.updating': 'Updating: these numbers will be replaced when the run finishes.',
	'class.title': 'Class mode',
	'class.open': 'Class mode',
	'class.chooseCase':
		'Choose a case to present. Each one runs in the background while the room makes its predictions.',
	'class.unknownCase': 'There is no class case called “{id}”. Choose one of these instead.',
	'class.backToSimulator': 'Back to the simulator',
	'class.stepsLabel': 'Steps of the case',
	'class.step.situation': 'Situation',
	'class.step.strategies': 'Two strategies',
	'class.step.predict': 'Your prediction',
	'class.step.reveal': 'The result',
	'class.step.debrief': 'Debrief',
	'class.fullscreen': 'Full screen',
	'class.exitFullscreen': 'Leave full screen',
	'class.exit': 'Open in the simulator',
	'class.previous': 'Back',
	'class.next': 'Next',
	'class.keys': '→ or Space: next · ←: back · F: full screen · Esc: leave full screen',
	'class.strategiesNote':
		'Both strategies are run over {years} years on the same {paths} simulated futures: the same luck, the same market, only the choices differ.',
	'class.predictIntro':
		'Before the run is shown, the class or each team writes down its guess: which strategy earns more, by how much, and how many customers each loses a month three years in.',
	'class.running': 'Simulating… {done} of {total} futures',
	'class.waitForRun': 'The result appears here once the run has finished.',
	'class.team': 'Team',
	'class.teamDefault': 'Class',
	'class.winner': 'Which strategy earns the higher NPV?',
	'class.advantage': 'By how much (NPV advantage, {currency})',
	'class.scaleLabel': 'Unit of the amount',
	'class.scale.one': '{currency}',
	'class.scale.thousand': 'thousand',
	'class.scale.million': 'million',
	'class.scale.billion': 'billion',
	'class.scale.trillion': 'trillion',
	'class.churn': 'Monthly churn of “{name}” in month {month}',
	'class.record': 'Record the guess',
	'class.recorded': 'Guesses recorded: {count}',
	'class.none': 'No guesses yet. They are kept only in this browser.',
	'class.removeTeam': 'Remove the guess of {team}',
	'class.clear': 'Clear all guesses',
	'class.clearConfirm': 'Clear every guess recorded for this case in this browser?',
	'class.needWinner': 'Choose the strategy you expect to win.',
	'class.badAdvantage': 'Write the advantage as an amount of {currency}, 0 or more.',
	'class.badChurn': 'Write the churn of “{name}” as a percentage from 0 to 100.',
	'class.guessesTitle': 'Your guesses against the run',
	'class.advantageShort': 'NPV advantage',
	'class.churnShort': 'Churn, month {month}: {name}',
	'class.actual': 'Simulation (median)',
	'class.closest': 'closest',
	'class.right': 'right',
	'class.wrong': 'wrong',
	'class.noGuesses': 'No guesses were recorded for this case.',
	'class.driversTitle': 'What drove the difference',
	'class.reportedTitle': 'What happened in the real case',
	'class.questionsTitle': 'Questions to discuss'
} as const;
