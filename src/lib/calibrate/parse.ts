/**
 * Reading a customer file with papaparse: the checks a file must pass before its rows are read
 * (not empty, text, more than one column, at least one data row, a usable mapping), the column
 * detection on its first rows, and the streaming of every row into a `CustomerReader`.
 *
 * The same steps serve a string (the CLI, tests) and a Blob (the worker, which streams the file
 * in 1 MB chunks and reports progress).
 */
import Papa from 'papaparse';
import {
	detectColumns,
	detectDateOrder,
	mappingProblems,
	type ColumnRole,
	type DayNumber,
	type MappingChoice,
	type MappingProblem
} from './columns';
import { CustomerReader, type CustomerTable } from './rows';

/** Why a whole file cannot be read. */
export type FileProblemCode =
	| 'empty'
	| 'notText'
	| 'spreadsheet'
	| 'headerOnly'
	| 'delimiter'
	| 'mapping'
	| 'noCustomers'
	| 'unreadable';

/** A file-level problem, as data (it crosses the worker boundary intact). */
export interface FileProblem {
	code: FileProblemCode;
	/** The header row as read, for `delimiter`. */
	header?: string;
	/** What is wrong with the mapping, for `mapping`. */
	mapping?: MappingProblem[];
	/** Data rows read, for `noCustomers`. */
	rows?: number;
	/** What the reader reported, for `unreadable`. */
	reason?: string;
}

/** Thrown by the readers; `problem` says what is wrong. */
export class CustomerFileError extends Error {
	constructor(readonly problem: FileProblem) {
		super(problem.code);
	}
}

/** Bytes examined to tell text from binary, and to detect the columns. */
export const SAMPLE_BYTES = 64 * 1024;
/** Rows of the sample used to detect the date order. */
const SAMPLE_ROWS = 500;
/** Chunk size of the streaming parse of a Blob. */
const CHUNK_BYTES = 1 << 20;

/** What the first rows of a file say: its header, separator and the detected mapping. */
export interface Inspection {
	headers: string[];
	delimiter: string;
	detected: MappingChoice;
}

/** Throws unless the first bytes of a file look like text. */
export function checkBytes(sample: Uint8Array): void {
	if (sample.length === 0 || sample.every((b) => b === 0x20 || (b >= 0x09 && b <= 0x0d))) {
		throw new CustomerFileError({ code: 'empty' });
	}
	const starts = (...bytes: number[]) => bytes.every((b, i) => sample[i] === b);
	// ZIP (xlsx, ods) and OLE2 (xls) containers.
	if (starts(0x50, 0x4b, 0x03, 0x04) || starts(0xd0, 0xcf, 0x11, 0xe0)) {
		throw new CustomerFileError({ code: 'spreadsheet' });
	}
	let control = 0;
	for (const b of sample) {
		if (b === 0) throw new CustomerFileError({ code: 'notText' });
		if (b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f) control++;
	}
	if (control > sample.length * 0.01) throw new CustomerFileError({ code: 'notText' });
}

const DATE_ROLES: readonly ColumnRole[] = ['start', 'end', 'snapshot'];

/** Header, delimiter and detected mapping from the beginning of a file's text. */
export function inspectText(sample: string): Inspection {
	const parsed = Papa.parse<string[]>(sample.replace(/^\uFEFF/, ''), {
		preview: SAMPLE_ROWS,
		skipEmptyLines: 'greedy'
	});
	const [first, ...rows] = parsed.data;
	if (!first || first.every((cell) => cell.trim() === '')) {
		throw new CustomerFileError({ code: 'empty' });
	}
	const headers = first.map((h) => h.trim());
	if (headers.length < 2) {
		throw new CustomerFileError({ code: 'delimiter', header: first[0]!.slice(0, 60) });
	}
	const columns = detectColumns(headers);
	const dates: string[] = [];
	for (const role of DATE_ROLES) {
		const index = columns[role] === undefined ? -1 : headers.indexOf(columns[role]);
		if (index >= 0) for (const row of rows) if (row[index]) dates.push(row[index]);
	}
	return {
		headers,
		delimiter: parsed.meta.delimiter,
		detected: { columns, dateOrder: detectDateOrder(dates) }
	};
}

