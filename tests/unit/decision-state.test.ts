/** DecisionState: follows complete runs, cancels on a newer one, runs the chosen frontier. */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { simulate } from '../../src/lib/sim/run';
import { decide, frontier } from '../../src/lib/decision/run';
import { DecisionState } from '../../src/lib/state/decision.svelte';
import { createDecisionWorkerApi, DecisionRunner } from '../../src/lib/workers/decision-runner';

function scenario(budget = 200_000): Scenario {
	const input = structuredClone(presetById('default')!.scenario) as Scenario;
	input.paths = 500;
	input.horizonMonths = 12;
	input.strategies[1]!.acquisitionBudgetMonthly = budget;
	const result = validateScenario(input);
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.scenario;
}

const inProcess = () =>
	new DecisionRunner({
		size: 1,
		createEndpoint: () => ({ api: createDecisionWorkerApi(), terminate() {} })
	});

async function settled(state: DecisionState): Promise<void> {
	for (let i = 0; i < 400; i++) {
		if (state.analytics.status !== 'running' && state.frontier.status !== 'running') return;
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
	throw new Error('the decision jobs did not settle');
}

describe('DecisionState', () => {
	it('waits for a complete run, then gives the in-process analytics and the challenger’s frontier', async () => {
		const state = new DecisionState(inProcess());
		const s = scenario();
		const result = simulate(s);
		state.follow(result, false);
		expect(state.analytics.status).toBe('waiting');
		state.follow(result, true);
		expect(state.analytics.status).toBe('running');
		expect(state.frontierStrategy).toBe(1);
		await settled(state);
		expect(state.analytics.status).toBe('done');
		expect(JSON.stringify(state.analytics.result)).toBe(JSON.stringify(decide(s)));
		expect(JSON.stringify(state.frontier.result)).toBe(JSON.stringify(frontier(s, 1, 11)));
		state.setFrontier(0, 3);
		await settled(state);
		expect(state.frontier.result?.strategy).toBe(s.strategies[0]!.id);
		expect(state.frontier.result?.points).toHaveLength(3);
		state.dispose();
	});

	it('drops the analytics of a scenario that is no longer shown and explains the new one', async () => {
		const state = new DecisionState(inProcess());
		const first = scenario();
		state.follow(simulate(first), true);
		state.follow(undefined, false); // an edit: the new run is in flight
		expect(state.analytics.status).toBe('waiting');
		expect(state.analytics.result).toBeUndefined();
		const second = scenario(250_000);
		state.follow(simulate(second), true);
		await settled(state);
		expect(state.analytics.result?.comparisons[0]!.npvDifference).toEqual(
			decide(second).comparisons[0]!.npvDifference
		);
		state.dispose();
	});
});
