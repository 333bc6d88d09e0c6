/**
 * The contract of the lever definitions (src/lib/scenario/levers.ts): every lever field is
 * validated with its range, reaches the parameter slots when uncertain, appears in the editor
 * under its field id and has English and Vietnamese messages; and a lever added to the definition
 * reaches the schema, the slots, the editor and the decision analytics without further edits.
 */
import { afterEach, describe, expect, expectTypeOf, it, vi as vitest } from 'vitest';
import { render } from 'svelte/server';
import { en } from '$lib/i18n/en';
import { vi } from '$lib/i18n/vi';
import { fieldMessageKey } from '$lib/i18n';
import {
	LEVER_DEFINITIONS,
	leverAttributionKey,
	leverFieldPath,
	leverMessageKey,
	type LeverDefinition,
	type LeverField,
	type LeverNumberField,
	type LeverTypesAgree
} from '$lib/scenario/levers';
import { FIELDS, KEY_ORDER } from '$lib/scenario/fields';
import { validateScenario, type ScenarioInput } from '$lib/scenario/schema';
import * as P from '$lib/sim/params';
import { LEVERS, LEVER_KEYS, SLOT_LEVER } from '$lib/decision/levers';
import { fieldDomId } from '$lib/ui/field-id';
import { neutralScenario } from './helpers/scenarios';
import StrategyColumnHost from './helpers/StrategyColumnHost.svelte';

const DEFS: readonly LeverDefinition[] = LEVER_DEFINITIONS;

const numbers = (lever: LeverDefinition) =>
	lever.fields.filter((f): f is LeverNumberField => f.kind === 'number');

/** A valid value of every field of a lever (blocks switched on). */
function leverValues(lever: LeverDefinition): Record<string, unknown> {
	const values: Record<string, unknown> = {};
	for (const field of lever.fields) {
		values[field.key] =
			field.kind === 'boolean' ? field.initial : (field.initial ?? field.default ?? field.min);
	}
	return lever.block ? { [lever.id]: values } : values;
}

/** A scenario whose first strategy sets every lever (every block switched on). */
function everyLever(levers: readonly LeverDefinition[]): ScenarioInput {
	const scenario = neutralScenario() as unknown as ScenarioInput;
	const first = scenario.strategies[0] as unknown as Record<string, unknown>;
	for (const lever of levers) Object.assign(first, leverValues(lever));
	return scenario;
}

/** A value just outside a field's range (above its maximum). */
const outside = (field: LeverNumberField) => field.max + Math.max(1, Math.abs(field.max));

function withField(scenario: ScenarioInput, relative: string, value: unknown): ScenarioInput {
	const copy = structuredClone(scenario);
	let node = copy.strategies[0] as unknown as Record<string, unknown>;
	const keys = relative.split('.');
	for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
	node[keys[keys.length - 1]!] = value;
	return copy;
}

describe('every lever field', () => {
	const all = DEFS.flatMap((lever) => lever.fields.map((field) => ({ lever, field })));
	const base = everyLever(DEFS);

	it('the scenario with every lever set is valid', () => {
		// Compile time: the definitions name exactly the keys of the Strategy interface.
		expectTypeOf<LeverTypesAgree>().toEqualTypeOf<true>();
		expect(validateScenario(base).ok).toBe(true);
	});

	it.each(all.filter(({ field }) => field.kind === 'number'))(
		'$lever.id $field.key is validated with its range',
		({ lever, field }) => {
			const spec = field as LeverNumberField;
			const path = leverFieldPath(lever, field);
			const row = FIELDS.find((f) => f.path === `strategies[].${path}`);
			expect(row).toMatchObject({
				min: spec.min,
				max: spec.max,
				required: spec.default === undefined
			});
			expect(row?.default).toBe(spec.default);
			expect(row?.integer === true).toBe(spec.integer === true);
			expect(row?.uncertain === true).toBe(spec.uncertain === true);
			const result = validateScenario(withField(base, path, outside(spec)));
			expect(result.ok).toBe(false);
			if (result.ok) return;
			expect(result.issues).toContainEqual(
				expect.objectContaining({
					path: `strategies[0].${path}`,
					code: 'number.outOfRange',
					params: expect.objectContaining({ min: spec.min, max: spec.max })
				})
			);
		}
	);

	it.each(all)(
		'$lever.id $field.key has an English and a Vietnamese label and help',
		({ lever, field }) => {
			for (const part of ['label', 'help'] as const) {
				const key = leverMessageKey(lever, field.key, part);
				expect(fieldMessageKey(`strategies[2].${leverFieldPath(lever, field)}`, part)).toBe(key);
				expect(en).toHaveProperty([key]);
				expect(vi).toHaveProperty([key]);
			}
		}
	);

	it.each(DEFS)(
		'lever $id has its switch (blocks) and attribution messages in both languages',
		(lever) => {
			const keys = [leverAttributionKey(lever)];
			if (lever.block)
				keys.push(leverMessageKey(lever, null, 'label'), leverMessageKey(lever, null, 'help'));
			for (const key of keys) {
				expect(en).toHaveProperty([key]);
				expect(vi).toHaveProperty([key]);
			}
		}
	);

	it('appears in the editor under its field id, in definition order', () => {
		const html = render(StrategyColumnHost, { props: { scenario: base } }).body;
		const ids = all.map(({ lever, field }) =>
			fieldDomId(`strategies[0].${leverFieldPath(lever, field)}`)
		);
		const at = ids.map((id) => html.indexOf(`id="${id}"`));
		expect(at.every((i) => i >= 0)).toBe(true);
		expect(at).toEqual([...at].sort((a, b) => a - b));
		for (const lever of DEFS.filter((l) => l.block))
			expect(html).toContain(`id="${fieldDomId(`strategies[0].${lever.id}`)}"`);
	});
});

