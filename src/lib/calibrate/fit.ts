/**
 * Maximum-likelihood fit of the engine's churn hazard to a life table (MODEL.md section 9):
 *
 *   h(a) = m · (1 + (E − 1) · e^{−(a − 1)/τ}),  ℓ = Σ_a [d_a ln h(a) + (n_a − d_a) ln(1 − h(a))]
 *
 * with m in (0, 1), E in [1, 20], τ in [0.1, 120]. The bounds are kept by fitting unbounded
 * coordinates u: m = logistic(u₀), E = 1 + 19·logistic(u₁), ln τ = ln 0.1 + ln 1200·logistic(u₂)
 * (τ on a log scale, because one month and ten months differ as much as ten and a hundred).
 */
import { nelderMead } from './nelder-mead';

/** The engine's hazard parameters. */
export interface HazardParams {
	/** Mature monthly churn m. */
	matureChurnMonthly: number;
	/** Early-churn multiplier E (hazard at age 1 is m·E). */
	earlyChurnMultiplier: number;
	/** e-folding time τ of the early excess, in months. */
	earlyChurnDecayMonths: number;
}

/** Bounds of the fitted values, from the scenario format (MODEL.md section 7). */
export const HAZARD_BOUNDS = {
	earlyChurnMultiplier: [1, 20],
	earlyChurnDecayMonths: [0.1, 120]
} as const;

/** Hazards are kept inside (0, 1) by this margin, so the logarithms stay finite. */
const EDGE = 1e-12;
const LOG_TAU_LOW = Math.log(HAZARD_BOUNDS.earlyChurnDecayMonths[0]);
const LOG_TAU_SPAN = Math.log(HAZARD_BOUNDS.earlyChurnDecayMonths[1]) - LOG_TAU_LOW;
const E_SPAN = HAZARD_BOUNDS.earlyChurnMultiplier[1] - HAZARD_BOUNDS.earlyChurnMultiplier[0];

const logistic = (u: number) => 1 / (1 + Math.exp(-u));
const logit = (p: number) => Math.log(p / (1 - p));
const inside = (p: number) => Math.min(1 - 1e-9, Math.max(1e-9, p));

/** The fitted coordinates of `params` (the inverse of `fromCoordinates`). */
export function toCoordinates(params: HazardParams): number[] {
	return [
		logit(inside(params.matureChurnMonthly)),
		logit(inside((params.earlyChurnMultiplier - 1) / E_SPAN)),
		logit(inside((Math.log(params.earlyChurnDecayMonths) - LOG_TAU_LOW) / LOG_TAU_SPAN))
	];
}

/** Parameters from unbounded coordinates. */
export function fromCoordinates(u: readonly number[]): HazardParams {
	return {
		matureChurnMonthly: logistic(u[0]!),
		earlyChurnMultiplier: 1 + E_SPAN * logistic(u[1]!),
		earlyChurnDecayMonths: Math.exp(LOG_TAU_LOW + LOG_TAU_SPAN * logistic(u[2]!))
	};
}

/** The engine's hazard at age `age` ≥ 1 (no NPS, shock or contract term), clamped to [0, 1]. */
export function engineHazard(params: HazardParams, age: number): number {
	const { matureChurnMonthly: m, earlyChurnMultiplier: e, earlyChurnDecayMonths: tau } = params;
	return Math.min(1, m * (1 + (e - 1) * Math.exp(-(age - 1) / tau)));
}

/** Bernoulli log-likelihood of hazards h(age) (index 0 = age 1) on at-risk and leaver counts. */
export function hazardLogLikelihood(
	hazard: (age: number) => number,
	atRisk: ArrayLike<number>,
	left: ArrayLike<number>
): number {
	let sum = 0;
	for (let i = 0; i < atRisk.length; i++) {
		const n = atRisk[i]!;
		if (n === 0) continue;
		const d = left[i]!;
		const h = Math.min(1 - EDGE, Math.max(EDGE, hazard(i + 1)));
		sum += d * Math.log(h) + (n - d) * Math.log(1 - h);
	}
	return sum;
}

/** ℓ(m, E, τ) of section 9. */
export function engineLogLikelihood(
	params: HazardParams,
	atRisk: ArrayLike<number>,
	left: ArrayLike<number>
): number {
	return hazardLogLikelihood((a) => engineHazard(params, a), atRisk, left);
}

/** Survival of the fitted hazard after ages 1 … `ages` (index 0 = age 1). */
export function engineSurvival(params: HazardParams, ages: number): number[] {
	const survival: number[] = [];
	let s = 1;
	for (let a = 1; a <= ages; a++) {
		s *= 1 - engineHazard(params, a);
		survival.push(s);
	}
	return survival;
}

/** A maximum-likelihood fit. */
export interface HazardFit {
	params: HazardParams;
	logLikelihood: number;
}

/** Starting points: the late-age hazard for m, then a few shapes of the early excess. */
function starts(atRisk: ArrayLike<number>, left: ArrayLike<number>): HazardParams[] {
	let n = 0;
	let d = 0;
	const from = Math.floor(atRisk.length / 2);
	for (let i = from; i < atRisk.length; i++) {
		n += atRisk[i]!;
		d += left[i]!;
	}
	const late = n > 0 && d > 0 ? d / n : 0.01;
	const first = atRisk[0]! > 0 ? left[0]! / atRisk[0]! : late;
	const multiplier = Math.min(19, Math.max(1.05, first / late));
	return [1.5, 6, 24].flatMap((tau) =>
		[multiplier, 1.2].map((e) => ({
			matureChurnMonthly: Math.min(0.9, Math.max(1e-4, late)),
			earlyChurnMultiplier: e,
			earlyChurnDecayMonths: tau
		}))
	);
}

/**
 * The maximum-likelihood (m, E, τ). Several starts (or the one given, for bootstrap refits that
 * begin at the full-data answer); the best wins.
 */
export function fitEngineHazard(
	atRisk: ArrayLike<number>,
	left: ArrayLike<number>,
	from?: HazardParams
): HazardFit {
	const objective = (u: readonly number[]) =>
		-engineLogLikelihood(fromCoordinates(u), atRisk, left);
	let best: HazardFit | undefined;
	for (const start of from ? [from] : starts(atRisk, left)) {
		const found = nelderMead(objective, toCoordinates(start), { step: [0.6, 1, 1] });
		if (!best || -found.value > best.logLikelihood) {
			best = { params: fromCoordinates(found.x), logLikelihood: -found.value };
		}
	}
	return best!;
}
