/**
 * The shifted-beta-geometric model (Fader & Hardie 2007, "How to project customer retention"),
 * the cross-check of the engine's fit: each customer has a constant churn probability θ drawn
 * from Beta(α, β), so P(T = t) = B(α + 1, β + t − 1) / B(α, β), S(t) = B(α, β + t) / B(α, β) and
 * the hazard at age t is α / (α + β + t − 1). The likelihood of a life table is the same
 * Bernoulli sum as the engine fit's, with that hazard (right-censored customers included).
 */
import { hazardLogLikelihood } from './fit';
import { nelderMead } from './nelder-mead';

/** A fitted sBG model. */
export interface SbgFit {
	alpha: number;
	beta: number;
	logLikelihood: number;
}

/** Hazard of the sBG model at age t ≥ 1. */
export function sbgHazard(alpha: number, beta: number, age: number): number {
	return alpha / (alpha + beta + age - 1);
}

/** S(1) … S(ages) of the sBG model (index 0 = age 1), by the product of 1 − hazard. */
export function sbgSurvival(alpha: number, beta: number, ages: number): number[] {
	const survival: number[] = [];
	let s = 1;
	for (let t = 1; t <= ages; t++) {
		s *= 1 - sbgHazard(alpha, beta, t);
		survival.push(s);
	}
	return survival;
}

/** Maximum-likelihood α, β on at-risk and leaver counts (index 0 = age 1), fitted as ln α, ln β. */
export function fitSbg(atRisk: ArrayLike<number>, left: ArrayLike<number>): SbgFit {
	const objective = (u: readonly number[]) => {
		const alpha = Math.exp(u[0]!);
		const beta = Math.exp(u[1]!);
		if (!Number.isFinite(alpha) || !Number.isFinite(beta)) return Infinity;
		return -hazardLogLikelihood((t) => sbgHazard(alpha, beta, t), atRisk, left);
	};
	let best: SbgFit | undefined;
	for (const start of [
		[0, 0],
		[0, 3],
		[-1, 1]
	]) {
		const found = nelderMead(objective, start, { step: [1, 1], maxEvaluations: 6000 });
		if (!best || -found.value > best.logLikelihood) {
			best = {
				alpha: Math.exp(found.x[0]!),
				beta: Math.exp(found.x[1]!),
				logLikelihood: -found.value
			};
		}
	}
	return best!;
}
