/**
 * Rows of a customer file → customer records (MODEL.md section 9). A row that cannot be read is
 * never dropped silently: it becomes a `RowProblem` naming the row, the column, the cell and a
 * problem code (the page and the CLI turn codes into sentences through the i18n catalogues).
 *
 * Records are kept in growable typed arrays, so a million customers cost a few megabytes and the
 * life table is one pass over them.
 */
import {
	dateShape,
	readChurnFlag,
	readContractMonths,
	readDate,
	wholeMonths,
	type ColumnRole,
	type DateShape,
	type DayNumber,
	type MappingChoice
} from './columns';

/** Why a row was skipped. */
export type RowProblemCode =
	| 'fieldCount'
	| 'blank'
	| 'notNumber'
	| 'negative'
	| 'notWhole'
	| 'notDate'
	| 'mixedDates'
	| 'future'
	| 'endBeforeStart'
	| 'notFlag'
	| 'notContract'
	| 'leftWithoutEnd'
	| 'duplicateId';

/** One skipped row. `row` counts lines as a spreadsheet does: the header is row 1. */
export interface RowProblem {
	row: number;
	code: RowProblemCode;
	/** Header of the column at fault ('' for the row as a whole). */
	column: string;
	/** The cell as written (cut to 40 characters), or a count for `fieldCount`. */
	value: string;
	/** A second detail: the expected field count, the column's date format, the snapshot date. */
	expected?: string;
}

/** Most problems listed one by one; beyond, only counted (rows − customers). */
export const MAX_LISTED_PROBLEMS = 10_000;

/** One contract type found in the file. */
export interface ContractType {
	/** The label as first written in the file ("One year"). */
	label: string;
	/** Term in months; 0 = month-to-month. */
	months: number;
}

/** Every customer read from a file, column by column. */
export interface CustomerTable {
	/** Data rows read (the header and empty lines excluded). */
	rows: number;
	/** Customers kept. */
	count: number;
	/** Whole months as a customer, per customer. */
	tenure: Int32Array;
	/** 1 when the customer left, per customer. */
	left: Uint8Array;
	/** Monthly charge per customer; NaN where the cell was blank or there is no charge column. */
	charge: Float64Array;
	/** Index into `contracts` per customer; 0 when there is no contract column. */
	contract: Uint16Array;
	/** Contract types in order of first appearance (empty without a contract column). */
	contracts: ContractType[];
	/** Skipped rows, the first MAX_LISTED_PROBLEMS of them. */
	problems: RowProblem[];
	/** Kept customers whose charge cell was blank. */
	blankCharges: number;
	/** Kept customers with a blank charge and tenure 0 (brand-new: exports often leave it blank). */
	blankChargesNew: number;
}

function cut(text: string): string {
	return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** A money cell: `29.85`, `$1,234.50`, `1.234,50`, `29,85`; undefined when not a number. */
export function readMoney(cell: string): number | undefined {
	let text = cell.trim().replace(/[\s\u00a0$€£¥₫]|VND|USD|EUR|đ/gi, '');
	if (text === '') return undefined;
	const comma = text.lastIndexOf(',');
	const dot = text.lastIndexOf('.');
	if (comma >= 0 && dot >= 0) {
		// The later separator is the decimal one.
		text = comma > dot ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '');
	} else if (comma >= 0) {
		text = /^-?\d{1,3}(,\d{3})+$/.test(text) ? text.replace(/,/g, '') : text.replace(',', '.');
	}
	if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return undefined;
	return Number(text);
}

/** What the reader needs besides the rows. */
export interface ReadOptions {
	/** Which column says what, and the date order. */
	choice: MappingChoice;
	/**
	 * The day the data describes, for customers still active when there is no snapshot column,
	 * and the limit beyond which a date is "in the future" (the caller passes today or the
	 * export date; the library never reads the clock).
	 */
	asOf: DayNumber;
}

class Growable {
	tenure = new Int32Array(1024);
	left = new Uint8Array(1024);
	charge = new Float64Array(1024);
	contract = new Uint16Array(1024);
	count = 0;

	push(tenure: number, left: boolean, charge: number, contract: number): void {
		if (this.count === this.tenure.length) this.grow();
		const i = this.count++;
		this.tenure[i] = tenure;
		this.left[i] = left ? 1 : 0;
		this.charge[i] = charge;
		this.contract[i] = contract;
	}

