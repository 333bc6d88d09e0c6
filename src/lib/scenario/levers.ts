/**
 * The strategy levers (MODEL.md sections 7 and 10.3), each defined once: its id, its fields
 * (range, default, integer, uncertain, the value the editor starts from), whether its fields sit
 * in an optional block of the strategy, and its message keys. The field table and the schema
 * (fields.ts, schema.ts), the parameter slots (sim/params.ts), the editor (state/scenario.svelte.ts,
 * ui/StrategyColumn.svelte), the field messages (i18n/index.ts) and the decision analytics
 * (decision/levers.ts) read it. A lever's mechanism (what it does to customers and money) is code
 * and lives in the engine (sim/strategy-inputs.ts, sim/strategy-run.ts).
 *
 * The order of `LEVER_DEFINITIONS` and of each lever's fields is a contract: it is the key order
 * of the normalised JSON, the order of the editor and the draw order of the per-strategy
 * parameters (common random numbers and the seeded link fixtures depend on it). Append new
 * levers and new uncertain fields at the end.
 */
import { BOUNDS } from './bounds';
import type { FieldUnit } from './fields';
import type { Strategy } from './types';

/** A numeric field of a lever. */
export interface LeverNumberField {
	kind: 'number';
	/** Key in the strategy, or in the lever's block. */
	key: string;
	unit: FieldUnit;
	/** Lowest allowed value (inclusive unless `exclusiveMin`). */
	min: number;
	/** Highest allowed value, inclusive. */
	max: number;
	exclusiveMin?: boolean;
	integer?: boolean;
	/** May be a PERT `{ low, likely, high }`; drawn per path and strategy. */
	uncertain?: boolean;
	/** Filled in when the field is absent (no default: the field is required). */
	default?: number;
	/** What the editor writes when the lever's block is switched on (blocks only). */
	initial?: number;
}

/** A true/false field of a lever's block (always required in the block). */
export interface LeverSwitchField {
	kind: 'boolean';
	key: string;
	/** What the editor writes when the block is switched on. */
	initial: boolean;
}

export type LeverField = LeverNumberField | LeverSwitchField;

export interface LeverDefinition {
	/** Lever id; for a block lever also the strategy key of its block. */
	id: string;
	/**
	 * True when the lever's fields live in an optional object `strategy[id]` that the editor
	 * switches on and off; false when they are plain fields of the strategy.
	 */
	block: boolean;
	/** What the block holds, as the validator names it ("an object with the {noun} fields"). */
	noun?: string;
	fields: readonly LeverField[];
}

const { perCustomerMoney, monthlyMoney } = BOUNDS;

function num<K extends string>(
	key: K,
	unit: FieldUnit,
	min: number,
	max: number,
	options: Omit<LeverNumberField, 'kind' | 'key' | 'unit' | 'min' | 'max'> = {}
): LeverNumberField & { key: K } {
	return { kind: 'number', key, unit, min, max, ...options };
}

/** Every lever, in report, editor and JSON order (see the header on why the order matters). */
export const LEVER_DEFINITIONS = [
	{
		id: 'acquisition',
		block: false,
		fields: [
			num('acquisitionBudgetMonthly', 'money', 0, monthlyMoney),
			num('acquisitionBudgetGrowthAnnual', 'rate', -1, 5, { default: 0 })
		]
	},
	{
		id: 'cx',
		block: false,
		fields: [num('cxInvestmentMonthly', 'money', 0, monthlyMoney, { default: 0 })]
	},
	{
		id: 'price',
		block: false,
		fields: [num('priceIncreaseAnnual', 'rate', -0.5, 1, { default: 0 })]
	},
	{
		id: 'promo',
		block: true,
		noun: 'promotion',
		fields: [
			num('discount', 'fraction', 0, 1, { initial: 0.2 }),
			num('months', 'months', 1, 36, { integer: true, initial: 3 }),
			num('conversionLift', 'rate', 0, 10, { uncertain: true, initial: 0.2 }),
			{ kind: 'boolean', key: 'exclusiveToNew', initial: true },
			num('dealSeekerChurnMultiplier', 'multiplier', 1, 20, {
				uncertain: true,
				default: 1,
				initial: 1.5
			})
		]
	},
	{
		id: 'lockIn',
		block: true,
		noun: 'lock-in',
		fields: [
			num('share', 'fraction', 0, 1, { initial: 0.5 }),
			num('months', 'months', 1, 60, { integer: true, initial: 12 }),
			num('inContractChurnMultiplier', 'multiplier', 0, 1, { uncertain: true, initial: 0.3 }),
			num('expiryChurn', 'fraction', 0, 1, { uncertain: true, initial: 0.3 })
		]
	},
	{
		id: 'retention',
		block: true,
		noun: 'retention',
		fields: [
			num('hazardReduction', 'fraction', 0, 1, { uncertain: true, initial: 0.15 }),
			num('costPerCustomerMonthly', 'money', 0, perCustomerMoney, {
				uncertain: true,
				initial: 0.5
			})
		]
	}
] as const satisfies readonly LeverDefinition[];

