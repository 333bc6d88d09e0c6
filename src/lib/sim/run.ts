/** The in-process runner: the whole Monte Carlo on the calling thread (CLI, tests, benchmark). */
import type { Scenario } from '../scenario/types';
import { Accumulator, planChunks, runChunk } from './blocks';
import { PathModel } from './engine';
import { summarize, type SummaryOptions } from './summarize';
import type { SimulationResult } from './types';

export interface InProcessOptions extends SummaryOptions {
	/** Blocks per chunk (the result does not depend on it). */
	chunkBlocks?: number;
	/** Run the chunks in this order of their indices (the result does not depend on it). */
	order?: (chunkCount: number) => number[];
}

export function simulate(scenario: Scenario, options: InProcessOptions = {}): SimulationResult {
	const model = new PathModel(scenario);
	const accumulator = new Accumulator(scenario);
	const plan = planChunks(scenario.paths, options.chunkBlocks ?? 4);
	const order = options.order?.(plan.length) ?? plan.map((_, i) => i);
	for (const index of order) {
		const chunk = plan[index]!;
		accumulator.add(runChunk(scenario, chunk.firstBlock, chunk.blockCount, model));
	}
	return summarize(accumulator, options);
}
