/**
 * The uncertain inputs of a scenario as a list: each drawn (PERT) input with its low, likely and
 * high values and its unit, in the engine's draw order. The printed report, the per-path CSV and
 * the class debrief all read this list, so they name the inputs in the same order.
 */
import { FIELDS, type FieldUnit } from '../scenario/fields';
import type { Scenario } from '../scenario/types';
import { makeParamPlan } from '../sim/params';

/** One uncertain input of a scenario. */
export interface UncertainInput {
	/** Field path, e.g. `company.cac` or `strategies[1].retention.hazardReduction`. */
	path: string;
	/** How the number is meant (fractions and rates are shown as percentages). */
	unit: FieldUnit;
	low: number;
	likely: number;
	high: number;
}

const UNIT_BY_PATTERN = new Map(FIELDS.map((f) => [f.path, f.unit]));

/** The field-table unit of a concrete path (`strategies[1].x` matches `strategies[].x`). */
export function unitOfPath(path: string): FieldUnit {
	return UNIT_BY_PATTERN.get(path.replace(/\[\d+\]/g, '[]')) ?? 'number';
}

/** Every input drawn per path, in draw order (the order of the engine's parameter columns). */
export function uncertainInputs(scenario: Scenario): UncertainInput[] {
	return makeParamPlan(scenario).drawn.map(({ path, pert }) => ({
		path,
		unit: unitOfPath(path),
		low: pert.low,
		likely: pert.likely,
		high: pert.high
	}));
}
