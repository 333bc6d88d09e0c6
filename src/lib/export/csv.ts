/**
 * CSV text for exports (RFC 4180): a header row, then one row per record. Numbers are written
 * unformatted (JavaScript's shortest round-trip form, a dot for decimals, no grouping) so a
 * spreadsheet or a script reads back exactly the value the app computed; undefined values
 * (NaN, null) are empty cells. Papa Parse writes the text.
 */
import Papa from 'papaparse';

/** One cell: a number (written unformatted), text, or nothing. */
export type Cell = number | string | null | undefined;

/** A table to export: column headings (with their units) and rows of cells. */
export interface CsvTable {
	header: string[];
	rows: Cell[][];
}

/** A cell as CSV sees it: numbers in round-trip form, NaN and ±Infinity and null as empty. */
function cellText(cell: Cell): string {
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	return cell ?? '';
}

/** The table as CSV text, CRLF line ends, every cell quoted only when it must be. */
export function toCsv(table: CsvTable): string {
	return Papa.unparse(
		{ fields: table.header, data: table.rows.map((row) => row.map(cellText)) },
		{ newline: '\r\n' }
	);
}

/** A column heading with its unit: "Revenue (USD a month)"; no unit, no brackets. */
export function heading(name: string, unit?: string): string {
	return unit ? `${name} (${unit})` : name;
}