type Definitions = typeof LEVER_DEFINITIONS;

/** A lever id: `acquisition`, `cx`, `price`, `promo`, `lockIn`, `retention`. */
export type LeverId = Definitions[number]['id'];

/** A lever whose fields sit in an optional block of the strategy (`promo`, `lockIn`, …). */
export type LeverBlock = Extract<Definitions[number], { block: true }>['id'];

/** The levers whose fields sit in an optional block, in definition order. */
export function leverBlocks(levers: readonly LeverDefinition[]): LeverDefinition[] {
	return levers.filter((lever) => lever.block);
}

/** The message group of a lever's fields: its block id, or `strategy` for plain fields. */
export function leverGroup(lever: LeverDefinition): string {
	return lever.block ? lever.id : 'strategy';
}

/** A lever field's path relative to the strategy: `cxInvestmentMonthly`, `promo.discount`. */
export function leverFieldPath(lever: LeverDefinition, field: LeverField): string {
	return lever.block ? `${lever.id}.${field.key}` : field.key;
}

/** The strategy keys a lever owns: its block, or its plain fields. */
export function leverKeys(lever: LeverDefinition): string[] {
	return lever.block ? [lever.id] : lever.fields.map((field) => field.key);
}

/**
 * The uncertain lever fields relative to the strategy, in draw order (definition order):
 * the per-strategy parameter slots.
 */
export function uncertainLeverPaths(levers: readonly LeverDefinition[]): string[] {
	return levers.flatMap((lever) =>
		lever.fields
			.filter((field) => field.kind === 'number' && field.uncertain)
			.map((field) => leverFieldPath(lever, field))
	);
}

/**
 * The message keys of a lever field (`field.promo.discount.label`, …) and of a block's switch
 * (`field.strategy.promo.label`); `help` and `unit` follow the same pattern. Both catalogues
 * hold them (tests/unit/levers.test.ts).
 */
export function leverMessageKey(
	lever: LeverDefinition,
	key: string | null,
	part: 'label' | 'help' | 'unit'
): string {
	return key === null
		? `field.strategy.${lever.id}.${part}`
		: `field.${leverGroup(lever)}.${key}.${part}`;
}

/** The lever's name in the decision analytics (`decide.lever.promo`). */
export function leverAttributionKey(lever: LeverDefinition): string {
	return `decide.lever.${lever.id}`;
}

/** What the editor writes into a block when it is switched on for the first time. */
export function initialBlock(lever: LeverDefinition): Record<string, number | boolean> {
	const out: Record<string, number | boolean> = {};
	for (const field of lever.fields) {
		const value = field.kind === 'boolean' ? field.initial : (field.initial ?? field.default);
		if (value === undefined)
			throw new Error(`Lever field ${lever.id}.${field.key} has no initial value`);
		out[field.key] = value;
	}
	return out;
}

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type KeysOf<L extends Definitions[number]> = L['fields'][number]['key'];

/**
 * True when the definitions name exactly the keys of the `Strategy` interface (types.ts), which
 * stays written out so that each field carries its doc comment: every block's keys are its
 * interface's keys, and the plain levers' keys are the strategy's other keys. Checked at compile
 * time by tests/unit/levers.test.ts.
 */
export type LeverTypesAgree =
	| {
			[B in LeverBlock]: Same<
				KeysOf<Extract<Definitions[number], { id: B }>>,
				keyof NonNullable<Strategy[B]>
			>;
	  }[LeverBlock]
	| Same<
			KeysOf<Extract<Definitions[number], { block: false }>>,
			Exclude<keyof Strategy, 'id' | 'name' | LeverBlock>
	  >;
