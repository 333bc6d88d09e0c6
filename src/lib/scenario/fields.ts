/**
 * The field table of the scenario format (MODEL.md section 7): every numeric field with its range,
 * integer rule, uncertainty, default and unit, and the canonical key order of every object. The
 * validator (schema.ts), the editor and the engine's parameter plan all read it. The strategy
 * fields come from the lever definitions (levers.ts).
 */
import { BOUNDS } from './bounds';
import {
	LEVER_DEFINITIONS,
	leverBlocks,
	leverKeys,
	uncertainLeverPaths,
	type LeverBlock,
	type LeverDefinition
} from './levers';

export { BOUNDS };

// ---------------------------------------------------------------------------------------------
// The field table
// ---------------------------------------------------------------------------------------------

/** Where a field lives: the scenario root, one of its sections, or a strategy (or its options). */
export type FieldGroup = 'root' | 'market' | 'company' | 'effects' | 'strategy' | LeverBlock;

/** The lever definitions, read through their general type. */
const LEVERS: readonly LeverDefinition[] = LEVER_DEFINITIONS;
const BLOCKS: ReadonlySet<string> = new Set(leverBlocks(LEVERS).map((lever) => lever.id));

/**
 * How a number is meant, for display and input:
 * - `count`: a number of customers or paths;
 * - `money`: an amount in the scenario currency;
 * - `fraction`: a share or probability in 0–1 (shown as a percentage);
 * - `rate`: a growth, discount or uplift rate that may be negative or above 1 (shown as a
 *   percentage);
 * - `months`: a duration in months;
 * - `nps`: NPS points (−100–100 scale);
 * - `multiplier`: a factor applied to a hazard or a cost;
 * - `number`: anything else (elasticities, contacts, events per year).
 */
export type FieldUnit =
	'count' | 'money' | 'fraction' | 'rate' | 'months' | 'nps' | 'multiplier' | 'number';

export interface FieldSpec {
	group: FieldGroup;
	/** Key inside its group, e.g. `arpuMonthly`. */
	key: string;
	/**
	 * Path pattern: `horizonMonths`, `company.arpuMonthly`, `strategies[].cxInvestmentMonthly`,
	 * `strategies[].promo.discount`.
	 */
	path: string;
	/** Lowest allowed value (inclusive unless `exclusiveMin`). */
	min: number;
	/** Highest allowed value, inclusive; always finite (see `BOUNDS`). */
	max: number;
	/** The value must be strictly greater than `min`. */
	exclusiveMin?: boolean;
	integer?: boolean;
	/** May be a PERT `{ low, likely, high }` instead of a number. */
	uncertain?: boolean;
	/** Filled in when the field is absent. */
	default?: number;
	/**
	 * True when the field has no default and must be given. `company.walletShareNew` and
	 * `company.walletShareMax` are optional with defaults computed from other fields (see
	 * MODEL.md section 7), so they have `required: false` and no `default`.
	 */
	required: boolean;
	unit: FieldUnit;
}

interface FieldOptions {
	default?: number;
	integer?: boolean;
	uncertain?: boolean;
	exclusiveMin?: boolean;
	/** Optional although it has no fixed default (the default depends on other fields). */
	optional?: boolean;
}

function field(
	group: FieldGroup,
	key: string,
	unit: FieldUnit,
	min: number,
	max: number,
	options: FieldOptions = {}
): FieldSpec {
	const prefix =
		group === 'root'
			? ''
			: group === 'strategy'
				? 'strategies[].'
				: BLOCKS.has(group)
					? `strategies[].${group}.`
					: `${group}.`;
	const spec: FieldSpec = {
		group,
		key,
		path: prefix + key,
		min,
		max,
		required: options.default === undefined && !options.optional,
		unit
	};
	// Only set flags that are true, so the table reads cleanly when logged or serialised.
	if (options.exclusiveMin) spec.exclusiveMin = true;
	if (options.integer) spec.integer = true;
	if (options.uncertain) spec.uncertain = true;
	if (options.default !== undefined) spec.default = options.default;
	return spec;
}

const { customers, perCustomerMoney, monthlyMoney } = BOUNDS;
export const U = { uncertain: true } as const;

