/**
 * Pilot planner (MODEL.md 10.6): customers per arm for a two-sided two-proportion test that
 * detects a churn change from p1 to p2, how long the test runs, and what it costs.
 */
import { normalQuantile } from './normal';

/** Allowed ranges of the planner's inputs (inclusive unless said otherwise). */
export const PILOT_RANGES = {
	/** Churn over the measurement period, strictly between 0 and 1. */
	proportion: { min: 0, max: 1 },
	alpha: { min: 0.001, max: 0.5 },
	power: { min: 0.5, max: 0.999 },
	/** Customers who can join the test per month. */
	availablePerMonth: { min: 1, max: 1e9 },
	/** Months over which churn is measured. */
	measurementMonths: { min: 1, max: 120 },
	/** Cost of treating one test customer for one month, in the scenario currency. */
	costPerCustomerMonthly: { min: 0, max: 1e9 }
} as const;

export interface PilotInput {
	/** Churn over the measurement period without the change (control arm), 0–1. */
	from: number;
	/** Churn over the measurement period with the change (treatment arm), 0–1. */
	to: number;
	/** Test level (two-sided), default 0.05. */
	alpha?: number;
	/** Power 1 − β, default 0.8. */
	power?: number;
	availablePerMonth?: number;
	measurementMonths?: number;
	costPerCustomerMonthly?: number;
}

export interface PilotPlan {
	from: number;
	to: number;
	alpha: number;
	power: number;
	arms: 2;
	/** Customers per arm. */
	perArm: number;
	totalCustomers: number;
	/** Months to enrol both arms (null when availability is not given). */
	enrolmentMonths: number | null;
	/** Enrolment plus measurement, in months (null when either is not given). */
	durationMonths: number | null;
	/** Treatment-arm customers × measurement months × cost per customer-month (null if not given). */
	cost: number | null;
}

/** What is wrong with a planner input: out of its range, or the two churn values equal. */
export type PilotProblem =
	| {
			kind: 'range';
			field: keyof PilotInput;
			min: number;
			max: number;
			integer: boolean;
			/** The bounds themselves are not allowed (churn proportions). */
			open: boolean;
	  }
	| { kind: 'same'; field: 'to' };

const FIELD_RANGES: [keyof PilotInput, keyof typeof PILOT_RANGES, boolean][] = [
	['from', 'proportion', false],
	['to', 'proportion', false],
	['alpha', 'alpha', false],
	['power', 'power', false],
	['availablePerMonth', 'availablePerMonth', false],
	['measurementMonths', 'measurementMonths', true],
	['costPerCustomerMonthly', 'costPerCustomerMonthly', false]
];

/** The first problem with the inputs, or undefined when they are all fine. */
export function pilotProblem(input: PilotInput): PilotProblem | undefined {
	for (const [field, key, integer] of FIELD_RANGES) {
		const value = input[field];
		if (value === undefined) continue;
		const { min, max } = PILOT_RANGES[key];
		const open = key === 'proportion';
		const inside = open ? value > min && value < max : value >= min && value <= max;
		if (!(Number.isFinite(value) && inside && (!integer || Number.isInteger(value)))) {
			return { kind: 'range', field, min, max, integer, open };
		}
	}
	if (input.from === input.to) return { kind: 'same', field: 'to' };
	return undefined;
}

/** Customers per arm: ⌈(z_{1−α/2}·√(2p̄q̄) + z_{1−β}·√(p1q1 + p2q2))² / (p1 − p2)²⌉. */
export function perArmSize(from: number, to: number, alpha: number, power: number): number {
	const mean = (from + to) / 2;
	const za = normalQuantile(1 - alpha / 2);
	const zb = normalQuantile(power);
	const root =
		za * Math.sqrt(2 * mean * (1 - mean)) + zb * Math.sqrt(from * (1 - from) + to * (1 - to));
	// A hair below the exact integer would ceil up one customer too many; rounding error only.
	return Math.ceil((root * root) / ((from - to) * (from - to)) - 1e-9);
}

/** Churn over `months` months of a constant monthly churn probability. */
export function periodChurn(monthly: number, months: number): number {
	return 1 - Math.pow(1 - monthly, months);
}

/** The whole plan. Inputs must pass pilotProblem. */
export function planPilot(input: PilotInput): PilotPlan {
	const alpha = input.alpha ?? 0.05;
	const power = input.power ?? 0.8;
	const perArm = perArmSize(input.from, input.to, alpha, power);
	const total = 2 * perArm;
	const enrolment =
		input.availablePerMonth !== undefined ? Math.ceil(total / input.availablePerMonth) : null;
	const measurement = input.measurementMonths ?? null;
	return {
		from: input.from,
		to: input.to,
		alpha,
		power,
		arms: 2,
		perArm,
		totalCustomers: total,
		enrolmentMonths: enrolment,
		durationMonths: enrolment !== null && measurement !== null ? enrolment + measurement : null,
		cost:
			measurement !== null && input.costPerCustomerMonthly !== undefined
				? perArm * measurement * input.costPerCustomerMonthly
				: null
	};
}
