/**
 * Budget frontier (MODEL.md 10.4): strategy s's monthly budget B = acquisition + CX held fixed
 * and split in K steps, x_k = k / (K − 1) of it to CX. Every point runs on the decision run's
 * paths and equals a plain run of the scenario edited to that split with the same path count.
 */
import type { Scenario } from '../scenario/types';
import { summarise } from '../sim/stats';
import { frontierBudget, frontierSplit } from './crn';
import { row, type DecisionData } from './paths';

export interface FrontierPoint {
	cxShare: number;
	acquisitionBudgetMonthly: number;
	cxInvestmentMonthly: number;
	npv: {
		mean: number;
		quantiles: { p5: number; p25: number; p50: number; p75: number; p95: number };
	};
	/** Share of paths on which this point's NPV beats the baseline's (the unedited first strategy). */
	probabilityHigherNpv: number;
	/** Share of paths on which this point has the highest NPV of the K (ties go to the lower CX share). */
	bestShare: number;
}

export interface FrontierResult {
	strategy: string;
	/** B, the monthly budget that is split (month 1, before growth). */
	budget: number;
	paths: number;
	points: FrontierPoint[];
	/** The point with the highest mean NPV. */
	best: { index: number; cxShare: number; bestShare: number };
}

export function analyseFrontier(
	scenario: Scenario,
	strategy: number,
	steps: number,
	data: DecisionData
): FrontierResult {
	const P = data.shape.paths;
	const S = data.shape.strategies;
	const baseline = row(data.npv, 0, P);
	const columns = Array.from({ length: steps }, (_, k) => row(data.npv, S + k, P));
	const wins = new Float64Array(steps);
	for (let p = 0; p < P; p++) {
		let best = 0;
		for (let k = 1; k < steps; k++) if (columns[k]![p]! > columns[best]![p]!) best = k;
		wins[best]!++;
	}
	const s = scenario.strategies[strategy]!;
	const budget = frontierBudget(s);
	const points = columns.map((npv, k): FrontierPoint => {
		const { mean, p5, p25, p50, p75, p95 } = summarise(npv);
		let higher = 0;
		for (let p = 0; p < P; p++) if (npv[p]! - baseline[p]! > 0) higher++;
		return {
			...frontierSplit(budget, k, steps),
			npv: { mean, quantiles: { p5, p25, p50, p75, p95 } },
			probabilityHigherNpv: P > 0 ? higher / P : NaN,
			bestShare: P > 0 ? wins[k]! / P : NaN
		};
	});
	let index = 0;
	points.forEach((point, k) => {
		if (point.npv.mean > points[index]!.npv.mean) index = k;
	});
	return {
		strategy: s.id,
		budget,
		paths: P,
		points,
		best: { index, cxShare: points[index]!.cxShare, bestShare: points[index]!.bestShare }
	};
}
