/** The numbers a link fixture pins: the verdict and the medians a reader would quote. */
import type { SimulationResult } from '../../../src/lib/sim/types';

export function fixtureNumbers(result: SimulationResult) {
	return {
		paths: result.paths,
		probabilityHigherNpv: result.comparisons.map((c) => c.probabilityHigherNpv),
		npvDifferenceMedian: result.comparisons.map((c) => c.npvDifference.p50),
		npvMedian: result.strategies.map((s) => s.totals.npv.p50),
		endCustomersMedian: result.strategies.map((s) => s.totals.endCustomers.p50),
		revenueLastMonthMedian: result.strategies.map(
			(s) => s.monthly.revenue.p50[result.horizonMonths - 1]
		)
	};
}
