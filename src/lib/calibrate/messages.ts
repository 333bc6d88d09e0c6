/**
 * Sentences for the problems of a customer file, in either language, from their codes (the
 * readers never write words). The CLI and the JSON output use English.
 */
import { translate, type Locale, type MessageKey } from '../i18n';
import type { DateOrder, MappingProblem } from './columns';
import type { FileProblem } from './parse';
import type { RowProblem } from './rows';

/** How each date order and date shape is shown to people. */
export const DATE_FORMAT_TEXT: Record<string, string> = {
	ymd: 'YYYY-MM-DD',
	dmy: 'DD/MM/YYYY',
	mdy: 'MM/DD/YYYY',
	iso: 'YYYY-MM-DD',
	slash: '…/…/…',
	dot: '….….…',
	dash: '…-…-…'
};

/** The reason a row was skipped, as a sentence naming the column and the cell. */
export function rowProblemText(locale: Locale, problem: RowProblem): string {
	const key = `calib.problem.${problem.code}` as MessageKey;
	return translate(locale, key, {
		column: problem.column,
		value: problem.value,
		expected: DATE_FORMAT_TEXT[problem.expected ?? ''] ?? problem.expected ?? ''
	});
}

/** One mapping problem as a sentence. */
export function mappingProblemText(locale: Locale, problem: MappingProblem): string {
	return translate(locale, `calib.mapping.${problem.code}` as MessageKey, {
		column: problem.column ?? ''
	});
}

/** A file-level problem as a sentence (every mapping problem, for `mapping`). */
export function fileProblemText(locale: Locale, problem: FileProblem): string {
	if (problem.code === 'mapping') {
		return (problem.mapping ?? []).map((p) => mappingProblemText(locale, p)).join(' ');
	}
	return translate(locale, `calib.file.${problem.code}` as MessageKey, {
		header: problem.header ?? '',
		rows: problem.rows ?? 0,
		reason: problem.reason ?? ''
	});
}

/** The name of a date order for the mapping panel. */
export function dateOrderText(locale: Locale, order: DateOrder): string {
	return `${translate(locale, `calib.dateOrder.${order}` as MessageKey)} (${DATE_FORMAT_TEXT[order]})`;
}
