import type { MonthlyMetric } from '$lib/sim/types';

/** The monthly metrics the page draws as bands (others are summarised as means only). */
export const DRAWN_METRICS: readonly MonthlyMetric[] = [
	'revenue',
	'customers',
	'churnRate',
	'cac',
	'blendedCac',
	'nrr',
	'nps',
	'cumulativeCash'
];