	private grow(): void {
		const size = this.tenure.length * 2;
		const tenure = new Int32Array(size);
		tenure.set(this.tenure);
		const left = new Uint8Array(size);
		left.set(this.left);
		const charge = new Float64Array(size);
		charge.set(this.charge);
		const contract = new Uint16Array(size);
		contract.set(this.contract);
		Object.assign(this, { tenure, left, charge, contract });
	}
}

/** Signals a skipped row from deep inside the cell readers. */
class Skip {
	constructor(readonly problem: Omit<RowProblem, 'row'>) {}
}

/**
 * Reads data rows one at a time (`add`), in file order, and hands over the table (`finish`).
 * The header row must already have been checked against the mapping (see `mappingProblems`).
 */
export class CustomerReader {
	readonly #headers: readonly string[];
	readonly #index: Partial<Record<ColumnRole, number>> = {};
	readonly #options: ReadOptions;
	readonly #records = new Growable();
	readonly #problems: RowProblem[] = [];
	readonly #contracts: ContractType[] = [];
	readonly #contractByMonths = new Map<number, number>();
	readonly #ids = new Set<string>();
	/** The shape of the first date read in each date column: later ones must match it. */
	readonly #shapes: Partial<Record<ColumnRole, DateShape>> = {};
	#rows = 0;
	#blankCharges = 0;
	#blankChargesNew = 0;

	constructor(headers: readonly string[], options: ReadOptions) {
		this.#headers = headers;
		this.#options = options;
		for (const [role, column] of Object.entries(options.choice.columns)) {
			const index = headers.indexOf(column);
			if (index >= 0) this.#index[role as ColumnRole] = index;
		}
	}

	/** Data rows read so far. */
	get rows(): number {
		return this.#rows;
	}

