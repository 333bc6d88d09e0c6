/**
 * What a contract column says (MODEL.md section 9): the lock-in share of the active customers,
 * and the in-contract churn multiplier as the hazard ratio fixed-term / month-to-month over the
 * ages below each term.
 *
 * The ratio is standardised (an SMR, as in epidemiology): observed leavers of the fixed-term
 * customers at ages 1 … term − 1, over the leavers expected had they churned at the month-to-
 * month hazard of the same ages. Comparing crude rates instead would mix in the age profile:
 * fixed-term customers are mostly older, and older customers churn less anyway.
 */
import { riskSets, type TenureCounts } from './life-table';

/** Tenure counts of one contract type. */
export interface ContractCounts {
	/** Term in months; 0 = month-to-month. */
	months: number;
	counts: TenureCounts;
}

/**
 * Fixed-term hazard over month-to-month hazard at the ages below each term; undefined when the
 * file has no month-to-month customers, no fixed-term ones, or no month-to-month leavers at
 * those ages to compare with.
 */
export function inContractHazardRatio(groups: readonly ContractCounts[]): number | undefined {
	const flexible = groups.filter((g) => g.months === 0);
	const fixed = groups.filter((g) => g.months > 1);
	if (flexible.length === 0 || fixed.length === 0) return undefined;
	const reference = riskSets(flexible[0]!.counts);
	let observed = 0;
	let expected = 0;
	for (const group of fixed) {
		const { atRisk, left } = riskSets(group.counts);
		for (let i = 0; i < Math.min(group.months - 1, atRisk.length); i++) {
			const n = reference.atRisk[i] ?? 0;
			if (n === 0) continue;
			observed += left[i]!;
			expected += atRisk[i]! * (reference.left[i]! / n);
		}
	}
	return expected > 0 ? observed / expected : undefined;
}
