/**
 * What the calibration worker does, as plain functions (so tests and the page's fallback can
 * call them in-process): inspect a file's header, then read and calibrate it with progress.
 * Outcomes are data, never thrown errors, so every problem crosses the worker boundary intact.
 */
import { calibrate, type Calibration } from '../calibrate/calibrate';
import { dayFromIso, type MappingChoice } from '../calibrate/columns';
import {
	CustomerFileError,
	inspectBlob,
	readCustomerBlob,
	type FileProblem,
	type Inspection
} from '../calibrate/parse';

/** Where a run is: reading rows (share of the file) or fitting (resamples done of total). */
export type CalibrationProgress =
	{ phase: 'reading'; fraction: number } | { phase: 'fitting'; done: number; total: number };

/** A finished run: the calibration, or the file's problem (with the header when it was read). */
export type CalibrationOutcome =
	| { ok: true; inspection: Inspection; choice: MappingChoice; calibration: Calibration }
	| { ok: false; problem: FileProblem; inspection?: Inspection };

/** The worker's interface. */
export interface CalibrationWorkerApi {
	/**
	 * Reads and calibrates `file`. `choice` defaults to the detected mapping; `asOf` (YYYY-MM-DD)
	 * is the date of the data.
	 */
	run(
		file: Blob,
		choice: MappingChoice | undefined,
		asOf: string,
		onProgress?: (progress: CalibrationProgress) => void
	): Promise<CalibrationOutcome>;
}

async function safeInspect(file: Blob): Promise<Inspection | undefined> {
	try {
		return await inspectBlob(file);
	} catch {
		return undefined;
	}
}

/** Runs a calibration in the calling thread. */
export async function runCalibration(
	...[file, choice, asOf, onProgress]: Parameters<CalibrationWorkerApi['run']>
): Promise<CalibrationOutcome> {
	const day = dayFromIso(asOf);
	if (day === undefined) return { ok: false, problem: { code: 'unreadable', reason: asOf } };
	try {
		const read = await readCustomerBlob(file, day, choice, (fraction) =>
			onProgress?.({ phase: 'reading', fraction })
		);
		const calibration = calibrate(read.table, {
			onProgress: (done, total) => {
				// A message per resample is cheap (200 of them) and keeps the bar moving.
				onProgress?.({ phase: 'fitting', done, total });
			}
		});
		return { ok: true, inspection: read.inspection, choice: read.choice, calibration };
	} catch (error) {
		if (error instanceof CustomerFileError) {
			return { ok: false, problem: error.problem, inspection: await safeInspect(file) };
		}
		const reason = (error as Error)?.message ?? String(error);
		return { ok: false, problem: { code: 'unreadable', reason } };
	}
}
