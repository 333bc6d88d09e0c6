/**
 * Synthetic customer files drawn from known parameters, for recovery tests and examples.
 * Customers join uniformly over the last `windowMonths` months; each month of age a ≥ 1 they
 * leave with the engine's hazard (times `inContractMultiplier` while under a fixed term), so the
 * file is right-censored exactly as a real export is.
 */
import seedrandom from 'seedrandom';
import { engineHazard, type HazardParams } from '../../../src/lib/calibrate/fit';

export interface SyntheticOptions {
	customers: number;
	params: HazardParams;
	seed: string;
	/** Oldest possible tenure (default 72). */
	windowMonths?: number;
	/** Share of customers on a one-year contract (default 0: no contract column). */
	oneYearShare?: number;
	/** Hazard multiplier before month 12 for one-year contracts (default 1). */
	inContractMultiplier?: number;
}

/** One synthetic customer. */
export interface SyntheticCustomer {
	id: string;
	tenure: number;
	left: boolean;
	contract: 'Month-to-month' | 'One year';
	charge: number;
}

export function syntheticCustomers(options: SyntheticOptions): SyntheticCustomer[] {
	const rng = seedrandom.alea(options.seed);
	const window = options.windowMonths ?? 72;
	const out: SyntheticCustomer[] = [];
	for (let c = 0; c < options.customers; c++) {
		const observed = Math.floor(rng() * (window + 1));
		const fixed = rng() < (options.oneYearShare ?? 0);
		let tenure = observed;
		let left = false;
		for (let a = 1; a <= observed; a++) {
			let h = engineHazard(options.params, a);
			if (fixed && a < 12) h *= options.inContractMultiplier ?? 1;
			if (rng() < h) {
				tenure = a;
				left = true;
				break;
			}
		}
		out.push({
			id: `C${String(c + 1).padStart(6, '0')}`,
			tenure,
			left,
			contract: fixed ? 'One year' : 'Month-to-month',
			charge: Math.round((20 + rng() * 80) * 100) / 100
		});
	}
	return out;
}

/** A CSV in the style of the IBM Telco export: customerID, tenure, Contract, MonthlyCharges, Churn. */
export function telcoCsv(customers: readonly SyntheticCustomer[], withContract = true): string {
	const header = withContract
		? 'customerID,tenure,Contract,MonthlyCharges,Churn'
		: 'customerID,tenure,MonthlyCharges,Churn';
	const lines = customers.map((c) =>
		[c.id, c.tenure, ...(withContract ? [c.contract] : []), c.charge, c.left ? 'Yes' : 'No'].join(
			','
		)
	);
	return [header, ...lines].join('\n') + '\n';
}
