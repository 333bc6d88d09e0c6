/**
 * Uncertain inputs: which fields may be PERT distributions, where each lands in the per-path
 * parameter vector, and how one path's values are drawn (MODEL.md section 6).
 */
import type { Pert, Scenario, Strategy, Uncertain } from '../scenario/types';
import { STRATEGY_UNCERTAIN_FIELDS, UNCERTAIN_FIELDS } from '../scenario/schema';
import { drawPert, type Rng } from './random';

/** Scenario-level uncertain fields, in the order they are drawn (section 7 order; slots below). */
export const SCENARIO_PARAMS = UNCERTAIN_FIELDS;

/** Per-strategy uncertain fields, relative to the strategy (the levers' uncertain fields). */
export const STRATEGY_PARAMS = STRATEGY_UNCERTAIN_FIELDS;

/** The offset of a lever's uncertain field among a strategy's slots, e.g. `promo.conversionLift`. */
export function strategyParam(path: string): number {
	const offset = STRATEGY_PARAMS.indexOf(path);
	if (offset < 0) throw new Error(`No uncertain lever field ${path}`);
	return offset;
}

// Slots in the parameter vector. Scenario-level slots follow SCENARIO_PARAMS.
export const P_SHOCK_RATE = 0;
export const P_SHOCK_CHURN = 1;
export const P_SHOCK_CAC = 2;
export const P_ARPU = 3;
export const P_MARGIN = 4;
export const P_MATURE_CHURN = 5;
export const P_EARLY_CHURN = 6;
export const P_CAC = 7;
export const P_CAC_INFLATION = 8;
export const P_SATURATION = 9;
export const P_CONTACTS = 10;
export const P_CONTACT_COST = 11;
export const P_CHURN_NPS = 12;
export const P_REFERRAL = 13;
export const P_EXPANSION = 14;
export const P_EXPANSION_NPS = 15;
export const P_CONTACT_NPS = 16;
export const P_DETRACTOR_CAC = 17;
export const P_UNFAIRNESS = 18;
export const P_PROMO_NPS = 19;
export const P_LOCKIN_NPS = 20;
export const P_NPS_MAX_LIFT = 21;
export const P_HALF_LIFT = 22;
export const P_NPS_LAG = 23;
// Per-strategy slots: strategySlot(s, S_*), where the lever definitions put them.
export const S_CONVERSION_LIFT = strategyParam('promo.conversionLift');
export const S_DEAL_SEEKER = strategyParam('promo.dealSeekerChurnMultiplier');
export const S_IN_CONTRACT = strategyParam('lockIn.inContractChurnMultiplier');
export const S_EXPIRY = strategyParam('lockIn.expiryChurn');
export const S_HAZARD_REDUCTION = strategyParam('retention.hazardReduction');
export const S_RETENTION_COST = strategyParam('retention.costPerCustomerMonthly');

export function strategySlot(strategy: number, offset: number): number {
	return SCENARIO_PARAMS.length + strategy * STRATEGY_PARAMS.length + offset;
}

/** An uncertain input that is drawn on every path (a PERT, not a plain number). */
export interface DrawnParameter {
	/** Field path, e.g. `effects.churnNpsElasticity` or `strategies[1].promo.conversionLift`. */
	path: string;
	slot: number;
	pert: Pert;
}

/** How to fill the parameter vector of one path. */
export interface ParamPlan {
	/** Values of every slot that is a plain number (drawn slots are overwritten per path). */
	constants: Float64Array;
	drawn: DrawnParameter[];
	/** Fill `values` for one path from its parameter stream. */
	draw(rng: Rng, values: Float64Array): void;
}

function lookup(object: unknown, dotted: string): Uncertain | undefined {
	let node: unknown = object;
	for (const key of dotted.split('.')) {
		if (node === null || typeof node !== 'object') return undefined;
		node = (node as Record<string, unknown>)[key];
	}
	return node as Uncertain | undefined;
}

export function makeParamPlan(scenario: Scenario): ParamPlan {
	const slots = SCENARIO_PARAMS.length + scenario.strategies.length * STRATEGY_PARAMS.length;
	const constants = new Float64Array(slots);
	const drawn: DrawnParameter[] = [];

	const add = (path: string, slot: number, value: Uncertain | undefined) => {
		if (value === undefined) return;
		if (typeof value === 'number') constants[slot] = value;
		else {
			constants[slot] = value.likely;
			drawn.push({ path, slot, pert: value });
		}
	};
	SCENARIO_PARAMS.forEach((path, slot) => add(path, slot, lookup(scenario, path)));
	scenario.strategies.forEach((strategy: Strategy, s) => {
		STRATEGY_PARAMS.forEach((path, offset) =>
			add(`strategies[${s}].${path}`, strategySlot(s, offset), lookup(strategy, path))
		);
	});

	return {
		constants,
		drawn,
		draw(rng, values) {
			values.set(constants);
			for (const parameter of drawn) values[parameter.slot] = drawPert(parameter.pert, rng);
		}
	};
}
