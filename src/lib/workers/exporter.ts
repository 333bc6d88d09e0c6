/**
 * The page's side of the export worker: started on the first export, one request at a time,
 * ended with the page. Exports never touch the simulation's worker pool, so they do not slow
 * or cancel the run on screen.
 */
import * as Comlink from 'comlink';
import type { Scenario } from '../scenario/types';
import type { ExportApi } from './export-api';

/** Produces the run exports of a scenario in a worker of their own. */
export class RunExporter {
	#worker: Worker | undefined;
	#api: Comlink.Remote<ExportApi> | undefined;

	#remote(): Comlink.Remote<ExportApi> {
		if (!this.#api) {
			this.#worker = new Worker(new URL('./export.worker.ts', import.meta.url), {
				type: 'module'
			});
			this.#api = Comlink.wrap<ExportApi>(this.#worker);
		}
		return this.#api;
	}

	/** The result JSON of `scenario` (a plain, validated scenario), identical to the CLI's. */
	resultJson(scenario: Scenario): Promise<string> {
		return this.#remote().resultJson(scenario);
	}

	/** The per-path CSV of `scenario`. */
	perPathCsv(scenario: Scenario): Promise<string> {
		return this.#remote().perPathCsv(scenario);
	}

	/** Ends the worker. */
	dispose(): void {
		this.#worker?.terminate();
		this.#worker = undefined;
		this.#api = undefined;
	}
}
