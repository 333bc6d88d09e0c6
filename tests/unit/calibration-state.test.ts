/** Applying a calibration to the scenario and undoing it; the panel state's run bookkeeping. */
import { describe, expect, it } from 'vitest';
import { calibrate } from '../../src/lib/calibrate/calibrate';
import { readCustomerText } from '../../src/lib/calibrate/parse';
import { presetById } from '../../src/lib/scenario/presets/index';
import { CalibrationState } from '../../src/lib/state/calibration.svelte';
import { ScenarioState } from '../../src/lib/state/scenario.svelte';
import type { CalibrationOutcome, CalibrationProgress } from '../../src/lib/workers/calibration';
import { syntheticCustomers, telcoCsv } from './helpers/customers';

const csv = telcoCsv(
	syntheticCustomers({
		customers: 1500,
		params: { matureChurnMonthly: 0.02, earlyChurnMultiplier: 3, earlyChurnDecayMonths: 4 },
		seed: 'state',
		oneYearShare: 0.3
	})
);
const read = readCustomerText(csv, 20250101);
const calibration = calibrate(read.table, { resamples: 20 });
const outcome: CalibrationOutcome = {
	ok: true,
	inspection: read.inspection,
	choice: read.choice,
	calibration
};

describe('ScenarioState.applyCalibration', () => {
	it('writes the fitted values, stays valid, and reverts to the same draft', () => {
		const scenario = new ScenarioState(presetById('default')!.scenario);
		const before = JSON.stringify(scenario.draft);
		const changes = scenario.applyCalibration(calibration.scenarioPatch);
		expect(scenario.valid).not.toBeNull();
		expect(scenario.valid!.company.startingCustomers).toBe(calibration.startingCustomers);
		expect(scenario.valid!.company.earlyChurnMultiplier).toEqual(
			calibration.scenarioPatch.company.earlyChurnMultiplier
		);
		const locked = scenario.valid!.strategies.filter((s) => s.lockIn);
		expect(locked.length).toBeGreaterThan(0);
		for (const s of locked) expect(s.lockIn!.share).toBe(calibration.scenarioPatch.lockIn!.share);
		expect(changes.map((c) => c.path)).toContain('company.matureChurnMonthly');
		scenario.revertCalibration(changes);
		expect(JSON.stringify(scenario.draft)).toBe(before);
		// A second apply of the same patch changes nothing.
		scenario.applyCalibration(calibration.scenarioPatch);
		expect(scenario.applyCalibration(calibration.scenarioPatch)).toEqual([]);
	});
});

describe('CalibrationState', () => {
	const file = new File([csv], 'customers.csv', { type: 'text/csv' });

	it('ignores progress that arrives after the outcome, and keeps only the latest run', async () => {
		let late: ((p: CalibrationProgress) => void) | undefined;
		const runs: string[] = [];
		const state = new CalibrationState(async (_file, choice, asOf, onProgress) => {
			runs.push(`${asOf} ${choice ? 'mapped' : 'detected'}`);
			onProgress?.({ phase: 'reading', fraction: 0.5 });
			late = onProgress;
			return { ...outcome, choice: choice ?? read.choice };
		});
		await state.open(file);
		expect(state.phase).toBe('done');
		late?.({ phase: 'fitting', done: 1, total: 200 });
		expect(state.phase).toBe('done');
		expect(state.calibration).toBe(calibration);
		expect(state.choice).toEqual(read.choice);

		state.setAsOf('2024-12-31');
		state.setColumn('charge', undefined);
		await state.reread();
		expect(runs).toEqual([`${runs[0]!.split(' ')[0]} detected`, '2024-12-31 mapped']);
		expect(state.choice?.columns.charge).toBeUndefined();
	});

	it('applies and undoes through the scenario', async () => {
		const state = new CalibrationState(async () => outcome);
		const scenario = new ScenarioState(presetById('default')!.scenario);
		await state.open(file);
		const before = JSON.stringify(scenario.draft);
		expect(state.apply(scenario).length).toBeGreaterThan(3);
		expect(state.applied).not.toBeNull();
		state.undo(scenario);
		expect(state.applied).toBeNull();
		expect(JSON.stringify(scenario.draft)).toBe(before);
	});

	it('reports a failed file and keeps the detected mapping for correction', async () => {
		const state = new CalibrationState(async () => ({
			ok: false,
			problem: { code: 'mapping', mapping: [{ code: 'noChurn' }] },
			inspection: read.inspection
		}));
		await state.open(file);
		expect(state.phase).toBe('failed');
		expect(state.problem?.code).toBe('mapping');
		expect(state.choice).toEqual(read.inspection.detected);
	});
});