describe('what is derived from the definitions', () => {
	it('the field table holds exactly the lever fields for the strategy and its blocks', () => {
		const strategyRows = FIELDS.filter((f) => f.path.startsWith('strategies[].')).map(
			(f) => f.path
		);
		const fromLevers = DEFS.flatMap((lever) =>
			numbers(lever).map((field) => `strategies[].${leverFieldPath(lever, field)}`)
		);
		expect(strategyRows).toEqual(fromLevers);
		expect(KEY_ORDER.strategy).toEqual([
			'id',
			'name',
			...DEFS.flatMap((l) => (l.block ? [l.id] : l.fields.map((f) => f.key)))
		]);
	});

	it('the parameter slots keep their draw order (common random numbers, seeded fixtures)', () => {
		expect(P.STRATEGY_PARAMS).toEqual([
			'promo.conversionLift',
			'promo.dealSeekerChurnMultiplier',
			'lockIn.inContractChurnMultiplier',
			'lockIn.expiryChurn',
			'retention.hazardReduction',
			'retention.costPerCustomerMonthly'
		]);
		expect([
			P.S_CONVERSION_LIFT,
			P.S_DEAL_SEEKER,
			P.S_IN_CONTRACT,
			P.S_EXPIRY,
			P.S_HAZARD_REDUCTION,
			P.S_RETENTION_COST
		]).toEqual([0, 1, 2, 3, 4, 5]);
		expect(SLOT_LEVER).toEqual(['promo', 'promo', 'lockIn', 'lockIn', 'retention', 'retention']);
	});

	it('the decision levers are the definitions, with the keys each owns', () => {
		expect(LEVERS).toEqual(['acquisition', 'cx', 'price', 'promo', 'lockIn', 'retention']);
		expect(LEVER_KEYS.acquisition).toEqual([
			'acquisitionBudgetMonthly',
			'acquisitionBudgetGrowthAnnual'
		]);
		expect(LEVER_KEYS.lockIn).toEqual(['lockIn']);
	});
});