	/** Reads one data row; `row` is its number in the file (the header is row 1). */
	add(cells: readonly string[], row: number): void {
		if (cells.length === 1 && cells[0]!.trim() === '') return; // an empty line is no customer
		this.#rows++;
		try {
			this.#read(cells);
		} catch (error) {
			if (!(error instanceof Skip)) throw error;
			if (this.#problems.length < MAX_LISTED_PROBLEMS)
				this.#problems.push({ row, ...error.problem });
		}
	}

	/** The customers read, trimmed to their count. */
	finish(): CustomerTable {
		const r = this.#records;
		return {
			rows: this.#rows,
			count: r.count,
			tenure: r.tenure.slice(0, r.count),
			left: r.left.slice(0, r.count),
			charge: r.charge.slice(0, r.count),
			contract: r.contract.slice(0, r.count),
			contracts: this.#contracts,
			problems: this.#problems,
			blankCharges: this.#blankCharges,
			blankChargesNew: this.#blankChargesNew
		};
	}

	#read(cells: readonly string[]): void {
		if (cells.length !== this.#headers.length) {
			throw new Skip({
				code: 'fieldCount',
				column: '',
				value: String(cells.length),
				expected: String(this.#headers.length)
			});
		}
		const id = this.#cell(cells, 'id');
		if (id !== undefined && id.text !== '') {
			if (this.#ids.has(id.text)) throw new Skip({ code: 'duplicateId', ...id.where });
		}
		const left = this.#left(cells);
		const tenure = this.#tenure(cells, left);
		const charge = this.#charge(cells);
		const contract = this.#contract(cells);
		if (id !== undefined && id.text !== '') this.#ids.add(id.text);
		if (Number.isNaN(charge)) {
			this.#blankCharges++;
			if (tenure === 0) this.#blankChargesNew++;
		}
		// A customer cannot leave in the month it joined (MODEL.md section 3): one that left
		// within its first month left at age 1.
		this.#records.push(left ? Math.max(1, tenure) : tenure, left, charge, contract);
	}

	#cell(cells: readonly string[], role: ColumnRole) {
		const index = this.#index[role];
		if (index === undefined) return undefined;
		const raw = cells[index]!;
		return { text: raw.trim(), where: { column: this.#headers[index]!, value: cut(raw.trim()) } };
	}

	#required(cells: readonly string[], role: ColumnRole) {
		const cell = this.#cell(cells, role)!;
		if (cell.text === '') throw new Skip({ code: 'blank', ...cell.where });
		return cell;
	}

	#left(cells: readonly string[]): boolean {
		if (this.#index.churn !== undefined) {
			const cell = this.#required(cells, 'churn');
			const flag = readChurnFlag(cell.text);
			if (flag === undefined) throw new Skip({ code: 'notFlag', ...cell.where });
			return flag;
		}
		return this.#cell(cells, 'end')!.text !== '';
	}

	#date(cells: readonly string[], role: ColumnRole): DayNumber | undefined {
		const cell = this.#cell(cells, role);
		if (cell === undefined || cell.text === '') return undefined;
		const shape = dateShape(cell.text);
		const first = this.#shapes[role];
		if (shape !== undefined && first !== undefined && shape !== first) {
			throw new Skip({ code: 'mixedDates', ...cell.where, expected: first });
		}
		const day = readDate(cell.text, this.#options.choice.dateOrder);
		if (day === undefined || shape === undefined) {
			throw new Skip({ code: 'notDate', ...cell.where, expected: this.#options.choice.dateOrder });
		}
		this.#shapes[role] ??= shape;
		return day;
	}

	#tenure(cells: readonly string[], left: boolean): number {
		// Dates are checked whenever they are mapped, even when a tenure column gives the months.
		const start = this.#date(cells, 'start');
		const end = this.#date(cells, 'end');
		const snapshot = this.#date(cells, 'snapshot');
		const asOf = this.#options.asOf;
		const limit = snapshot ?? asOf;
		if (snapshot !== undefined && snapshot > asOf) this.#future(cells, 'snapshot', asOf);
		if (start !== undefined && start > limit) this.#future(cells, 'start', limit);
		if (end !== undefined && end > limit) this.#future(cells, 'end', limit);
		if (start !== undefined && end !== undefined && end < start) {
			throw new Skip({ code: 'endBeforeStart', ...this.#cell(cells, 'end')!.where });
		}
		if (this.#index.tenure !== undefined) {
			const cell = this.#required(cells, 'tenure');
			const months = readMoney(cell.text);
			if (months === undefined) throw new Skip({ code: 'notNumber', ...cell.where });
			if (months < 0) throw new Skip({ code: 'negative', ...cell.where });
			if (!Number.isInteger(months)) throw new Skip({ code: 'notWhole', ...cell.where });
			return months;
		}
		if (start === undefined)
			throw new Skip({ code: 'blank', ...this.#cell(cells, 'start')!.where });
		if (left) {
			if (end === undefined) {
				throw new Skip({
					code: 'leftWithoutEnd',
					...(this.#cell(cells, 'end') ?? this.#cell(cells, 'churn')!).where
				});
			}
			return wholeMonths(start, end);
		}
		return wholeMonths(start, limit);
	}

	#future(cells: readonly string[], role: ColumnRole, limit: DayNumber): never {
		const y = Math.floor(limit / 10000);
		const m = String(Math.floor(limit / 100) % 100).padStart(2, '0');
		const d = String(limit % 100).padStart(2, '0');
		throw new Skip({
			code: 'future',
			...this.#cell(cells, role)!.where,
			expected: `${y}-${m}-${d}`
		});
	}

	#charge(cells: readonly string[]): number {
		const cell = this.#cell(cells, 'charge');
		if (cell === undefined || cell.text === '') return NaN;
		const charge = readMoney(cell.text);
		if (charge === undefined) throw new Skip({ code: 'notNumber', ...cell.where });
		if (charge < 0) throw new Skip({ code: 'negative', ...cell.where });
		return charge;
	}

	#contract(cells: readonly string[]): number {
		if (this.#index.contract === undefined) return 0;
		const cell = this.#required(cells, 'contract');
		const months = readContractMonths(cell.text);
		if (months === undefined) throw new Skip({ code: 'notContract', ...cell.where });
		let index = this.#contractByMonths.get(months);
		if (index === undefined) {
			index = this.#contracts.length;
			this.#contracts.push({ label: cell.text, months });
			this.#contractByMonths.set(months, index);
		}
		return index;
	}
}
