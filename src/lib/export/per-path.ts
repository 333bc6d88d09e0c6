/**
 * The raw data of a run, one row per simulated future (path): the path index, the seed, every
 * strategy's totals (NPV first) and break-even month, and the value every uncertain input drew
 * on that path. Headings are the model's names (the CLI's JSON keys and the scenario's field
 * paths) with units, the same in every language, so the file can be checked against `--json`.
 */
import type { Accumulator } from '../sim/blocks';
import { TOTALS, type Total } from '../sim/types';
import type { FieldUnit } from '../scenario/fields';
import { unitOfPath } from './assumptions';
import { heading, toCsv, type Cell, type CsvTable } from './csv';

/** Totals in the order of the export: NPV first (what most readers check), then the rest. */
const EXPORT_TOTALS: readonly Total[] = ['npv', ...TOTALS.filter((t) => t !== 'npv')];

/** The unit of each total, in words a spreadsheet reader understands. */
function totalUnit(total: Total, currency: string): string {
	switch (total) {
		case 'revenue':
		case 'contribution':
		case 'npv':
		case 'clvNew':
			return currency;
		case 'endCustomers':
			return 'customers';
		case 'averageChurnRate':
			return 'fraction a month';
		case 'clvToCac':
			return 'ratio';
		case 'paybackMonths':
			return 'months';
		case 'replacementRatio':
			return 'new per lost customer';
	}
}

/** The unit of a drawn input. */
function inputUnit(unit: FieldUnit, currency: string): string {
	switch (unit) {
		case 'money':
			return currency;
		case 'fraction':
		case 'rate':
			return 'fraction';
		case 'count':
			return 'customers';
		case 'months':
			return 'months';
		case 'nps':
			return 'NPS points';
		case 'multiplier':
			return 'multiplier';
		case 'number':
			return 'number';
	}
}

/** The per-path table of a finished (or partly folded) accumulator: its first `paths` paths. */
export function perPathTable(acc: Accumulator, paths = acc.completedPaths): CsvTable {
	const { scenario } = acc;
	const currency = scenario.currency;
	const header = ['path', 'seed'];
	const columns: { data: Float64Array; offset: number }[] = [];
	scenario.strategies.forEach((strategy, s) => {
		for (const total of EXPORT_TOTALS) {
			header.push(heading(`${strategy.id}.${total}`, totalUnit(total, currency)));
			columns.push({
				data: acc.totals,
				offset: (s * TOTALS.length + TOTALS.indexOf(total)) * acc.paths
			});
		}
		if (s > 0) {
			header.push(heading(`${strategy.id}.breakEvenMonth`, 'month; empty = never'));
			columns.push({ data: acc.breakEven, offset: s * acc.paths });
		}
	});
	acc.parameterNames.forEach((name, j) => {
		header.push(heading(name, inputUnit(unitOfPath(name), currency)));
		columns.push({ data: acc.parameters, offset: j * acc.paths });
	});
	const seed = String(scenario.seed);
	const rows: Cell[][] = [];
	for (let p = 0; p < paths; p++) {
		const row: Cell[] = [p, seed];
		for (const column of columns) row.push(column.data[column.offset + p]);
		rows.push(row);
	}
	return { header, rows };
}

/** The per-path table as CSV text. */
export function perPathCsv(acc: Accumulator): string {
	return toCsv(perPathTable(acc));
}
