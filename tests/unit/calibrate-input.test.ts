/** Reading customer files: column detection, cell readers, and every class of bad input. */
import { describe, expect, it } from 'vitest';
import {
	dayFromIso,
	detectColumns,
	detectDateOrder,
	mappingProblems,
	readChurnFlag,
	readContractMonths,
	readDate,
	wholeMonths
} from '../../src/lib/calibrate/columns';
import { fileProblemText, rowProblemText } from '../../src/lib/calibrate/messages';
import {
	CustomerFileError,
	readCustomerBytes,
	readCustomerText,
	type FileProblem
} from '../../src/lib/calibrate/parse';
import { readMoney } from '../../src/lib/calibrate/rows';

const AS_OF = dayFromIso('2025-06-30')!;
const read = (text: string) => readCustomerText(text, AS_OF);
const bytes = (text: string) => new TextEncoder().encode(text);

function fileProblem(run: () => unknown): FileProblem {
	try {
		run();
	} catch (error) {
		if (error instanceof CustomerFileError) return error.problem;
		throw error;
	}
	throw new Error('no CustomerFileError');
}

describe('column detection', () => {
	it('maps the IBM Telco export', () => {
		const headers = [
			'customerID',
			'gender',
			'tenure',
			'PhoneService',
			'Contract',
			'PaperlessBilling'
		];
		headers.push('MonthlyCharges', 'TotalCharges', 'Churn');
		expect(detectColumns(headers)).toEqual({
			id: 'customerID',
			tenure: 'tenure',
			churn: 'Churn',
			charge: 'MonthlyCharges',
			contract: 'Contract'
		});
	});

	it('maps dates, snake case, spaces and Vietnamese headers', () => {
		expect(
			detectColumns([
				'Customer ID',
				'start_date',
				'End Date',
				'snapshot_date',
				'monthly_fee',
				'plan'
			])
		).toEqual({
			id: 'Customer ID',
			start: 'start_date',
			end: 'End Date',
			snapshot: 'snapshot_date',
			charge: 'monthly_fee',
			contract: 'plan'
		});
		expect(detectColumns(['Mã khách hàng', 'Số tháng', 'Rời bỏ', 'Hợp đồng'])).toEqual({
			id: 'Mã khách hàng',
			tenure: 'Số tháng',
			churn: 'Rời bỏ',
			contract: 'Hợp đồng'
		});
	});

	it('does not take an unrelated header for an id', () => {
		expect(detectColumns(['paid', 'valid', 'tenure', 'Churn']).id).toBeUndefined();
	});

	it('requires tenure (or a start date) and a churn flag (or an end date)', () => {
		const headers = ['a', 'b'];
		expect(mappingProblems({}, headers).map((p) => p.code)).toEqual(['noTenure', 'noChurn']);
		expect(mappingProblems({ start: 'a', end: 'b' }, headers)).toEqual([]);
		expect(mappingProblems({ tenure: 'a', churn: 'a' }, headers)).toEqual([
			{ code: 'duplicateColumn', column: 'a' }
		]);
		expect(mappingProblems({ tenure: 'x', churn: 'b' }, headers)).toEqual([
			{ code: 'unknownColumn', column: 'x' }
		]);
	});
});

describe('cell readers', () => {
	it.each([
		['Yes', true],
		['no', false],
		['TRUE', true],
		['false', false],
		['1', true],
		['0', false],
		['Churned', true],
		['Active', false],
		['Có', true],
		['Không', false],
		['maybe', undefined]
	])('churn flag %s → %s', (cell, flag) => {
		expect(readChurnFlag(cell)).toBe(flag);
	});

	it.each([
		['Month-to-month', 0],
		['One year', 12],
		['Two year', 24],
		['2 years', 24],
		['12 months', 12],
		['6', 6],
		['annual', 12],
		['1 năm', 12],
		['forever', undefined],
		['-3', undefined]
	])('contract %s → %s months', (cell, months) => {
		expect(readContractMonths(cell)).toBe(months);
	});

	it('reads dates in each order and refuses impossible days', () => {
		expect(readDate('2024-02-29', 'dmy')).toBe(20240229);
		expect(readDate('2023-02-29', 'ymd')).toBeUndefined();
		expect(readDate('03/04/2024', 'dmy')).toBe(20240403);
		expect(readDate('03/04/2024', 'mdy')).toBe(20240304);
		expect(readDate('13/04/2024', 'mdy')).toBeUndefined();
		expect(readDate('2024/04/13', 'mdy')).toBe(20240413);
		expect(readDate('yesterday', 'dmy')).toBeUndefined();
		expect(detectDateOrder(['01/02/2024', '25/02/2024'])).toBe('dmy');
		expect(detectDateOrder(['01/02/2024', '02/25/2024'])).toBe('mdy');
		expect(detectDateOrder(['2024-01-02'])).toBe('ymd');
	});

	it('counts whole months as a calendar does', () => {
		expect(wholeMonths(20240115, 20240214)).toBe(0);
		expect(wholeMonths(20240115, 20240215)).toBe(1);
		expect(wholeMonths(20231231, 20250101)).toBe(12);
	});

	it('reads money written in several conventions', () => {
		expect(readMoney('29.85')).toBe(29.85);
		expect(readMoney('$1,234.50')).toBe(1234.5);
		expect(readMoney('1.234,50 €')).toBe(1234.5);
		expect(readMoney('29,85')).toBe(29.85);
		expect(readMoney('150.000 ₫')).toBe(150);
		expect(readMoney('abc')).toBeUndefined();
	});
});

