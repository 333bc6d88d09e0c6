/**
 * The "Import customers" panel's state: the file being calibrated, the column mapping, the run
 * in the calibration worker (the latest run wins), its progress and outcome, and the last
 * calibration applied to the scenario (so it can be undone).
 *
 * The file stays in this object and the worker; nothing here is ever sent over the network or
 * written into links, files or the library — only `ScenarioState.applyCalibration` writes the
 * fitted values into the scenario.
 */
import * as Comlink from 'comlink';
import type { Calibration } from '../calibrate/calibrate';
import type { ColumnRole, DateOrder, MappingChoice } from '../calibrate/columns';
import type { FileProblem, Inspection } from '../calibrate/parse';
import type { PatchChange } from '../calibrate/patch';
import {
	runCalibration,
	type CalibrationProgress,
	type CalibrationWorkerApi
} from '../workers/calibration';
import type { ScenarioState } from './scenario.svelte';

/** Where the panel is. */
export type CalibrationPhase = 'idle' | 'reading' | 'fitting' | 'done' | 'failed';

/** The run the worker does; the in-process fallback where workers are missing (tests). */
export type CalibrationRunner = CalibrationWorkerApi['run'];

function workerRunner(): { run: CalibrationRunner; dispose: () => void } {
	if (typeof Worker === 'undefined') return { run: runCalibration, dispose: () => {} };
	const worker = new Worker(new URL('../workers/calibrate.worker.ts', import.meta.url), {
		type: 'module'
	});
	const api = Comlink.wrap<CalibrationWorkerApi>(worker);
	return {
		run: (file, choice, asOf, onProgress) =>
			api.run(file, choice, asOf, onProgress ? Comlink.proxy(onProgress) : undefined),
		dispose: () => {
			api[Comlink.releaseProxy]();
			worker.terminate();
		}
	};
}

/** Today as YYYY-MM-DD in the user's time zone (the default "data as of" date). */
function today(): string {
	const now = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export class CalibrationState {
	#phase = $state<CalibrationPhase>('idle');
	#progress = $state(0);
	#progressDetail = $state.raw<CalibrationProgress | null>(null);
	#fileName = $state('');
	#file: Blob | null = null;
	#inspection = $state.raw<Inspection | null>(null);
	#choice = $state.raw<MappingChoice | null>(null);
	#asOf = $state(today());
	#calibration = $state.raw<Calibration | null>(null);
	#problem = $state.raw<FileProblem | null>(null);
	#applied = $state.raw<PatchChange[] | null>(null);
	#runId = 0;
	#runner: { run: CalibrationRunner; dispose: () => void } | null = null;
	readonly #createRunner: () => { run: CalibrationRunner; dispose: () => void };

	/** `runner` replaces the worker (tests); by default a worker starts with the first file. */
	constructor(runner?: CalibrationRunner) {
		this.#createRunner = runner ? () => ({ run: runner, dispose: () => {} }) : workerRunner;
	}

	get phase(): CalibrationPhase {
		return this.#phase;
	}
	/** Share 0–1 of the current phase done. */
	get progress(): number {
		return this.#progress;
	}
	/** The latest progress report (reading share, or resamples done). */
	get progressDetail(): CalibrationProgress | null {
		return this.#progressDetail;
	}
	get fileName(): string {
		return this.#fileName;
	}
	/** The file's header and detected mapping, once read. */
	get inspection(): Inspection | null {
		return this.#inspection;
	}
	/** The mapping in use (detected, or as corrected). */
	get choice(): MappingChoice | null {
		return this.#choice;
	}
	/** The date of the data, YYYY-MM-DD. */
	get asOf(): string {
		return this.#asOf;
	}
	get calibration(): Calibration | null {
		return this.#calibration;
	}
	/** Why the last run failed, when it did. */
	get problem(): FileProblem | null {
		return this.#problem;
	}
	/** What the last "apply" changed, until it is undone or another file is opened. */
	get applied(): PatchChange[] | null {
		return this.#applied;
	}
	get busy(): boolean {
		return this.#phase === 'reading' || this.#phase === 'fitting';
	}

	/** Opens a new file with the detected mapping. */
	open(file: File): Promise<void> {
		this.#file = file;
		this.#fileName = file.name;
		this.#choice = null;
		this.#inspection = null;
		this.#applied = null;
		return this.#run();
	}

	/** Assigns `column` (a header, or undefined for none) to `role` in the mapping. */
	setColumn(role: ColumnRole, column: string | undefined): void {
		const base = this.#choice ?? this.#inspection?.detected;
		if (!base) return;
		const columns = { ...base.columns };
		if (column === undefined) delete columns[role];
		else columns[role] = column;
		this.#choice = { ...base, columns };
	}

	setDateOrder(order: DateOrder): void {
		const base = this.#choice ?? this.#inspection?.detected;
		if (base) this.#choice = { ...base, dateOrder: order };
	}

	setAsOf(iso: string): void {
		if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) this.#asOf = iso;
	}

	/** Reads the file again with the mapping and date as they are now. */
	reread(): Promise<void> {
		return this.#run();
	}

	/** Writes the fitted values into `scenario`; remembers the changes for `undo`. */
	apply(scenario: ScenarioState): PatchChange[] {
		if (!this.#calibration) return [];
		const changes = scenario.applyCalibration(this.#calibration.scenarioPatch);
		this.#applied = changes;
		return changes;
	}

	/** Puts back what the last `apply` changed. */
	undo(scenario: ScenarioState): void {
		if (!this.#applied) return;
		scenario.revertCalibration(this.#applied);
		this.#applied = null;
	}

	dispose(): void {
		this.#runId++;
		this.#runner?.dispose();
		this.#runner = null;
	}

	async #run(): Promise<void> {
		const file = this.#file;
		if (!file) return;
		const id = ++this.#runId;
		let finished = false;
		this.#runner ??= this.#createRunner();
		this.#phase = 'reading';
		this.#progress = 0;
		this.#progressDetail = null;
		this.#problem = null;
		const outcome = await this.#runner.run(
			file,
			this.#choice ?? undefined,
			this.#asOf,
			(progress) => {
				// Progress comes over its own message port, so a report may land after the outcome.
				if (id !== this.#runId || finished) return;
				this.#phase = progress.phase;
				this.#progress =
					progress.phase === 'reading' ? progress.fraction : progress.done / progress.total;
				this.#progressDetail = progress;
			}
		);
		finished = true;
		if (id !== this.#runId) return; // a newer run started meanwhile
		if (outcome.inspection) this.#inspection = outcome.inspection;
		if (outcome.ok) {
			this.#choice = outcome.choice;
			this.#calibration = outcome.calibration;
			this.#phase = 'done';
		} else {
			this.#choice ??= outcome.inspection?.detected ?? null;
			this.#calibration = null;
			this.#problem = outcome.problem;
			this.#phase = 'failed';
		}
	}
}
