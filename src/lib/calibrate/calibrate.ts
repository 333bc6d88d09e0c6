/**
 * From customer records to everything the calibration shows (MODEL.md section 9): counts, the
 * life tables, the engine fit with bootstrap ranges, the sBG cross-check, the contract estimates,
 * the charge distribution and the scenario patch. Pure and deterministic: the same table, seed
 * and resample count give the same numbers.
 */
import { bin, max, min } from 'd3';
import { BOOTSTRAP_RESAMPLES, CountResampler, percentileRange, type Range } from './bootstrap';
import { inContractHazardRatio, type ContractCounts } from './contracts';
import { engineSurvival, fitEngineHazard, type HazardParams } from './fit';
import {
	lifeTable,
	riskSets,
	tenureCounts,
	type LifeTableRow,
	type TenureCounts
} from './life-table';
import { calibrationPatch, type ScenarioPatch } from './patch';
import type { CustomerTable, RowProblem } from './rows';
import { fitSbg, sbgSurvival } from './sbg';

export type { Range } from './bootstrap';

/** Ages every projected survival curve covers at least (for S(12), S(24), S(36)). */
export const PROJECTION_MONTHS = 36;

/** One contract type's customers and life table. */
export interface ContractSummary {
	/** The label as written in the file. */
	contract: string;
	/** Term in months; 0 = month-to-month. */
	months: number;
	customers: number;
	active: number;
	left: number;
	lifeTable: LifeTableRow[];
}

/** One bar of the monthly-charge distribution. */
export interface ChargeBin {
	x0: number;
	x1: number;
	/** Active customers with a charge in [x0, x1). */
	active: number;
	/** Customers who left with a charge in [x0, x1). */
	left: number;
}

/** The engine fit: each value as a range, the log-likelihood and the fitted survival. */
export interface EngineFitSummary {
	matureChurnMonthly: Range;
	earlyChurnMultiplier: Range;
	earlyChurnDecayMonths: Range;
	logLikelihood: number;
	/** S(1), S(2), … of the fitted hazard (index 0 = age 1), to max(last age, 36). */
	survival: number[];
}

/** The sBG cross-check. */
export interface SbgSummary {
	alpha: number;
	beta: number;
	logLikelihood: number;
	/** S(1), S(2), … (index 0 = age 1), to max(last age, 36). */
	survival: number[];
}

/** Everything a calibration found. */
export interface Calibration {
	rows: number;
	customers: number;
	active: number;
	left: number;
	/** Skipped rows (the first MAX_LISTED_PROBLEMS; `rows − customers` of them in all). */
	problems: RowProblem[];
	/** Customers kept although their charge was blank, and how many of them were brand-new. */
	blankCharges: number;
	blankChargesNew: number;
	startingCustomers: number;
	/** Mean monthly charge of the active customers with a charge; null without any. */
	arpuMonthly: number | null;
	/** Share of active customers on fixed-term contracts; null without a contract column. */
	lockInShare: number | null;
	lifeTable: LifeTableRow[];
	byContract: ContractSummary[];
	chargeBins: ChargeBin[];
	fit: EngineFitSummary;
	sbg: SbgSummary;
	/** Hazard ratio fixed-term / month-to-month below the term; null when it cannot be measured. */
	inContractChurnMultiplier: Range | null;
	/** Bootstrap resamples behind every range. */
	resamples: number;
	scenarioPatch: ScenarioPatch;
}

/** Settings of a calibration. */
export interface CalibrationOptions {
	/** Bootstrap resamples (default 200). */
	resamples?: number;
	/** Seed of the bootstrap stream (default "1"). */
	seed?: string;
	/** Called after each resample with (done, total). */
	onProgress?: (done: number, total: number) => void;
}

/** A file whose rows were all skipped, or that holds no customer at all. */
export class NoCustomersError extends Error {
	constructor(readonly rows: number) {
		super(`none of the ${rows} rows could be read`);
	}
}

function activeCount(table: CustomerTable, predicate: (i: number) => boolean = () => true) {
	let n = 0;
	for (let i = 0; i < table.count; i++) if (!table.left[i] && predicate(i)) n++;
	return n;
}

function meanActiveCharge(table: CustomerTable): number | null {
	let sum = 0;
	let n = 0;
	for (let i = 0; i < table.count; i++) {
		const charge = table.charge[i]!;
		if (table.left[i] || Number.isNaN(charge)) continue;
		sum += charge;
		n++;
	}
	return n > 0 ? sum / n : null;
}