describe('a good file', () => {
	it('reads tenure and flags, with semicolons and a byte-order mark', () => {
		const { table, choice } = read('\uFEFFid;tenure;Churn\na;3;Yes\nb;0;No\n\nc;12;No\n');
		expect(choice.columns).toMatchObject({ id: 'id', tenure: 'tenure', churn: 'Churn' });
		expect(table.rows).toBe(3);
		expect([...table.tenure]).toEqual([3, 0, 12]);
		expect([...table.left]).toEqual([1, 0, 0]);
	});

	it('derives tenure from dates: end date for leavers, snapshot (or the as-of date) for the rest', () => {
		const text = [
			'id,start,end,snapshot',
			'a,2024-01-10,2024-04-09,2025-01-31',
			'b,2024-01-10,,2025-01-31',
			'c,2024-01-10,,'
		].join('\n');
		const { table } = read(text);
		expect([...table.tenure]).toEqual([2, 12, 17]);
		expect([...table.left]).toEqual([1, 0, 0]);
	});

	it('counts a customer who left in its first month as leaving at age 1', () => {
		const { table } = read('tenure,Churn\n0,Yes\n0,No\n');
		expect([...table.tenure]).toEqual([1, 0]);
	});

	it('keeps customers with a blank charge and counts them (brand-new ones separately)', () => {
		const { table } = read('tenure,MonthlyCharges,Churn\n0,,No\n5,,No\n7,30,Yes\n');
		expect(table.count).toBe(3);
		expect(table.blankCharges).toBe(2);
		expect(table.blankChargesNew).toBe(1);
		expect(Number.isNaN(table.charge[0]!)).toBe(true);
	});

	it('groups contracts by term and keeps the first label', () => {
		const { table } = read(
			'tenure,Contract,Churn\n1,One year,No\n2,Month-to-month,No\n3,12 months,Yes\n'
		);
		expect(table.contracts).toEqual([
			{ label: 'One year', months: 12 },
			{ label: 'Month-to-month', months: 0 }
		]);
		expect([...table.contract]).toEqual([0, 1, 0]);
	});
});