/** Receives parsed rows in order, header first, and feeds the data rows to a reader. */
class RowSink {
	#reader: CustomerReader | undefined;
	#row = 0;

	constructor(
		private readonly choice: MappingChoice,
		private readonly asOf: DayNumber
	) {}

	take(rows: readonly string[][]): void {
		for (const cells of rows) {
			this.#row++;
			if (this.#reader) {
				this.#reader.add(cells, this.#row);
				continue;
			}
			const headers = cells.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h).trim());
			const problems = mappingProblems(this.choice.columns, headers);
			if (problems.length > 0) throw new CustomerFileError({ code: 'mapping', mapping: problems });
			this.#reader = new CustomerReader(headers, { choice: this.choice, asOf: this.asOf });
		}
	}

	finish(): CustomerTable {
		if (!this.#reader) throw new CustomerFileError({ code: 'empty' });
		const table = this.#reader.finish();
		if (table.rows === 0) throw new CustomerFileError({ code: 'headerOnly' });
		if (table.count === 0) throw new CustomerFileError({ code: 'noCustomers', rows: table.rows });
		return table;
	}
}

/** What a reader returns: the inspection of the file, the mapping used, and the customers. */
export interface ReadResult {
	inspection: Inspection;
	choice: MappingChoice;
	table: CustomerTable;
}

/** Reads a whole file given as bytes (the CLI). `choice` defaults to the detected mapping. */
export function readCustomerBytes(
	bytes: Uint8Array,
	asOf: DayNumber,
	choice?: MappingChoice
): ReadResult {
	checkBytes(bytes.subarray(0, SAMPLE_BYTES));
	const text = new TextDecoder().decode(bytes);
	return readCustomerText(text, asOf, choice);
}

/** Reads a whole file given as text. `choice` defaults to the detected mapping. */
export function readCustomerText(
	text: string,
	asOf: DayNumber,
	choice?: MappingChoice
): ReadResult {
	const inspection = inspectText(text.slice(0, SAMPLE_BYTES));
	const used = choice ?? inspection.detected;
	const sink = new RowSink(used, asOf);
	const parsed = Papa.parse<string[]>(text, { delimiter: inspection.delimiter });
	sink.take(parsed.data);
	return { inspection, choice: used, table: sink.finish() };
}

/** The first bytes of a Blob, checked, and the inspection of its first rows. */
export async function inspectBlob(blob: Blob): Promise<Inspection> {
	const head = new Uint8Array(await blob.slice(0, SAMPLE_BYTES).arrayBuffer());
	checkBytes(head);
	return inspectText(new TextDecoder().decode(head));
}

/**
 * Streams a Blob through papaparse in 1 MB chunks; `onProgress` gets the share of the file read.
 * `choice` defaults to the detected mapping.
 */
export async function readCustomerBlob(
	blob: Blob,
	asOf: DayNumber,
	choice?: MappingChoice,
	onProgress?: (fraction: number) => void
): Promise<ReadResult> {
	const inspection = await inspectBlob(blob);
	const used = choice ?? inspection.detected;
	const sink = new RowSink(used, asOf);
	let characters = 0;
	let failure: unknown;
	await new Promise<void>((resolve, reject) => {
		Papa.parse<string[]>(blob as File, {
			delimiter: inspection.delimiter,
			chunkSize: CHUNK_BYTES,
			chunk(results, parser) {
				try {
					sink.take(results.data);
				} catch (error) {
					// abort() calls `complete` at once, so the failure is kept and thrown below.
					failure = error;
					parser.abort();
					return;
				}
				characters += results.meta.cursor;
				onProgress?.(Math.min(1, characters / Math.max(1, blob.size)));
			},
			complete: () => resolve(),
			error: (error) => reject(error)
		});
	});
	if (failure !== undefined) throw failure;
	onProgress?.(1);
	return { inspection, choice: used, table: sink.finish() };
}
