/**
 * Which column of a customer file says what (MODEL.md section 9): automatic detection from the
 * header, the rules a mapping must satisfy, and the reading of the cells whose meaning depends
 * on the column (churn flags, contract terms, dates).
 *
 * Headers are compared after normalisation (lower case, accents, spaces and punctuation
 * removed), so `MonthlyCharges`, `monthly_charge` and `Monthly charge` all match.
 */

/** What a column can say about a customer. */
export type ColumnRole =
	'id' | 'tenure' | 'start' | 'end' | 'snapshot' | 'churn' | 'charge' | 'contract';

/** Every role, in the order the mapping panel lists them. */
export const COLUMN_ROLES: readonly ColumnRole[] = [
	'id',
	'tenure',
	'start',
	'end',
	'snapshot',
	'churn',
	'charge',
	'contract'
];

/** How day, month and year are ordered in the date cells of the file. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/** Every date order, for the mapping panel. */
export const DATE_ORDERS: readonly DateOrder[] = ['ymd', 'dmy', 'mdy'];

/** Role → header name. A role without a column is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, string>>;

/** The mapping of a file and how to read its dates. */
export interface MappingChoice {
	columns: ColumnMapping;
	dateOrder: DateOrder;
}

/** A file-level problem with a mapping (a required column that is missing). */
export interface MappingProblem {
	code: 'noTenure' | 'noChurn' | 'unknownColumn' | 'duplicateColumn';
	column?: string;
}

/** Lower case, no accents, no spaces or punctuation: `Monthly Charges` → `monthlycharges`. */
export function normaliseHeader(header: string): string {
	return header
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/đ/gi, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]/g, '');
}

/**
 * Normalised headers that announce each role, best first. An exact match wins over a header
 * that merely contains a pattern (`customerid` before `id`).
 */
const HEADER_PATTERNS: Record<ColumnRole, readonly string[]> = {
	id: ['customerid', 'clientid', 'accountid', 'subscriberid', 'userid', 'makhachhang', 'id'],
	tenure: ['tenure', 'tenuremonths', 'monthsactive', 'lifetimemonths', 'months', 'sothang'],
	start: [
		'startdate',
		'signupdate',
		'joindate',
		'joineddate',
		'activationdate',
		'createdat',
		'start',
		'ngaybatdau'
	],
	end: [
		'enddate',
		'churndate',
		'canceldate',
		'cancellationdate',
		'terminationdate',
		'leftdate',
		'end',
		'ngayketthuc'
	],
	snapshot: ['snapshotdate', 'asofdate', 'asof', 'snapshot', 'extractdate'],
	churn: ['churn', 'churned', 'exited', 'left', 'ischurned', 'churnflag', 'status', 'roibo'],
	charge: [
		'monthlycharges',
		'monthlycharge',
		'monthlyfee',
		'monthlyrevenue',
		'monthlyspend',
		'mrr',
		'arpu',
		'charge',
		'price'
	],
	contract: ['contract', 'contracttype', 'contractterm', 'term', 'plan', 'hopdong']
};

/** The mapping guessed from a header row; each header is used for one role at most. */
export function detectColumns(headers: readonly string[]): ColumnMapping {
	const normalised = headers.map(normaliseHeader);
	const taken = new Set<number>();
	const mapping: ColumnMapping = {};
	const claim = (role: ColumnRole, match: (header: string, pattern: string) => boolean) => {
		if (mapping[role] !== undefined) return;
		for (const pattern of HEADER_PATTERNS[role]) {
			const index = normalised.findIndex((h, i) => !taken.has(i) && match(h, pattern));
			if (index >= 0) {
				taken.add(index);
				mapping[role] = headers[index]!;
				return;
			}
		}
	};
	// Exact names first for every role, so `Contract` is not claimed as part of something else.
	for (const role of COLUMN_ROLES) claim(role, (h, p) => h === p);
	for (const role of COLUMN_ROLES) {
		// `id` as a substring would match too much (`paid`, `valid`); only exact for it.
		claim(role, (h, p) => p !== 'id' && p.length >= 4 && h.includes(p));
	}
	return mapping;
}

/** What is wrong with a mapping for these headers; empty when the file can be read with it. */
export function mappingProblems(
	mapping: ColumnMapping,
	headers: readonly string[]
): MappingProblem[] {
	const problems: MappingProblem[] = [];
	const seen = new Set<string>();
	for (const role of COLUMN_ROLES) {
		const column = mapping[role];
		if (column === undefined) continue;
		if (!headers.includes(column)) problems.push({ code: 'unknownColumn', column });
		else if (seen.has(column)) problems.push({ code: 'duplicateColumn', column });
		seen.add(column);
	}
	if (mapping.tenure === undefined && mapping.start === undefined)
		problems.push({ code: 'noTenure' });
	if (mapping.churn === undefined && mapping.end === undefined) problems.push({ code: 'noChurn' });
	return problems;
}

// Normalised words of a churn flag; Vietnamese exports write "Có" / "Không" or a status.
const LEFT_WORDS = new Set([
	...['yes', 'y', 'true', '1', 'churned', 'left', 'cancelled', 'canceled', 'inactive', 'closed'],
	...['co', 'roibo', 'dahuy', 'ngung']
]);
const STAYED_WORDS = new Set([
	...['no', 'n', 'false', '0', 'active', 'current', 'retained', 'stayed', 'open'],
	...['khong', 'conhoatdong', 'danghoatdong']
]);