describe('bad rows are skipped with the row, the column and the reason', () => {
	const cases: [string, string, string, RegExp][] = [
		[
			'negative tenure',
			'id,tenure,Churn\na,1,No\nb,-3,Yes\n',
			'negative',
			/^tenure is negative: -3$/
		],
		[
			'non-numeric tenure',
			'id,tenure,Churn\na,1,No\nb,ten,No\n',
			'notNumber',
			/tenure is not a number: “ten”/
		],
		[
			'fractional tenure',
			'id,tenure,Churn\na,1,No\nb,2.5,No\n',
			'notWhole',
			/whole number of months: 2\.5/
		],
		['blank tenure', 'id,tenure,Churn\na,1,No\nb,,No\n', 'blank', /^tenure is blank$/],
		['blank churn flag', 'id,tenure,Churn\na,1,No\nb,4,\n', 'blank', /^Churn is blank$/],
		[
			'unknown flag',
			'id,tenure,Churn\na,1,No\nb,4,perhaps\n',
			'notFlag',
			/Churn is not a churn flag .*“perhaps”/
		],
		[
			'negative charge',
			'id,tenure,MonthlyCharges,Churn\na,1,5,No\nb,4,-5,No\n',
			'negative',
			/MonthlyCharges is negative/
		],
		[
			'unknown contract',
			'id,tenure,Contract,Churn\na,1,One year,No\nb,4,lifetime,No\n',
			'notContract',
			/Contract is not month-to-month.*“lifetime”/
		],
		[
			'too few fields',
			'id,tenure,Churn\na,1,No\nb,4\n',
			'fieldCount',
			/has 2 fields where the header has 3/
		],
		[
			'duplicate id',
			'id,tenure,Churn\na,1,No\na,4,No\n',
			'duplicateId',
			/customer a in id appears on an earlier row/
		],
		[
			'end before start',
			'id,start,end\na,2024-01-01,2024-03-01\nb,2024-05-01,2024-03-01\n',
			'endBeforeStart',
			/end 2024-03-01 is before the start date/
		],
		[
			'date in the future',
			'id,start,end\na,2024-01-01,\nb,2026-01-01,\n',
			'future',
			/start 2026-01-01 is after 2025-06-30, the date of the data/
		],
		[
			'end after the snapshot',
			'id,start,end,snapshot\na,2024-01-01,,2025-01-01\nb,2024-01-01,2025-03-01,2025-01-01\n',
			'future',
			/end 2025-03-01 is after 2025-01-01/
		],
		[
			'mixed date formats',
			'id,start,end\na,2024-01-01,\nb,03/02/2024,\n',
			'mixedDates',
			/start mixes date formats: “03\/02\/2024” .*\(YYYY-MM-DD\)/
		],
		[
			'impossible date',
			'id,start,end\na,2024-01-01,\nb,2024-02-30,\n',
			'notDate',
			/start is not a date written YYYY-MM-DD: “2024-02-30”/
		],
		[
			'left without an end date',
			'id,start,end,Churn\na,2024-01-01,,No\nb,2024-01-01,,Yes\n',
			'leftWithoutEnd',
			/marked as left, but end is blank/
		]
	];

	it.each(cases)('%s', (_, text, code, message) => {
		const { table } = read(text);
		expect(table.count).toBe(1);
		expect(table.rows).toBe(2);
		expect(table.problems).toHaveLength(1);
		const problem = table.problems[0]!;
		expect(problem.row).toBe(3); // header = row 1, so the second data row is row 3
		expect(problem.code).toBe(code);
		expect(rowProblemText('en', problem)).toMatch(message);
		expect(rowProblemText('vi', problem)).not.toBe(rowProblemText('en', problem));
	});

	it('numbers rows as the file does, counting empty lines', () => {
		const { table } = read('tenure,Churn\n1,No\n\n\n-1,No\n');
		expect(table.problems[0]!.row).toBe(5);
	});
});

describe('bad files are refused with one clear message', () => {
	const refused: [string, () => unknown, string, RegExp][] = [
		['an empty file', () => readCustomerBytes(bytes(''), AS_OF), 'empty', /The file is empty/],
		['a blank file', () => readCustomerBytes(bytes('\n \n'), AS_OF), 'empty', /empty/],
		[
			'a binary file',
			() => readCustomerBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]), AS_OF),
			'notText',
			/not a text file/
		],
		[
			'an Excel workbook',
			() => readCustomerBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]), AS_OF),
			'spreadsheet',
			/Save it as CSV/
		],
		[
			'a header only',
			() => read('customerID,tenure,Churn\n'),
			'headerOnly',
			/header row but no customer rows/
		],
		[
			'a wrong delimiter',
			() => read('customerID:tenure:Churn\na:1:No\n'),
			'delimiter',
			/single column \(“customerID:tenure:Churn”\).*commas, semicolons, tabs or \|/
		],
		[
			'no tenure column',
			() => read('customerID,Churn\na,No\n'),
			'mapping',
			/No column gives the tenure/
		],
		[
			'no churn column',
			() => read('customerID,tenure\na,3\n'),
			'mapping',
			/No column says who left/
		],
		[
			'no readable row',
			() => read('tenure,Churn\n-1,No\nx,No\n'),
			'noCustomers',
			/None of the 2 rows could be read/
		]
	];

	it.each(refused)('%s', (_, run, code, message) => {
		const problem = fileProblem(run);
		expect(problem.code).toBe(code);
		expect(fileProblemText('en', problem)).toMatch(message);
		expect(fileProblemText('vi', problem)).not.toBe(fileProblemText('en', problem));
	});

	it('reads with a corrected mapping', () => {
		const text = 'months_here,gone\n3,Yes\n5,No\n';
		expect(fileProblem(() => read(text)).code).toBe('mapping');
		const { table } = readCustomerText(text, AS_OF, {
			columns: { tenure: 'months_here', churn: 'gone' },
			dateOrder: 'dmy'
		});
		expect([...table.tenure]).toEqual([3, 5]);
	});
});
