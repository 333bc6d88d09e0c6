/**
 * Revenue: more customers or more per customer (MODEL.md 10.2). Per month and path,
 * ΔR = ½(ARPU_b + ARPU_c)·ΔN + ½(N_b + N_c)·ΔARPU exactly (ARPU = revenue / N, 0 without
 * customers); the parts are discounted like the NPV and averaged over paths.
 */
import { PAIR_VALUES, row, type DecisionData } from './paths';

export interface RevenueSplit {
	/** Present value of the revenue difference due to the number of customers. */
	customers: number;
	/** Present value of the revenue difference due to revenue per customer. */
	perCustomer: number;
	/** Their sum: the present value of the revenue difference. */
	total: number;
}

function mean(values: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < values.length; i++) sum += values[i]!;
	return values.length > 0 ? sum / values.length : NaN;
}

export function revenueSplit(data: DecisionData, c: number): RevenueSplit {
	const P = data.shape.paths;
	const V = PAIR_VALUES.length;
	const customers = mean(row(data.pairs, (c - 1) * V + 0, P));
	const perCustomer = mean(row(data.pairs, (c - 1) * V + 1, P));
	return { customers, perCustomer, total: customers + perCustomer };
}
