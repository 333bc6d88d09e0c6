/**
 * The life table of a customer file (MODEL.md section 9): for each age a ≥ 1 the customers at
 * risk n_a (tenure ≥ a), the leavers d_a (left with tenure a), the hazard d_a / n_a, and the
 * Kaplan–Meier survival with a 95% band.
 *
 * The band is Greenwood's variance on the log-log scale (Kalbfleisch & Prentice 2002, eq. 1.11):
 * var ln S(a) = Σ_{j ≤ a} d_j / (n_j (n_j − d_j)), and S(a)^{exp(±1.96 · √var / ln S(a))}. Unlike
 * the plain S ± 1.96·SE it stays inside [0, 1] and is not symmetric where S is near 1, which is
 * where a customer file's curve spends its first months.
 */
import type { CustomerTable } from './rows';

/** Two-sided 95% normal quantile. */
const Z95 = 1.959963984540054;

/** Customers and leavers by whole months of tenure (index = tenure in months). */
export interface TenureCounts {
	/** Customers with tenure t (left or not), at index t. */
	customers: Float64Array;
	/** Customers who left at age t, at index t. */
	leavers: Float64Array;
}

/** One age of a life table. */
export interface LifeTableRow {
	/** Age in months since joining (1 = the first month a customer can leave). */
	age: number;
	/** Customers who reached this age: tenure ≥ age. */
	atRisk: number;
	/** Customers who left at this age. */
	left: number;
	/** Monthly hazard left / atRisk. */
	hazard: number;
	/** Kaplan–Meier share still a customer after this age. */
	survival: number;
	/** Lower end of the 95% band of `survival`. */
	low: number;
	/** Upper end of the 95% band of `survival`. */
	high: number;
}

/**
 * Tenure counts of the customers of `table`, or of those on contract type `contract` only. The
 * arrays run to the longest tenure of the whole table, so counts of different contracts align.
 */
export function tenureCounts(table: CustomerTable, contract?: number): TenureCounts {
	let longest = 0;
	for (let i = 0; i < table.count; i++) longest = Math.max(longest, table.tenure[i]!);
	const customers = new Float64Array(longest + 1);
	const leavers = new Float64Array(longest + 1);
	for (let i = 0; i < table.count; i++) {
		if (contract !== undefined && table.contract[i] !== contract) continue;
		const t = table.tenure[i]!;
		customers[t]!++;
		if (table.left[i]) leavers[t]!++;
	}
	return { customers, leavers };
}

/** At-risk and leaver counts for ages 1 … longest tenure (index 0 = age 1). */
export function riskSets(counts: TenureCounts): { atRisk: Float64Array; left: Float64Array } {
	const ages = Math.max(0, counts.customers.length - 1);
	const atRisk = new Float64Array(ages);
	const left = new Float64Array(ages);
	let reached = 0;
	for (let a = ages; a >= 1; a--) {
		reached += counts.customers[a]!;
		atRisk[a - 1] = reached;
		left[a - 1] = counts.leavers[a]!;
	}
	return { atRisk, left };
}

/** The Kaplan–Meier life table for ages 1 … the last age anyone reached. */
export function lifeTable(counts: TenureCounts): LifeTableRow[] {
	const { atRisk, left } = riskSets(counts);
	const rows: LifeTableRow[] = [];
	let survival = 1;
	let greenwood = 0;
	for (let i = 0; i < atRisk.length; i++) {
		const n = atRisk[i]!;
		if (n === 0) break;
		const d = left[i]!;
		const hazard = d / n;
		survival *= 1 - hazard;
		greenwood = d < n ? greenwood + d / (n * (n - d)) : Infinity;
		let low = survival;
		let high = survival;
		if (survival > 0 && survival < 1 && Number.isFinite(greenwood)) {
			const spread = (Z95 * Math.sqrt(greenwood)) / Math.log(survival);
			low = survival ** Math.exp(-spread);
			high = survival ** Math.exp(spread);
		} else if (survival === 0) {
			high = 0;
		}
		rows.push({ age: i + 1, atRisk: n, left: d, hazard, survival, low, high });
	}
	return rows;
}
