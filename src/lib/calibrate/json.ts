/**
 * The public JSON of a calibration (`npm run sim -- calibrate … --json`), schema 1:
 * `{ schema, rows, customers, active, left, skipped, startingCustomers, arpuMonthly,
 * lockInShare, lifeTable, byContract, fit, sbg, scenarioPatch }`. Reasons are English sentences;
 * survival arrays start at age 1.
 */
import type { Calibration } from './calibrate';
import { rowProblemText } from './messages';

/** The JSON document of a calibration. */
export function calibrationJson(c: Calibration) {
	return {
		schema: 1 as const,
		rows: c.rows,
		customers: c.customers,
		active: c.active,
		left: c.left,
		skipped: c.problems.map((p) => ({ row: p.row, reason: rowProblemText('en', p) })),
		startingCustomers: c.startingCustomers,
		arpuMonthly: c.arpuMonthly,
		lockInShare: c.lockInShare,
		lifeTable: c.lifeTable,
		byContract: c.byContract.map((g) => ({
			contract: g.contract,
			customers: g.customers,
			left: g.left,
			lifeTable: g.lifeTable
		})),
		fit: c.fit,
		sbg: c.sbg,
		scenarioPatch: c.scenarioPatch
	};
}
