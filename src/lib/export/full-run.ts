/**
 * The whole run as the command line makes it (scripts/sim.ts calls `simulate`): every chunk in
 * block order into one Accumulator, summarised with every monthly metric banded. It returns the
 * Accumulator too, whose per-path columns (totals, break-even months, drawn inputs) the per-path
 * export reads. A unit test holds its result equal to `simulate`'s.
 */
import type { Scenario } from '../scenario/types';
import { Accumulator, planChunks, runChunk } from '../sim/blocks';
import { PathModel } from '../sim/engine';
import { summarize } from '../sim/summarize';
import type { SimulationResult } from '../sim/types';

/** A finished run with the per-path values it folded. */
export interface FullRun {
	accumulator: Accumulator;
	result: SimulationResult;
}

/** Simulate `scenario` (validated) on the calling thread, exactly as the CLI does. */
export function fullRun(scenario: Scenario): FullRun {
	const model = new PathModel(scenario);
	const accumulator = new Accumulator(scenario);
	for (const chunk of planChunks(scenario.paths, 4)) {
		accumulator.add(runChunk(scenario, chunk.firstBlock, chunk.blockCount, model));
	}
	return { accumulator, result: summarize(accumulator) };
}
