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
	'validation.issueCount': 'Fields to fix before the simulation can run: {count}.',

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
	// ── Validation rules, translated by rule code (scenario/issue-codes.ts) ──────────────────
	'issue.theScenario': 'The scenario',
	'issue.rangeText.closed': 'a value from {min} to {max}',
	'issue.rangeText.aboveMin': 'a value above {min} and at most {max}',
	'issue.rangeText.integer': 'a whole number from {min} to {max}',
	'issue.number.required': '{field} is required: enter {range}.',
	'issue.number.invalid': '{field}: enter {range}.',
	'issue.number.outOfRange': '{field} must be {range}.',
	'issue.number.notInteger': '{field} must be {range}, without decimals.',
	'issue.range.order': '{field}: low must not exceed likely, and likely must not exceed high.',
	'issue.field.unknown': '“{field}” is not a field of the scenario format.',
	'issue.object.invalid': '{field} must be a section with its own fields.',
	'issue.text.length': '{field} must have {min} to {max} characters.',
	'issue.id.format': '{field} must have 1 to {max} characters from a–z, 0–9 and “-”.',
	'issue.id.duplicate':
		'{field}: each strategy needs a code of its own; strategy {first} already has this one.',
	'issue.currency.code': '{field} must be a three-letter ISO 4217 code such as USD or VND.',
	'issue.seed.format': '{field} must be a text of 1 to {max} characters or a whole number.',
	'issue.boolean.invalid': '{field} must be on or off.',
	'issue.schema.version': '{field}: this app reads scenarios of format version {version} only.',
	'issue.strategies.count': '{field}: a scenario holds {min} to {max} strategies.',
	'issue.promo.negativePrice':
		'{field} may be at most {limit} when everyone gets the offer for {months} months: above that, discount × months ÷ 12 exceeds 100% and existing customers would pay a negative price.',
	'issue.wallet.maxBelowStart':
		'{field} must be a value from {least} to 100%: at least the starting and the new-customer share.',
	'issue.market.startingAboveMarket':
		'{field} may be at most the addressable market ({addressable}).',
	'issue.scenario.unreadable': '{field} could not be read.',
	'status.nonFinite':
		'The simulation produced a number too large to compute ({quantity}, {strategy}): some inputs are too extreme. Lower the largest values and run again.',
	// ── Decide: decision analytics ────────────────────────────────────────────────────────────
	'decide.title': 'Decide',
	'decide.intro':
		'Why the verdict comes out as it does, how to split the budget, and what is worth measuring before deciding.',
	'decide.paths':
		'On the first {paths} of the run’s {runPaths} futures: the same futures and random numbers as the charts above, {variants} strategy variants on each.',
	'decide.running': 'Working out the decision analytics… {done} of {total} blocks',
	'decide.waiting': 'The decision analytics start when the run is complete.',
	'decide.failed': 'The decision analytics failed: {message}',
	'decide.retry': 'Try again',
	'decide.line.grossMargin': 'Gross margin on revenue',
	'decide.line.costToServe': 'Cost to serve',
	'decide.line.acquisitionSpend': 'Acquisition spend',
	'decide.line.cxSpend': 'CX investment',
	'decide.line.retentionProgramme': 'Retention programme',
	'decide.line.npv': 'NPV difference',
	'decide.waterfall.title': 'Where the NPV difference comes from: {challenger} vs {baseline}',
	'decide.waterfall.axis': 'Present value ({currency})',
	'decide.waterfall.up': 'Adds to NPV',
	'decide.waterfall.down': 'Takes from NPV',
	'decide.waterfall.total': 'Total difference',
	'decide.waterfall.range': 'p5–p95 across futures',
	'decide.outcomes.title': 'What changes for customers',
	'decide.outcome.endCustomers': 'Customers at the end',
	'decide.outcome.customersKept': 'Customers kept by lower churn',
	'decide.outcome.contactsAvoided': 'Service contacts avoided',
	'decide.outcome.referrals': 'Extra referred customers',
	'decide.outcome.walletShare': 'Share of wallet at the end, after discounts',
	'decide.split.title': 'Revenue difference, present value',
	'decide.split.customers': 'From more customers',
	'decide.split.perCustomer': 'From more per customer',
	'decide.split.total': 'Revenue difference',
	'decide.levers.title': 'Which levers make the difference',
	'decide.levers.note':
		'Shapley values: each lever’s average effect when switched from {baseline} to {challenger} in every order. They add up to the mean NPV difference.',
	'decide.lever.acquisition': 'Acquisition budget and its growth',
	'decide.lever.cx': 'CX investment',
	'decide.lever.price': 'Price increases',
	'decide.lever.promo': 'Promotion',
	'decide.lever.lockIn': 'Lock-in contracts',
	'decide.lever.retention': 'Proactive retention',
	'decide.levers.none': 'The two strategies set every lever the same way.',
	'decide.case.title': 'Business case: {challenger} instead of {baseline}',
	'decide.case.item': 'Item',
	'decide.case.initial': 'Initial',
	'decide.case.year': 'Year {year}',
	'decide.case.pv': 'Present value',
	'decide.case.benefits': 'Benefits',
	'decide.case.costs': 'Costs',
	'decide.case.totalBenefits': 'Total benefits',
	'decide.case.totalCosts': 'Total costs',
	'decide.case.net': 'Net benefit (mean)',
	'decide.case.p10': 'Net benefit, p10 (downside)',
	'decide.case.p50': 'Net benefit, p50',
	'decide.case.p90': 'Net benefit, p90 (upside)',
	'decide.case.roi': 'ROI: net present value over present value of costs',
	'decide.case.roiValue': '{mean} (p10 {p10}, p90 {p90})',
	'decide.case.payback': 'Payback month (mean cash)',
	'decide.case.never': 'not within the horizon',
	'decide.case.note':
		'Differences from {baseline}, means over the futures unless marked. The p10 / p50 / p90 rows take the place of a fixed risk haircut. The model books no up-front outlay, so the initial column is zero.',
	'decide.sentence.gain':
		'Choosing {challenger} over {baseline} adds {npv} of present value on average (p10 {p10}, p90 {p90}) and gives a higher NPV in {probability} of futures;',
	'decide.sentence.loss':
		'Choosing {challenger} over {baseline} costs {npv} of present value on average (p10 {p10}, p90 {p90}) and gives a higher NPV in only {probability} of futures;',
	'decide.sentence.payback': 'its extra cash pays back in month {month}.',
	'decide.sentence.noPayback': 'its cash does not pull ahead within the horizon.',
	'decide.frontier.title': 'Budget frontier',
	'decide.frontier.strategy': 'Strategy',
	'decide.frontier.steps': 'Steps',
	'decide.frontier.intro':
		'{strategy}: its monthly budget of {budget} split between acquisition and CX in {steps} steps, everything else unchanged.',
	'decide.frontier.best':
		'Best split: {share} of the budget to CX, the best of the {steps} on {often} of futures.',
	'decide.frontier.axisX': 'Share of the budget to CX (%)',
	'decide.frontier.axisY': 'NPV ({currency})',
	'decide.frontier.axisP': 'P(higher NPV than {baseline}) (%)',
	'decide.frontier.outer': 'NPV p5–p95',
	'decide.frontier.inner': 'NPV p25–p75',
	'decide.frontier.mean': 'Mean NPV',
	'decide.frontier.probability': 'P(higher NPV than {baseline})',
	'decide.frontier.bestMark': 'Best split',
	'decide.frontier.running': 'Computing the frontier… {done} of {total} blocks',
	'decide.frontier.noBudget': 'This strategy has no budget to split.',
	'decide.voi.title': 'What is worth measuring before deciding',
	'decide.voi.intro':
		'Knowing every input exactly before choosing would be worth {evpi} (EVPI). Each bar is what knowing one input exactly would be worth (EVPPI), beside how strongly it moves the NPV difference.',
	'decide.voi.axis': 'EVPPI ({currency})',
	'decide.voi.none':
		'One strategy has the higher NPV on every future: no measurement could change the choice.',
	'decide.voi.noneSingle':
		'No single input, known exactly, would change the choice on its own: what is uncertain matters only in combination.',
	'decide.voi.chart': 'Value of knowing each input exactly (EVPPI)',
	'decide.voi.top': 'Largest {count} of {total} inputs',
	'decide.pilot.title': 'Pilot planner',
	'decide.pilot.intro':
		'A two-arm test (control and treatment) that detects a change in churn over the measurement period, two-sided.',
	'decide.pilot.input': 'Input the test measures',
	'decide.pilot.from': 'Churn over the period, control (%)',
	'decide.pilot.to': 'Churn over the period, treatment (%)',
	'decide.pilot.alpha': 'Significance level α (%)',
	'decide.pilot.power': 'Power (%)',
	'decide.pilot.available': 'Customers who can join per month',
	'decide.pilot.months': 'Measurement period (months)',
	'decide.pilot.cost': 'Cost per treated customer per month ({currency})',
	'decide.pilot.perArm': 'Customers per arm',
	'decide.pilot.total': 'Customers in the test',
	'decide.pilot.duration': 'How long it runs',
	'decide.pilot.durationValue': '{enrol} to enrol + {measure} to measure = {total} months',
	'decide.pilot.testCost': 'Cost of the test',
	'decide.pilot.evppi': 'Value of knowing this input (EVPPI)',
	'decide.pilot.worth': 'The test costs less than the answer is worth.',
	'decide.pilot.notWorth':
		'The test costs more than the answer is worth: decide without it, or find a cheaper test.',
	'decide.pilot.range': 'Must be from {min} to {max}.',
	'decide.pilot.differ': 'The two churn values must differ.',
	'decide.pilot.defaults':
		'Starting values: the mean monthly churn of {baseline} and {challenger} in this run, over the measurement period.',
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
	// ── Calibration from a customer file ──────────────────────────────────────────────────────
	'calib.title': 'Import customers',
	'calib.intro':
		'Fit the scenario to your own customers: one row per customer, with tenure in months (or start and end dates) and whether they left. The file is read in this browser and never leaves it; only the fitted values enter the scenario.',
	'calib.choose': 'Choose a customer file',
	'calib.drop': 'or drop a CSV or TSV file here',
	'calib.fileName': 'File: {name}',
	'calib.reading': 'Reading rows… {percent}',
	'calib.fitting': 'Fitting: {done} of {total} resamples',
	'calib.progressLabel': 'Progress of the import',
	'calib.mapping.title': 'Columns',
	'calib.mapping.help':
		'Detected from the header row. Correct a column if it is wrong, then read the file again.',
	'calib.mapping.none': '— none —',
	'calib.mapping.reread': 'Read again',
	'calib.role.id': 'Customer id',
	'calib.role.tenure': 'Tenure (months)',
	'calib.role.start': 'Start date',
	'calib.role.end': 'End date',
	'calib.role.snapshot': 'Snapshot date',
	'calib.role.churn': 'Left (churn flag)',
	'calib.role.charge': 'Monthly charge',
	'calib.role.contract': 'Contract',
	'calib.dateOrder': 'Date order',
	'calib.dateOrder.ymd': 'year, month, day',
	'calib.dateOrder.dmy': 'day, month, year',
	'calib.dateOrder.mdy': 'month, day, year',
	'calib.asOf': 'Data as of',
	'calib.mapping.noTenure':
		'No column gives the tenure: choose a tenure (months) column or a start date.',
	'calib.mapping.noChurn': 'No column says who left: choose a churn flag or an end date.',
	'calib.mapping.unknownColumn': 'The file has no column “{column}”.',
	'calib.mapping.duplicateColumn': 'Column “{column}” is chosen for two roles.',
	'calib.file.empty': 'The file is empty.',
	'calib.file.notText': 'This is not a text file. Choose a CSV or TSV file saved as UTF-8 text.',
	'calib.file.spreadsheet':
		'This is a spreadsheet workbook, not a text file. Save it as CSV first.',
	'calib.file.headerOnly': 'The file has a header row but no customer rows.',
	'calib.file.delimiter':
		'The header row has a single column (“{header}”): the columns must be separated by commas, semicolons, tabs or |.',
	'calib.file.noCustomers': 'None of the {rows} rows could be read; the reasons are listed below.',
	'calib.file.unreadable': 'The file could not be read: {reason}',
	'calib.problem.fieldCount': 'has {value} fields where the header has {expected}',
	'calib.problem.blank': '{column} is blank',
	'calib.problem.notNumber': '{column} is not a number: “{value}”',
	'calib.problem.negative': '{column} is negative: {value}',
	'calib.problem.notWhole': '{column} must be a whole number of months: {value}',
	'calib.problem.notDate': '{column} is not a date written {expected}: “{value}”',
	'calib.problem.mixedDates':
		'{column} mixes date formats: “{value}” is not written like the column’s first date ({expected})',
	'calib.problem.future': '{column} {value} is after {expected}, the date of the data',
	'calib.problem.endBeforeStart': '{column} {value} is before the start date',
	'calib.problem.notFlag':
		'{column} is not a churn flag (yes/no, true/false, 1/0, churned/active): “{value}”',
	'calib.problem.notContract':
		'{column} is not month-to-month, a term in years or a number of months: “{value}”',
	'calib.problem.leftWithoutEnd': 'marked as left, but {column} is blank',
	'calib.problem.duplicateId': 'customer {value} in {column} appears on an earlier row',
	'calib.summary': '{rows} rows: {customers} customers, {active} active and {left} who left.',
	'calib.skippedCount': '{count} rows skipped',
	'calib.skippedMore': 'The first {shown} are listed.',
	'calib.skipped.row': 'Row',
	'calib.skipped.reason': 'Reason',
	'calib.blankCharges':
		'Customers with a blank monthly charge: {count} ({fresh} of them new this month). They count as customers but not in the ARPU.',
	'calib.dataTitle': 'What the data says',
	'calib.chart.retention': 'Share still customers, by months since joining',
	'calib.chart.retentionSummary':
		'Kaplan–Meier retention from the file: {s12} still customers after 12 months; the engine fit says {f12} and the sBG model {b12}.',
	'calib.chart.byContract': 'Retention by contract type',
	'calib.chart.byContractSummary': 'Kaplan–Meier retention of each contract type in the file.',
	'calib.chart.hazard': 'Monthly churn by tenure',
	'calib.chart.hazardSummary':
		'Share of customers at each age who left that month, with the fitted engine hazard.',
	'calib.chart.contractChurn': 'Churn by contract',
	'calib.chart.contractChurnSummary': 'Share of the customers of each contract type who left.',
	'calib.chart.charges': 'Monthly charges',
	'calib.chart.chargesSummary': 'How many active customers and leavers pay each monthly charge.',
	'calib.axis.months': 'Months since joining',
	'calib.axis.retained': 'Still customers',
	'calib.axis.hazard': 'Left that month',
	'calib.axis.customers': 'Customers',
	'calib.axis.charge': 'Monthly charge (currency of the file)',
	'calib.axis.leftShare': 'Share who left',
	'calib.atRisk': 'At risk',
	'calib.legend.km': 'Kaplan–Meier (data)',
	'calib.legend.band': '95% band',
	'calib.legend.fit': 'Engine fit',
	'calib.legend.sbg': 'sBG cross-check',
	'calib.legend.active': 'Active',
	'calib.legend.left': 'Left',
	'calib.fitTitle': 'The fit',
	'calib.fit.value': 'Value',
	'calib.fit.low': 'Low',
	'calib.fit.likely': 'Likely',
	'calib.fit.high': 'High',
	'calib.fit.note':
		'Maximum likelihood on the life table; low and high bound a 90% interval from {resamples} bootstrap resamples of the customers.',
	'calib.compare.title': 'Cross-check of the two models',
	'calib.compare.model': 'Model',
	'calib.compare.logLikelihood': 'Log-likelihood',
	'calib.compare.at': 'S({months})',
	'calib.compare.km': 'Kaplan–Meier (data)',
	'calib.compare.fit': 'Engine hazard',
	'calib.compare.sbg': 'Shifted-beta-geometric',
	'calib.value.startingCustomers': 'Starting customers (active today)',
	'calib.value.arpu': 'ARPU (mean monthly charge of active customers)',
	'calib.value.lockInShare': 'Lock-in share (active customers on fixed terms)',
	'calib.value.inContract': 'In-contract churn multiplier (fixed-term / month-to-month)',
	'calib.apply': 'Apply to scenario',
	'calib.applied': 'Applied: {count} fields of the scenario changed.',
	'calib.unchanged': 'The scenario already holds these values.',
	'calib.undo': 'Undo',
	'calib.undone': 'The scenario is back to what it was before the calibration.',
	'calib.change.field': 'Field',
	'calib.change.before': 'Before',
	'calib.change.after': 'After',
	'calib.noLockIn':
		'No strategy has a lock-in contract, so the lock-in share and in-contract churn are not applied.',

	// ── Worker watchdog ──────────────────────────────────────────────────────────────────────
	'run.workerStalled':
		'The simulation stopped responding: a background worker quit without a word, and a fresh one did not finish either. Your scenario is unchanged; try again.',

	// ── Speed and precision ────────────────────────────────────────────────────────────────
	'speed.pathsInSeconds': '{paths} paths in {seconds} s',
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
