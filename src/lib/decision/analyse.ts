/** From a decision run's per-path arrays to the decision analytics of MODEL.md section 10. */
import type { Scenario } from '../scenario/types';
import { summarise } from '../sim/stats';
import { businessCase, type BusinessCase } from './business-case';
import { engineStrategies } from './crn';
import type { Lever } from './levers';
import { OUTCOMES, PAIR_VALUES, row, type DecisionData } from './paths';
import { pnlLines, type LineSummary } from './pnl';
import { revenueSplit, type RevenueSplit } from './revenue-split';
import { shapleyValues } from './shapley';
import { binCount, evpi, rankedEvppi, type EvppiEntry } from './voi';

/** Physical outcomes beside the money (means over paths). */
export interface Outcomes {
	endCustomers: { baseline: number; challenger: number };
	/** Customers the challenger kept that the baseline's churn rate would have lost, over the horizon. */
	customersKept: number;
	/** Service contacts avoided by a lower contact rate per customer, over the horizon. */
	contactsAvoided: number;
	/** Referred customers gained over the horizon. */
	extraReferrals: number;
	/** Share of wallet paid at the end of the horizon (after discounts). */
	walletShareEnd: { baseline: number; challenger: number };
}

export interface DecisionComparison {
	strategy: string;
	baseline: string;
	pnl: LineSummary[];
	/** The total the P&L lines add up to: NPV_c − NPV_b. */
	npvDifference: LineSummary;
	revenueSplit: RevenueSplit;
	/** Shapley value of each lever in which the strategies differ; they add up to the mean NPV difference. */
	levers: { lever: Lever; value: number }[];
	/** Mean NPV of every hybrid, by mask over `levers` (bit i = lever i as in the challenger). */
	hybridNpv: number[];
	outcomes: Outcomes;
	businessCase: BusinessCase;
}

export interface DecisionResult {
	/** Paths the analytics use: the first P of the run (whole blocks). */
	paths: number;
	/** Paths of the run they explain. */
	runPaths: number;
	/** Strategies simulated on those paths (the scenario's, then the hybrids). */
	engineStrategies: number;
	comparisons: DecisionComparison[];
	/** Expected value of perfect information, in money. */
	evpi: number;
	/** EVPPI of every uncertain input, largest first. */
	evppi: EvppiEntry[];
	/** Quantile bins of the EVPPI regression. */
	bins: number;
}

function mean(values: Float64Array): number {
	return summarise(values).mean;
}

export function analyseDecision(
	scenario: Scenario,
	data: DecisionData,
	parameterNames: readonly string[]
): DecisionResult {
	const P = data.shape.paths;
	const S = data.shape.strategies;
	const { hybrids } = engineStrategies(scenario, { kind: 'decide' });
	const O = OUTCOMES.length;
	const V = PAIR_VALUES.length;
	const outcome = (s: number, o: number) => mean(row(data.outcomes, s * O + o, P));
	const pair = (c: number, v: number) => mean(row(data.pairs, (c - 1) * V + v, P));

	const comparisons = hybrids.map(({ challenger: c, levers, index }): DecisionComparison => {
		const hybridNpv = index.map((e) => mean(row(data.npv, e, P)));
		const parts = shapleyValues(levers.length, (mask) => hybridNpv[mask]!);
		const { lines, total } = pnlLines(data, c);
		return {
			strategy: scenario.strategies[c]!.id,
			baseline: scenario.strategies[0]!.id,
			pnl: lines,
			npvDifference: total,
			revenueSplit: revenueSplit(data, c),
			levers: levers.map((lever, i) => ({ lever, value: parts[i]! })),
			hybridNpv,
			outcomes: {
				endCustomers: { baseline: outcome(0, 0), challenger: outcome(c, 0) },
				customersKept: pair(c, 2),
				contactsAvoided: pair(c, 3),
				extraReferrals: outcome(c, 2) - outcome(0, 2),
				walletShareEnd: { baseline: outcome(0, 1), challenger: outcome(c, 1) }
			},
			businessCase: businessCase(data, c)
		};
	});

	const npv = Array.from({ length: S }, (_, s) => row(data.npv, s, P));
	const value = evpi(npv);
	const theta = parameterNames.map((_, j) => row(data.parameters, j, P));
	return {
		paths: P,
		runPaths: scenario.paths,
		engineStrategies: data.shape.engineStrategies,
		comparisons,
		evpi: value,
		evppi: rankedEvppi(parameterNames, theta, npv, value),
		bins: binCount(P)
	};
}
