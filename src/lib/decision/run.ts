/** The decision analytics in process (CLI, tests): every block on the calling thread. */
import type { Scenario } from '../scenario/types';
import { planChunks } from '../sim/blocks';
import { makeParamPlan } from '../sim/params';
import { analyseDecision, type DecisionResult } from './analyse';
import type { DecisionSpec } from './crn';
import { analyseFrontier, type FrontierResult } from './frontier';
import { DecisionCollector, decisionShape, runDecisionChunk, type DecisionData } from './paths';

/** Run every block of a decision spec and collect the per-path arrays. */
export function collectDecision(
	scenario: Scenario,
	spec: DecisionSpec,
	chunkBlocks = 2
): DecisionData {
	const shape = decisionShape(scenario, spec);
	const collector = new DecisionCollector(shape);
	for (const chunk of planChunks(shape.paths, chunkBlocks)) {
		collector.add(runDecisionChunk(scenario, spec, chunk.firstBlock, chunk.blockCount));
	}
	return collector.data();
}

/** Names of the drawn inputs, in the order of the per-path parameter rows. */
export function parameterNames(scenario: Scenario): string[] {
	return makeParamPlan(scenario).drawn.map((p) => p.path);
}

export function decide(scenario: Scenario): DecisionResult {
	return analyseDecision(
		scenario,
		collectDecision(scenario, { kind: 'decide' }),
		parameterNames(scenario)
	);
}

export function frontier(scenario: Scenario, strategy: number, steps: number): FrontierResult {
	const spec: DecisionSpec = { kind: 'frontier', strategy, steps };
	return analyseFrontier(scenario, strategy, steps, collectDecision(scenario, spec));
}