/** A churn flag: true = left, false = still a customer, undefined = not a flag. */
export function readChurnFlag(cell: string): boolean | undefined {
	const word = normaliseHeader(cell);
	if (LEFT_WORDS.has(word)) return true;
	if (STAYED_WORDS.has(word)) return false;
	return undefined;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };

/**
 * A contract cell as a term in months: 0 for month-to-month (or no contract), 12 for "One year",
 * 24 for "Two year", n for "n months" or a bare number; undefined when it says none of these.
 */
export function readContractMonths(cell: string): number | undefined {
	const text = cell.trim().toLowerCase();
	const word = normaliseHeader(text);
	if (
		[
			'monthtomonth',
			'monthly',
			'none',
			'nocontract',
			'rolling',
			'flexible',
			'hangthang',
			'khonghopdong'
		].includes(word)
	)
		return 0;
	if (['annual', 'yearly', 'year', 'hangnam'].includes(word)) return 12;
	if (word === 'biennial') return 24;
	const match =
		/^(\d+(?:[.,]\d+)?|one|two|three|four|five)\s*-?\s*(years?|yrs?|nam|năm|months?|mos?|m|thang|tháng)?$/.exec(
			text
		);
	if (!match) return undefined;
	const amount = NUMBER_WORDS[match[1]!] ?? Number(match[1]!.replace(',', '.'));
	const unit = match[2] ?? 'months';
	const months = /^(y|n)/.test(unit) ? amount * 12 : amount;
	return Number.isInteger(months) && months >= 0 && months <= 240 ? months : undefined;
}

/** The shape of a date cell, before its order is known. */
export type DateShape = 'iso' | 'slash' | 'dot' | 'dash';

const DATE_PATTERNS: Record<DateShape, RegExp> = {
	iso: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/,
	slash: /^(\d{1,4})\/(\d{1,2})\/(\d{1,4})$/,
	dot: /^(\d{1,4})\.(\d{1,2})\.(\d{1,4})$/,
	dash: /^(\d{1,2})-(\d{1,2})-(\d{4})$/
};

/** The shape of a date cell, or undefined when it does not look like a date. */
export function dateShape(cell: string): DateShape | undefined {
	const text = cell.trim();
	for (const shape of Object.keys(DATE_PATTERNS) as DateShape[]) {
		if (DATE_PATTERNS[shape].test(text)) return shape;
	}
	return undefined;
}

/** A calendar day as a whole number: year·10000 + month·100 + day (comparable, no time zone). */
export type DayNumber = number;

function isRealDay(year: number, month: number, day: number): boolean {
	if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return false;
	const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
	return day <= days;
}

/**
 * A date cell as a day number under a date order; undefined when it is not a real date in that
 * order (13/01/2024 under month-first). ISO dates (`2024-01-31`) are always year-first.
 */
export function readDate(cell: string, order: DateOrder): DayNumber | undefined {
	const text = cell.trim();
	const shape = dateShape(text);
	if (shape === undefined) return undefined;
	const parts = DATE_PATTERNS[shape].exec(text)!;
	const a = Number(parts[1]);
	const b = Number(parts[2]);
	const c = Number(parts[3]);
	let year: number, month: number, day: number;
	if (shape === 'iso' || parts[1]!.length === 4) [year, month, day] = [a, b, c];
	else if (order === 'mdy') [year, month, day] = [c, a, b];
	else [year, month, day] = [c, b, a];
	return isRealDay(year, month, day) ? year * 10000 + month * 100 + day : undefined;
}

/** `2024-03-05` as a day number (for the "as of" date passed in by the caller). */
export function dayFromIso(iso: string): DayNumber | undefined {
	return readDate(iso, 'ymd');
}

/** A day number as `YYYY-MM-DD`. */
export function isoFromDay(day: DayNumber): string {
	const y = Math.floor(day / 10000);
	const m = Math.floor(day / 100) % 100;
	const d = day % 100;
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole months from `start` to `end` (a month counts once its day of the month is reached). */
export function wholeMonths(start: DayNumber, end: DayNumber): number {
	const y1 = Math.floor(start / 10000);
	const m1 = Math.floor(start / 100) % 100;
	const d1 = start % 100;
	const y2 = Math.floor(end / 10000);
	const m2 = Math.floor(end / 100) % 100;
	const d2 = end % 100;
	return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/**
 * The date order that reads every sample cell (slash, dot or dash dates), from the first field
 * above 12: a day in front means day-first, in the middle month-first. Day-first when the
 * samples cannot tell (most of the world writes dates so).
 */
export function detectDateOrder(samples: Iterable<string>): DateOrder {
	let dayFirst = false;
	let monthFirst = false;
	let yearFirst = false;
	for (const sample of samples) {
		const text = sample.trim();
		const shape = dateShape(text);
		if (shape === undefined) continue;
		if (shape === 'iso') {
			yearFirst = true;
			continue;
		}
		const parts = DATE_PATTERNS[shape].exec(text)!;
		if (parts[1]!.length === 4) {
			yearFirst = true;
			continue;
		}
		if (Number(parts[1]) > 12) dayFirst = true;
		if (Number(parts[2]) > 12) monthFirst = true;
	}
	if (monthFirst && !dayFirst) return 'mdy';
	if (dayFirst || !yearFirst) return 'dmy';
	return 'ymd';
}
