/**
 * The room's predictions and how they compare with the run: pure functions over plain data, so
 * the presenter view, its storage and the tests share one definition of "who was closest".
 */
import type { SimulationResult } from '../sim/types';

/** The month whose churn the room guesses: three years in, or the last month if sooner. */
export const CHURN_MONTH = 36;

/** One team's guess. */
export interface Prediction {
	/** The team's name as typed (or "Class"). */
	team: string;
	/** Id of the strategy the team expects to earn the higher NPV. */
	winner: string;
	/** By how much, in the scenario's currency (the winner's median NPV advantage, ≥ 0). */
	advantage: number;
	/** Monthly churn (0–1) the team expects in month CHURN_MONTH, one per strategy in order. */
	churn: number[];
}

/** What the run says about the same questions. */
export interface Outcome {
	/** The strategy with the higher NPV in most futures. */
	winner: string;
	/** Its median NPV advantage (≥ 0). */
	advantage: number;
	/** Median monthly churn in the churn month, per strategy. */
	churn: number[];
	/** The month the churn is read in. */
	month: number;
}

/** A prediction next to the outcome. */
export interface Score {
	prediction: Prediction;
	winnerRight: boolean;
	/** |guess − outcome| / outcome of the advantage (Infinity if the outcome is 0 and the guess is not). */
	advantageError: number;
	/** Guess − outcome of each strategy's churn, in fractions (percentage points / 100). */
	churnError: number[];
	/** True for the team (or teams) closest on the advantage among those who named the winner. */
	closest: boolean;
}

/** The outcome of a two-strategy run (the first challenger against the baseline). */
export function outcomeOf(result: SimulationResult): Outcome | undefined {
	const comparison = result.comparisons[0];
	if (!comparison) return undefined;
	const challengerWins = comparison.probabilityHigherNpv >= 0.5;
	const month = Math.min(CHURN_MONTH, result.horizonMonths);
	return {
		winner: challengerWins ? comparison.strategy : comparison.baseline,
		advantage: Math.abs(comparison.npvDifference.p50),
		churn: result.strategies.map((s) => s.monthly.churnRate.p50[month - 1] ?? NaN),
		month
	};
}

/** Every prediction scored against `outcome`; the closest right guess is marked. */
export function scorePredictions(predictions: readonly Prediction[], outcome: Outcome): Score[] {
	const scores = predictions.map((prediction) => {
		const winnerRight = prediction.winner === outcome.winner;
		const advantageError =
			outcome.advantage > 0
				? Math.abs(prediction.advantage - outcome.advantage) / outcome.advantage
				: prediction.advantage === 0
					? 0
					: Infinity;
		const churnError = outcome.churn.map((c, i) => (prediction.churn[i] ?? NaN) - c);
		return { prediction, winnerRight, advantageError, churnError, closest: false };
	});
	const right = scores.filter((s) => s.winnerRight);
	const best = Math.min(...right.map((s) => s.advantageError));
	for (const score of right) score.closest = score.advantageError === best;
	return scores;
}

/** Predictions read back from storage; anything malformed is dropped, never thrown. */
export function parsePredictions(text: string | null): Prediction[] {
	if (!text) return [];
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return [];
	}
	if (!Array.isArray(data)) return [];
	return data.filter(
		(p): p is Prediction =>
			!!p &&
			typeof p === 'object' &&
			typeof p.team === 'string' &&
			typeof p.winner === 'string' &&
			typeof p.advantage === 'number' &&
			Number.isFinite(p.advantage) &&
			Array.isArray(p.churn) &&
			p.churn.every((c: unknown) => typeof c === 'number' && Number.isFinite(c))
	);
}

/** The localStorage key of a case's predictions. */
export function predictionsKey(caseId: string): string {
	return `cx-sim.class.${caseId}.predictions`;
}
