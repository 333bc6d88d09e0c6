/**
 * Extra strategies on the same paths and random numbers as a run (MODEL.md 10.3, 10.4).
 *
 * Hybrids and frontier points are appended, as extra strategies, to the scenario's own, and the
 * whole list runs in one PathModel. That alone keeps the process noise common (each strategy's
 * noise stream is seeded by the path only) but not the parameter draws: the plan of a longer
 * strategy list would draw more PERT values, in a different order, and move every draw after
 * them (the shock months among them). So the model is given a plan that draws exactly what the
 * original scenario draws, in the same order from the same stream, and then copies into each
 * extra strategy's slots the values of the strategy it takes that lever from. A hybrid's
 * promotion drawn "as in the challenger" is then, path by path, the challenger's own draw.
 *
 * The schema allows at most 4 strategies; the engine does not care (it loops over the list), and
 * the extended scenario never leaves this module.
 */
import type { Scenario, Strategy } from '../scenario/types';
import { BLOCK_PATHS } from '../sim/blocks';
import { PathModel } from '../sim/engine';
import { makeParamPlan, strategySlot, STRATEGY_PARAMS, type ParamPlan } from '../sim/params';
import { differingLevers, hybridStrategy, SLOT_LEVER, type Lever } from './levers';

/** One strategy the decision run simulates, and where its per-strategy drawn inputs come from. */
export interface EngineStrategy {
	strategy: Strategy;
	/** Per STRATEGY_PARAMS offset: the index of the scenario strategy whose draw it uses. */
	sources: number[];
}

/** What a decision run adds to the scenario's strategies. */
export type DecisionSpec =
	| { kind: 'decide' }
	| {
			kind: 'frontier';
			/** Index of the strategy whose budget is split. */ strategy: number;
			steps: number;
	  };

/** The hybrids of one challenger: masks over its differing levers, bit i = levers[i] from c. */
export interface HybridSet {
	challenger: number;
	levers: Lever[];
	/** Engine strategy index of the hybrid for each mask 0 … 2^n − 1 (0 → baseline, full → c). */
	index: number[];
}

/** Most strategy-path-months a decision run simulates; P is cut to fit (whole blocks). */
export const DECISION_BUDGET = 3_000_000;

/** Default number of frontier steps, and the allowed range. */
export const FRONTIER_STEPS = { default: 11, min: 2, max: 51 } as const;

/** The acquisition and CX budgets of frontier point k of K, for a total monthly budget B. */
export function frontierSplit(
	budget: number,
	k: number,
	steps: number
): { cxShare: number; acquisitionBudgetMonthly: number; cxInvestmentMonthly: number } {
	const cxShare = steps > 1 ? k / (steps - 1) : 0;
	return {
		cxShare,
		acquisitionBudgetMonthly: (1 - cxShare) * budget,
		cxInvestmentMonthly: cxShare * budget
	};
}

/** The budget a frontier splits: acquisition plus CX per month (month 1, before growth). */
export function frontierBudget(strategy: Strategy): number {
	return strategy.acquisitionBudgetMonthly + strategy.cxInvestmentMonthly;
}

/** The scenario with strategy `index` edited to frontier point k (a plain, valid scenario). */
export function frontierScenario(
	scenario: Scenario,
	index: number,
	k: number,
	steps: number
): Scenario {
	return {
		...scenario,
		strategies: scenario.strategies.map((s, i) => (i === index ? frontierPoint(s, k, steps) : s))
	};
}

/** Strategy `s` with its budget split as frontier point k of K. */
export function frontierPoint(s: Strategy, k: number, steps: number): Strategy {
	const { acquisitionBudgetMonthly, cxInvestmentMonthly } = frontierSplit(
		frontierBudget(s),
		k,
		steps
	);
	return { ...s, acquisitionBudgetMonthly, cxInvestmentMonthly };
}

const own = (index: number) => STRATEGY_PARAMS.map(() => index);

/** The scenario's strategies followed by the extra ones the spec asks for. */
export function engineStrategies(
	scenario: Scenario,
	spec: DecisionSpec
): { strategies: EngineStrategy[]; hybrids: HybridSet[] } {
	const strategies: EngineStrategy[] = scenario.strategies.map((strategy, i) => ({
		strategy,
		sources: own(i)
	}));
	const hybrids: HybridSet[] = [];
	if (spec.kind === 'frontier') {
		const s = scenario.strategies[spec.strategy]!;
		for (let k = 0; k < spec.steps; k++) {
			strategies.push({
				strategy: { ...frontierPoint(s, k, spec.steps), id: `frontier-${k}` },
				sources: own(spec.strategy)
			});
		}
		return { strategies, hybrids };
	}
	const b = scenario.strategies[0]!;
	for (let c = 1; c < scenario.strategies.length; c++) {
		const challenger = scenario.strategies[c]!;
		const levers = differingLevers(b, challenger);
		const full = (1 << levers.length) - 1;
		const index: number[] = [];
		for (let mask = 0; mask <= full; mask++) {
			if (mask === 0) index.push(0);
			else if (mask === full) index.push(c);
			else {
				const chosen = new Set(levers.filter((_, i) => mask & (1 << i)));
				strategies.push({
					strategy: hybridStrategy(b, challenger, chosen, `hybrid-${c}-${mask}`),
					sources: SLOT_LEVER.map((lever) => (chosen.has(lever) ? c : 0))
				});
				index.push(strategies.length - 1);
			}
		}
		hybrids.push({ challenger: c, levers, index });
	}
	return { strategies, hybrids };
}

/**
 * A PathModel over `strategies` (the scenario's own first) whose parameter draws are exactly
 * the scenario's, with each extra strategy's slots copied from its sources.
 */
export function commonRandomModel(scenario: Scenario, strategies: EngineStrategy[]): PathModel {
	const engineScenario: Scenario = { ...scenario, strategies: strategies.map((e) => e.strategy) };
	const model = new PathModel(engineScenario);
	const own = makeParamPlan(scenario);
	const original = scenario.strategies.length;
	const copies: number[] = [];
	strategies.forEach((e, s) => {
		if (s < original) return;
		e.sources.forEach((source, offset) =>
			copies.push(strategySlot(s, offset), strategySlot(source, offset))
		);
	});
	// The engine draws through model.plan; swapping its draw keeps the engine untouched (a
	// constructor argument for the plan would be the cleaner hook).
	const plan = model.plan as ParamPlan;
	plan.drawn = own.drawn;
	plan.draw = (rng, values) => {
		values.set(plan.constants);
		own.draw(rng, values);
		for (let i = 0; i < copies.length; i += 2) values[copies[i]!] = values[copies[i + 1]!]!;
	};
	return model;
}

/**
 * Paths a decision run uses: all of the run's, or fewer (whole blocks, at least one) so that
 * strategies × paths × months stays within DECISION_BUDGET.
 */
export function decisionPathCount(scenario: Scenario, engineStrategyCount: number): number {
	const perPath = engineStrategyCount * scenario.horizonMonths;
	const fit = Math.floor(DECISION_BUDGET / perPath / BLOCK_PATHS) * BLOCK_PATHS;
	return Math.min(scenario.paths, Math.max(BLOCK_PATHS, fit));
}