/** Every numeric field of MODEL.md section 7, in section-7 order within each group. */
export const FIELDS: FieldSpec[] = [
	field('root', 'horizonMonths', 'months', 12, 240, { integer: true, default: 60 }),
	field('root', 'discountRateAnnual', 'rate', 0, 0.5, { default: 0.1 }),
	field('root', 'paths', 'count', 1, 100000, { integer: true, default: 10000 }),

	field('market', 'addressableCustomers', 'count', 0, customers, { exclusiveMin: true }),
	field('market', 'competitorShockRatePerYear', 'number', 0, 12, { ...U, default: 0 }),
	field('market', 'shockChurnMultiplier', 'multiplier', 1, 10, { ...U, default: 1.5 }),
	field('market', 'shockCacMultiplier', 'multiplier', 1, 10, { ...U, default: 1.3 }),
	field('market', 'shockDurationMonths', 'months', 1, 60, { integer: true, default: 6 }),

	field('company', 'startingCustomers', 'count', 0, customers),
	field('company', 'arpuMonthly', 'money', 0, perCustomerMoney, { ...U, exclusiveMin: true }),
	field('company', 'grossMargin', 'fraction', 0, 1, U),
	field('company', 'matureChurnMonthly', 'fraction', 0, 1, U),
	field('company', 'earlyChurnMultiplier', 'multiplier', 1, 20, { ...U, default: 1 }),
	field('company', 'earlyChurnDecayMonths', 'months', 0.1, 120, { default: 6 }),
	field('company', 'cac', 'money', 0, perCustomerMoney, { ...U, exclusiveMin: true }),
	field('company', 'cacInflationAnnual', 'rate', -0.5, 2, { ...U, default: 0 }),
	field('company', 'saturationElasticity', 'number', 0, 10, { ...U, default: 0 }),
	field('company', 'contactsPerCustomerMonthly', 'number', 0, BOUNDS.contactsPerCustomerMonthly, {
		...U,
		default: 0
	}),
	field('company', 'costPerContact', 'money', 0, perCustomerMoney, { ...U, default: 0 }),
	field('company', 'npsStart', 'nps', -100, 100, { default: 0 }),
	field('company', 'walletShareStart', 'fraction', 0.01, 1, { default: 1 }),
	field('company', 'walletShareNew', 'fraction', 0.01, 1, { optional: true }),
	// The real lower bound is max(walletShareStart, walletShareNew): checked across fields below.
	field('company', 'walletShareMax', 'fraction', 0.01, 1, { optional: true }),

	field('effects', 'churnNpsElasticity', 'number', 0, 10, { ...U, default: 0 }),
	field('effects', 'referralRateAtNps100', 'fraction', 0, 1, { ...U, default: 0 }),
	field('effects', 'expansionRateMonthly', 'fraction', 0, 1, { ...U, default: 0 }),
	field('effects', 'expansionNpsElasticity', 'number', 0, 10, { ...U, default: 0 }),
	field('effects', 'contactNpsElasticity', 'number', 0, 10, { ...U, default: 0 }),
	field('effects', 'detractorCacUplift', 'rate', 0, 10, { ...U, default: 0 }),
	field('effects', 'unfairnessChurnUplift', 'rate', 0, 5, { ...U, default: 0 }),
	field('effects', 'promoNpsPenalty', 'nps', 0, 200, { ...U, default: 0 }),
	field('effects', 'lockInNpsPenalty', 'nps', 0, 200, { ...U, default: 0 }),
	field('effects', 'npsMaxLift', 'nps', 0, 200, { ...U, default: 0 }),
	field('effects', 'cxSpendHalfLift', 'money', 0, monthlyMoney, {
		...U,
		exclusiveMin: true,
		default: 1
	}),
	field('effects', 'npsLagMonths', 'months', 0.1, 120, { ...U, default: 12 }),

	...LEVERS.flatMap((lever) =>
		lever.fields.flatMap((f) =>
			f.kind === 'number'
				? [
						field(
							lever.block ? (lever.id as LeverBlock) : 'strategy',
							f.key,
							f.unit,
							f.min,
							f.max,
							f
						)
					]
				: []
		)
	)
];

/** Uncertain inputs at scenario level (drawn once per path), in a fixed order. */
export const UNCERTAIN_FIELDS: string[] = FIELDS.filter(
	(f) => f.uncertain && (f.group === 'market' || f.group === 'company' || f.group === 'effects')
).map((f) => `${f.group}.${f.key}`);

/** Uncertain inputs inside a strategy, relative to the strategy, in a fixed order. */
export const STRATEGY_UNCERTAIN_FIELDS: string[] = uncertainLeverPaths(LEVERS);

export function fieldsOf(group: FieldGroup): FieldSpec[] {
	return FIELDS.filter((f) => f.group === group);
}

/**
 * Canonical key order of every object in a scenario (section-7 order). Used to build the schema,
 * to write the normalised scenario and to sort issues. Groups made only of numbers take their
 * order from `FIELDS`.
 */
export type ObjectKind = FieldGroup | 'pert';
export const KEY_ORDER: Record<ObjectKind, readonly string[]> = {
	root: [
		'schema',
		'name',
		'currency',
		'horizonMonths',
		'discountRateAnnual',
		'paths',
		'seed',
		'processNoise',
		'market',
		'company',
		'effects',
		'strategies'
	],
	market: fieldsOf('market').map((f) => f.key),
	company: fieldsOf('company').map((f) => f.key),
	effects: fieldsOf('effects').map((f) => f.key),
	strategy: ['id', 'name', ...LEVERS.flatMap((lever) => leverKeys(lever))],
	...(Object.fromEntries(
		leverBlocks(LEVERS).map((lever) => [lever.id, lever.fields.map((f) => f.key)])
	) as unknown as Record<LeverBlock, readonly string[]>),
	pert: ['low', 'likely', 'high']
};

/** Keys whose value is a nested object of a known kind. */
export const CHILD_KIND: Readonly<Record<string, ObjectKind>> = {
	market: 'market',
	company: 'company',
	effects: 'effects',
	...(Object.fromEntries([...BLOCKS].map((block) => [block, block])) as unknown as Record<
		LeverBlock,
		LeverBlock
	>)
};

// ---------------------------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------------------------

/**
 * What a field accepts, as it reads after "must be": `a number from 0 to 1`,
 * `an integer from 1 to 60`, `a number greater than 0 and at most 1000000000000`.
 */
export function describeRange(spec: FieldSpec): string {
	const noun = spec.integer ? 'an integer' : 'a number';
	if (spec.exclusiveMin) return `${noun} greater than ${spec.min} and at most ${spec.max}`;
	return `${noun} from ${spec.min} to ${spec.max}`;
}
