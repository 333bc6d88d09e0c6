/** What the export worker does, as plain functions (tests call them without a worker). */
import type { Scenario } from '../scenario/types';
import { fullRun, type FullRun } from '../export/full-run';
import { perPathCsv } from '../export/per-path';
import { resultJsonText } from '../sim/json';

/** The export worker's API. */
export interface ExportApi {
	/** The whole result as the CLI's `--json` writes it. */
	resultJson(scenario: Scenario): string;
	/** One row per path: totals, break-even months and drawn inputs (see export/per-path.ts). */
	perPathCsv(scenario: Scenario): string;
}

/** The API with a one-entry cache of the last run, keyed by the scenario's JSON. */
export function createExportApi(): ExportApi {
	let key = '';
	let last: FullRun | undefined;
	/** Seconds the cached run took (simulation and summaries), for the JSON's `timing`. */
	let seconds = 0;
	const run = (scenario: Scenario): FullRun => {
		const json = JSON.stringify(scenario);
		if (last === undefined || json !== key) {
			last = undefined; // free the old run before the new one allocates
			const started = performance.now();
			last = fullRun(scenario);
			seconds = (performance.now() - started) / 1000;
			key = json;
		}
		return last;
	};
	return {
		resultJson: (scenario) => resultJsonText(run(scenario).result, seconds),
		perPathCsv: (scenario) => perPathCsv(run(scenario).accumulator)
	};
}