describe('a lever added to the definition', () => {
	const num = (
		key: string,
		min: number,
		max: number,
		extra: Partial<LeverNumberField> = {}
	): LeverField => ({
		kind: 'number',
		key,
		unit: 'fraction',
		min,
		max,
		...extra
	});
	const LOYALTY: LeverDefinition = {
		id: 'loyalty',
		block: true,
		noun: 'loyalty',
		fields: [
			num('pointsShare', 0, 1, { uncertain: true, initial: 0.1 }),
			{ kind: 'boolean', key: 'tiered', initial: false },
			num('tiers', 1, 5, { integer: true, initial: 3 })
		]
	};
	const SERVICE: LeverDefinition = {
		id: 'service',
		block: false,
		fields: [num('serviceLevel', 0, 1, { default: 0.5 })]
	};

	afterEach(() => {
		vitest.doUnmock('$lib/scenario/levers');
		vitest.resetModules();
	});

	async function withExtraLevers() {
		vitest.resetModules();
		vitest.doMock('$lib/scenario/levers', async (importOriginal) => {
			const actual = await importOriginal<typeof import('$lib/scenario/levers')>();
			return { ...actual, LEVER_DEFINITIONS: [...actual.LEVER_DEFINITIONS, LOYALTY, SERVICE] };
		});
		return {
			schema: await import('$lib/scenario/schema'),
			params: await import('$lib/sim/params'),
			decision: await import('$lib/decision/levers'),
			state: await import('$lib/state/scenario.svelte'),
			i18n: await import('$lib/i18n'),
			Host: (await import('./helpers/StrategyColumnHost.svelte')).default,
			// The fresh module graph has its own Svelte runtime: render with that one.
			render: (await import('svelte/server')).render
		};
	}

	it('reaches the schema with its ranges, defaults and key order', async () => {
		const { schema } = await withExtraLevers();
		const scenario = everyLever([...DEFS, LOYALTY, SERVICE]);
		const ok = schema.validateScenario(scenario);
		expect(ok.ok).toBe(true);
		if (!ok.ok) return;
		const first = ok.scenario.strategies[0] as unknown as Record<string, unknown>;
		expect(Object.keys(first).slice(-2)).toEqual(['loyalty', 'serviceLevel']);
		expect(Object.keys(first.loyalty as object)).toEqual(['pointsShare', 'tiered', 'tiers']);

		const broken = withField(withField(scenario, 'loyalty.tiers', 2.5), 'serviceLevel', 2);
		const bad = schema.validateScenario(withField(broken, 'loyalty.tiered', 'yes'));
		expect(bad.ok).toBe(false);
		if (bad.ok) return;
		expect(bad.issues.map((i) => [i.path, i.code])).toEqual([
			['strategies[0].loyalty.tiered', 'boolean.invalid'],
			['strategies[0].loyalty.tiers', 'number.notInteger'],
			['strategies[0].serviceLevel', 'number.outOfRange']
		]);
		const withoutDefault = structuredClone(scenario);
		delete (withoutDefault.strategies[0] as unknown as Record<string, unknown>).serviceLevel;
		const filled = schema.validateScenario(withoutDefault);
		expect(
			filled.ok &&
				(filled.scenario.strategies[0] as unknown as Record<string, unknown>).serviceLevel
		).toBe(0.5);
	});

	it('reaches the parameter slots after the existing ones, and the decision levers', async () => {
		const { params, decision } = await withExtraLevers();
		expect(params.STRATEGY_PARAMS).toEqual([...P.STRATEGY_PARAMS, 'loyalty.pointsShare']);
		expect(params.S_RETENTION_COST).toBe(P.S_RETENTION_COST);
		expect(decision.LEVERS).toEqual([...LEVERS, 'loyalty', 'service']);
		expect(decision.SLOT_LEVER.at(-1)).toBe('loyalty');
		const scenario = everyLever([...DEFS, LOYALTY, SERVICE]);
		(
			scenario.strategies[0] as unknown as { loyalty: { pointsShare: unknown } }
		).loyalty.pointsShare = {
			low: 0.1,
			likely: 0.2,
			high: 0.4
		};
		const valid = (await import('$lib/scenario/schema')).validateScenario(scenario);
		expect(valid.ok).toBe(true);
		if (!valid.ok) return;
		const plan = params.makeParamPlan(valid.scenario);
		expect(plan.drawn.at(-1)).toMatchObject({
			path: 'strategies[0].loyalty.pointsShare',
			slot: params.strategySlot(0, params.STRATEGY_PARAMS.length - 1)
		});
	});

	it('reaches the editor: its block switches on with its initial values and shows its fields', async () => {
		const { state, i18n, Host, render } = await withExtraLevers();
		const editing = new state.ScenarioState(neutralScenario());
		editing.toggleOption(0, 'loyalty' as never, true);
		expect(editing.get('strategies[0].loyalty')).toEqual({
			pointsShare: 0.1,
			tiered: false,
			tiers: 3
		});
		expect(i18n.fieldMessageKey('strategies[0].loyalty.pointsShare', 'label')).toBeUndefined();

		const html = render(Host, {
			props: { scenario: everyLever([...DEFS, LOYALTY, SERVICE]) }
		}).body;
		for (const path of [
			'loyalty',
			'loyalty.pointsShare',
			'loyalty.tiered',
			'loyalty.tiers',
			'serviceLevel'
		])
			expect(html).toContain(`id="${fieldDomId(`strategies[0].${path}`)}"`);
	});
});