function chargeBins(table: CustomerTable): ChargeBin[] {
	const values: number[] = [];
	const leftFlags: number[] = [];
	for (let i = 0; i < table.count; i++) {
		if (Number.isNaN(table.charge[i]!)) continue;
		values.push(table.charge[i]!);
		leftFlags.push(table.left[i]!);
	}
	if (values.length === 0) return [];
	const indices = values.map((_, i) => i);
	const lo = min(values)!;
	const hi = max(values)!;
	const bins = bin<number, number>()
		.value((i) => values[i]!)
		.domain(lo === hi ? [lo, lo + 1] : [lo, hi])
		.thresholds(24)(indices);
	return bins.map((b) => {
		let left = 0;
		for (const i of b) left += leftFlags[i]!;
		return { x0: b.x0!, x1: b.x1!, active: b.length - left, left };
	});
}

function sumCounts(groups: readonly TenureCounts[]): TenureCounts {
	const length = groups[0]!.customers.length;
	const customers = new Float64Array(length);
	const leavers = new Float64Array(length);
	for (const g of groups) {
		for (let t = 0; t < length; t++) {
			customers[t]! += g.customers[t]!;
			leavers[t]! += g.leavers[t]!;
		}
	}
	return { customers, leavers };
}

/** Calibrates on a table of customers; throws NoCustomersError when it holds none. */
export function calibrate(table: CustomerTable, options: CalibrationOptions = {}): Calibration {
	if (table.count === 0) throw new NoCustomersError(table.rows);
	const resamples = options.resamples ?? BOOTSTRAP_RESAMPLES;
	const groups: TenureCounts[] =
		table.contracts.length > 0
			? table.contracts.map((_, j) => tenureCounts(table, j))
			: [tenureCounts(table)];
	const all = sumCounts(groups);
	const contractCounts = (gs: readonly TenureCounts[]): ContractCounts[] =>
		table.contracts.map((c, j) => ({ months: c.months, counts: gs[j]! }));

	const risk = riskSets(all);
	const fit = fitEngineHazard(risk.atRisk, risk.left);
	const sbg = fitSbg(risk.atRisk, risk.left);
	const ratio =
		table.contracts.length > 0 ? inContractHazardRatio(contractCounts(groups)) : undefined;

	const estimates: Record<keyof HazardParams | 'ratio', number[]> = {
		matureChurnMonthly: [],
		earlyChurnMultiplier: [],
		earlyChurnDecayMonths: [],
		ratio: []
	};
	const resampler = new CountResampler(groups, options.seed ?? '1');
	for (let r = 0; r < resamples; r++) {
		const drawn = resampler.draw();
		const counts = riskSets(sumCounts(drawn));
		const refit = fitEngineHazard(counts.atRisk, counts.left, fit.params);
		for (const key of Object.keys(refit.params) as (keyof HazardParams)[]) {
			estimates[key].push(refit.params[key]);
		}
		if (ratio !== undefined) {
			const again = inContractHazardRatio(contractCounts(drawn));
			if (again !== undefined) estimates.ratio.push(again);
		}
		options.onProgress?.(r + 1, resamples);
	}

	const table1 = lifeTable(all);
	const ages = Math.max(table1.length, PROJECTION_MONTHS);
	const active = activeCount(table);
	const fixedActive =
		table.contracts.length > 0
			? activeCount(table, (i) => table.contracts[table.contract[i]!]!.months > 0)
			: 0;
	const range = (key: keyof HazardParams) => percentileRange(fit.params[key], estimates[key]);
	const summary: Omit<Calibration, 'scenarioPatch'> = {
		rows: table.rows,
		customers: table.count,
		active,
		left: table.count - active,
		problems: table.problems,
		blankCharges: table.blankCharges,
		blankChargesNew: table.blankChargesNew,
		startingCustomers: active,
		arpuMonthly: meanActiveCharge(table),
		lockInShare: table.contracts.length > 0 && active > 0 ? fixedActive / active : null,
		lifeTable: table1,
		byContract: table.contracts.map((c, j) => {
			const g = groups[j]!;
			let customers = 0;
			let left = 0;
			for (let t = 0; t < g.customers.length; t++) {
				customers += g.customers[t]!;
				left += g.leavers[t]!;
			}
			return {
				contract: c.label,
				months: c.months,
				customers,
				active: customers - left,
				left,
				lifeTable: lifeTable(g)
			};
		}),
		chargeBins: chargeBins(table),
		fit: {
			matureChurnMonthly: range('matureChurnMonthly'),
			earlyChurnMultiplier: range('earlyChurnMultiplier'),
			earlyChurnDecayMonths: range('earlyChurnDecayMonths'),
			logLikelihood: fit.logLikelihood,
			survival: engineSurvival(fit.params, ages)
		},
		sbg: { ...sbg, survival: sbgSurvival(sbg.alpha, sbg.beta, ages) },
		inContractChurnMultiplier: ratio === undefined ? null : percentileRange(ratio, estimates.ratio),
		resamples
	};
	return { ...summary, scenarioPatch: calibrationPatch(summary) };
}
