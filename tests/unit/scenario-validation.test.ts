/**
 * Scenario validation (MODEL.md section 7, section 8 property 6): one invalid case per rule,
 * each checked for the exact issue path and a message that names the path and what is allowed;
 * plus defaults, canonical output and round-tripping.
 */
import { describe, it, expect } from 'vitest';
import {
	validateScenario,
	formatIssues,
	describeRange,
	FIELDS,
	UNCERTAIN_FIELDS,
	STRATEGY_UNCERTAIN_FIELDS,
	type FieldSpec
} from '../../src/lib/scenario/schema';
import { BOUNDS } from '../../src/lib/scenario/fields';
import type { ScenarioIssue } from '../../src/lib/scenario/types';

// Scenarios are edited freely in these tests, so they are plain JSON values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

/** A valid scenario using most features: PERTs, a promotion, lock-in and retention. */
function base(): Json {
	return {
		schema: 1,
		name: 'Telecom: acquisition vs experience',
		currency: 'EUR',
		horizonMonths: 36,
		seed: 'abc',
		market: { addressableCustomers: 1_000_000, competitorShockRatePerYear: 0.5 },
		company: {
			startingCustomers: 100_000,
			arpuMonthly: { low: 40, likely: 50, high: 70 },
			grossMargin: 0.6,
			matureChurnMonthly: { low: 0.01, likely: 0.02, high: 0.03 },
			cac: 300,
			walletShareStart: 0.5
		},
		effects: { churnNpsElasticity: 1, npsMaxLift: { low: 10, likely: 20, high: 40 } },
		strategies: [
			{
				id: 'acquisition',
				name: 'Acquisition-heavy',
				acquisitionBudgetMonthly: 100_000,
				promo: { discount: 0.3, months: 3, conversionLift: 0.5, exclusiveToNew: true },
				lockIn: { share: 0.5, months: 24, inContractChurnMultiplier: 0.3, expiryChurn: 0.3 }
			},
			{
				id: 'experience',
				name: 'Experience-led',
				acquisitionBudgetMonthly: 50_000,
				cxInvestmentMonthly: 50_000,
				promo: { discount: 0.1, months: 6, conversionLift: 0.2, exclusiveToNew: false },
				retention: { hazardReduction: 0.2, costPerCustomerMonthly: 0.5 }
			}
		]
	};
}

/** The smallest valid scenario: only the fields without defaults. */
function minimal(): Json {
	return {
		schema: 1,
		name: 'Minimal',
		market: { addressableCustomers: 1000 },
		company: {
			startingCustomers: 100,
			arpuMonthly: 10,
			grossMargin: 0.5,
			matureChurnMonthly: 0.02,
			cac: 50
		},
		strategies: [{ id: 'only', name: 'Only', acquisitionBudgetMonthly: 0 }]
	};
}

/** Applies `edit` to a fresh base scenario and returns the issues (failing if it validates). */
function issuesOf(edit: (s: Json) => void, start: () => Json = base): ScenarioIssue[] {
	const scenario = start();
	edit(scenario);
	const result = validateScenario(scenario);
	if (result.ok) throw new Error('expected the scenario to be refused');
	return result.issues;
}

/** Where a field of the table sits in `base()`. */
function concretePath(spec: FieldSpec): string {
	if (spec.group === 'root') return spec.key;
	if (spec.group === 'retention') return `strategies[1].retention.${spec.key}`;
	return spec.path.replace('strategies[]', 'strategies[0]');
}

function keysOf(path: string): string[] {
	return path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
}

/** Sets a value at a path such as `strategies[0].promo.months`. */
function setAt(target: Json, path: string, value: unknown): void {
	const keys = keysOf(path);
	let node = target;
	for (const key of keys.slice(0, -1)) node = node[key];
	node[keys[keys.length - 1]!] = value;
}

function deleteAt(target: Json, path: string): void {
	const keys = keysOf(path);
	let node = target;
	for (const key of keys.slice(0, -1)) node = node[key];
	delete node[keys[keys.length - 1]!];
}

function expectIssue(issues: ScenarioIssue[], path: string, text: string): void {
	const atPath = issues.filter((i) => i.path === path);
	expect(atPath, `issues at ${path}: ${formatIssues(issues)}`).not.toHaveLength(0);
	const match = atPath.find((i) => i.message.includes(text));
	expect(match, `no issue at ${path} mentions "${text}": ${formatIssues(issues)}`).toBeDefined();
	expect(match!.message).toContain(path === '' ? 'The scenario' : path);
}

describe('validateScenario: valid scenarios', () => {
	it('accepts the base and minimal scenarios', () => {
		expect(validateScenario(base()).ok).toBe(true);
		expect(validateScenario(minimal()).ok).toBe(true);
	});

	it('accepts every field at its inclusive bounds', () => {
		for (const spec of FIELDS) {
			const bounds = [spec.exclusiveMin ? [] : [spec.min], [spec.max]];
			for (const value of bounds.flat()) {
				// walletShareMax below the starting shares breaks a cross-field rule, tested apart.
				if (spec.key === 'walletShareMax' && value < 0.5) continue;
				const scenario = base();
				// Keep the starting base within the market when moving either bound.
				if (spec.key === 'startingCustomers')
					scenario.market.addressableCustomers = BOUNDS.customers;
				setAt(scenario, concretePath(spec), value);
				const result = validateScenario(scenario);
				expect(result.ok ? [] : formatIssues(result.issues), `${spec.path} = ${value}`).toEqual([]);
			}
		}
	});

	it('accepts a PERT with low = likely = high and integer or string seeds', () => {
		expect(
			validateScenario({
				...base(),
				seed: -42,
				company: { ...base().company, cac: { low: 5, likely: 5, high: 5 } }
			}).ok
		).toBe(true);
		expect(validateScenario({ ...base(), seed: 'x'.repeat(64) }).ok).toBe(true);
	});

	it('accepts the promotion bound discount × months / 12 = 1 for equal offers', () => {
		const scenario = base();
		scenario.strategies[1].promo = {
			discount: 0.5,
			months: 24,
			conversionLift: 0,
			exclusiveToNew: false
		};
		expect(validateScenario(scenario).ok).toBe(true);
	});
});

interface Case {
	name: string;
	edit: (s: Json) => void;
	path: string;
	/** Text the message must contain besides the path (usually the allowed range). */
	text: string;
	start?: () => Json;
}

const EXPLICIT_CASES: Case[] = [
	// Root
	{ name: 'schema 2', edit: (s) => (s.schema = 2), path: 'schema', text: 'must be 1; got 2' },
	{ name: 'schema "1"', edit: (s) => (s.schema = '1'), path: 'schema', text: 'must be 1' },
	{ name: 'schema missing', edit: (s) => delete s.schema, path: 'schema', text: 'is required' },
	{
		name: 'empty name',
		edit: (s) => (s.name = ''),
		path: 'name',
		text: 'a string of 1 to 120 characters'
	},
	{
		name: 'long name',
		edit: (s) => (s.name = 'n'.repeat(121)),
		path: 'name',
		text: 'a string of 1 to 120 characters'
	},
	{
		name: 'name not a string',
		edit: (s) => (s.name = 5),
		path: 'name',
		text: 'a string of 1 to 120 characters'
	},
	{
		name: 'lower-case currency',
		edit: (s) => (s.currency = 'usd'),
		path: 'currency',
		text: '3-letter ISO 4217'
	},
	{
		name: 'unknown currency',
		edit: (s) => (s.currency = 'QQQ'),
		path: 'currency',
		text: '3-letter ISO 4217'
	},
	{
		name: 'currency too long',
		edit: (s) => (s.currency = 'EURO'),
		path: 'currency',
		text: '3-letter ISO 4217'
	},
	{
		name: 'horizon too short',
		edit: (s) => (s.horizonMonths = 11),
		path: 'horizonMonths',
		text: 'an integer from 12 to 240; got 11'
	},
	{
		name: 'horizon not integer',
		edit: (s) => (s.horizonMonths = 60.5),
		path: 'horizonMonths',
		text: 'an integer from 12 to 240'
	},
	{
		name: 'discount rate too high',
		edit: (s) => (s.discountRateAnnual = 0.51),
		path: 'discountRateAnnual',
		text: 'a number from 0 to 0.5'
	},
	{
		name: 'paths zero',
		edit: (s) => (s.paths = 0),
		path: 'paths',
		text: 'an integer from 1 to 100000'
	},
	{
		name: 'paths too many',
		edit: (s) => (s.paths = 100_001),
		path: 'paths',
		text: 'an integer from 1 to 100000'
	},
	{
		name: 'seed too long',
		edit: (s) => (s.seed = 's'.repeat(65)),
		path: 'seed',
		text: 'a string of 1 to 64 characters or a whole number'
	},
	{
		name: 'empty seed',
		edit: (s) => (s.seed = ''),
		path: 'seed',
		text: 'a string of 1 to 64 characters'
	},
	{ name: 'fractional seed', edit: (s) => (s.seed = 1.5), path: 'seed', text: 'or a whole number' },
	{
		name: 'unsafe integer seed',
		edit: (s) => (s.seed = 2 ** 53),
		path: 'seed',
		text: 'or a whole number'
	},
	{ name: 'boolean seed', edit: (s) => (s.seed = true), path: 'seed', text: 'or a whole number' },
	{
		name: 'processNoise not boolean',
		edit: (s) => (s.processNoise = 'yes'),
		path: 'processNoise',
		text: 'true or false'
	},
	{
		name: 'unknown root field',
		edit: (s) => (s.extra = 1),
		path: 'extra',
		text: 'is not a known field'
	},
	// Sections
	{ name: 'market missing', edit: (s) => delete s.market, path: 'market', text: 'is required' },
	{
		name: 'market an array',
		edit: (s) => (s.market = []),
		path: 'market',
		text: 'must be an object'
	},
	{
		name: 'company null',
		edit: (s) => (s.company = null),
		path: 'company',
		text: 'must be an object'
	},
	{
		name: 'unknown market field',
		edit: (s) => (s.market.foo = 1),
		path: 'market.foo',
		text: 'is not a known field'
	},
	{
		name: 'unknown company field',
		edit: (s) => (s.company.arpu = 1),
		path: 'company.arpu',
		text: 'is not a known field'
	},
	{
		name: 'unknown effects field',
		edit: (s) => (s.effects.npsLag = 1),
		path: 'effects.npsLag',
		text: 'is not a known field'
	},
	{
		name: 'guarded key __proto__ in market',
		edit: (s) => (s.market = JSON.parse('{"addressableCustomers": 1000000, "__proto__": 1}')),
		path: 'market.__proto__',
		text: 'is not a known field'
	},
	{
		name: 'required field missing',
		edit: (s) => delete s.company.cac,
		path: 'company.cac',
		text: 'is required; it must be a number greater than 0'
	},
	{
		name: 'addressable zero (exclusive)',
		edit: (s) => (s.market.addressableCustomers = 0),
		path: 'market.addressableCustomers',
		text: 'greater than 0 and at most'
	},
	{
		name: 'startingCustomers negative',
		edit: (s) => (s.company.startingCustomers = -1),
		path: 'company.startingCustomers',
		text: 'from 0 to 10000000000'
	},
	{
		name: 'cxSpendHalfLift zero (exclusive)',
		edit: (s) => (s.effects.cxSpendHalfLift = 0),
		path: 'effects.cxSpendHalfLift',
		text: 'greater than 0'
	},
	// Non-finite and non-numbers
	{
		name: 'NaN',
		edit: (s) => (s.company.grossMargin = NaN),
		path: 'company.grossMargin',
		text: 'a number from 0 to 1'
	},
	{
		name: 'Infinity',
		edit: (s) => (s.company.cac = Infinity),
		path: 'company.cac',
		text: 'a finite number greater than 0 and at most 1000000000000; got Infinity'
	},
	{
		name: '-Infinity',
		edit: (s) => (s.company.npsStart = -Infinity),
		path: 'company.npsStart',
		text: 'a finite number from -100 to 100'
	},
	{
		name: 'numeric string',
		edit: (s) => (s.market.shockDurationMonths = '5'),
		path: 'market.shockDurationMonths',
		text: 'an integer from 1 to 60; got "5"'
	},
	{
		name: 'string for uncertain',
		edit: (s) => (s.company.grossMargin = '0.5'),
		path: 'company.grossMargin',
		text: 'a number from 0 to 1 or a {low, likely, high} range'
	},
	{
		name: 'null for number',
		edit: (s) => (s.paths = null),
		path: 'paths',
		text: 'an integer from 1 to 100000; got null'
	},
	{
		name: 'huge number',
		edit: (s) => (s.discountRateAnnual = 1e308),
		path: 'discountRateAnnual',
		text: 'a number from 0 to 0.5; got 1e+308'
	},
	// PERT
	{
		name: 'PERT low > likely',
		edit: (s) => (s.company.arpuMonthly = { low: 60, likely: 50, high: 70 }),
		path: 'company.arpuMonthly',
		text: 'low ≤ likely ≤ high'
	},
	{
		name: 'PERT likely > high',
		edit: (s) => (s.effects.npsMaxLift = { low: 10, likely: 50, high: 40 }),
		path: 'effects.npsMaxLift',
		text: 'low ≤ likely ≤ high'
	},
	{
		name: 'PERT high out of range',
		edit: (s) => (s.company.grossMargin = { low: 0.5, likely: 0.6, high: 1.2 }),
		path: 'company.grossMargin.high',
		text: 'a number from 0 to 1; got 1.2'
	},
	{
		name: 'PERT low at exclusive minimum',
		edit: (s) => (s.company.cac = { low: 0, likely: 5, high: 9 }),
		path: 'company.cac.low',
		text: 'greater than 0 and at most'
	},
	{
		name: 'PERT value not a number',
		edit: (s) => (s.company.grossMargin = { low: 0.5, likely: '0.6', high: 0.7 }),
		path: 'company.grossMargin.likely',
		text: 'a number from 0 to 1'
	},
	{
		name: 'PERT key missing',
		edit: (s) => (s.company.grossMargin = { low: 0.5, likely: 0.6 }),
		path: 'company.grossMargin.high',
		text: 'is required; it must be a number from 0 to 1'
	},
	{
		name: 'unknown PERT field',
		edit: (s) => (s.company.arpuMonthly.mode = 50),
		path: 'company.arpuMonthly.mode',
		text: 'is not a known field'
	},
	{
		name: 'PERT as an array',
		edit: (s) => (s.company.grossMargin = [0.5, 0.6, 0.7]),
		path: 'company.grossMargin',
		text: 'or a {low, likely, high} range'
	},
	// Cross-field
	{
		name: 'startingCustomers > addressable',
		edit: (s) => (s.company.startingCustomers = 2_000_000),
		path: 'company.startingCustomers',
		text: 'at most market.addressableCustomers (1000000); got 2000000'
	},
	{
		name: 'walletShareMax < walletShareStart',
		edit: (s) => (s.company.walletShareMax = 0.4),
		path: 'company.walletShareMax',
		text: 'a number from 0.5 to 1'
	},
	{
		name: 'walletShareMax < walletShareNew',
		edit: (s) => Object.assign(s.company, { walletShareNew: 0.8, walletShareMax: 0.7 }),
		path: 'company.walletShareMax',
		text: 'a number from 0.8 to 1'
	},
	{
		name: 'walletShareNew too small',
		edit: (s) => (s.company.walletShareNew = 0),
		path: 'company.walletShareNew',
		text: 'a number from 0.01 to 1'
	},
	// Strategies
	{
		name: 'no strategies',
		edit: (s) => (s.strategies = []),
		path: 'strategies',
		text: 'a list of 1 to 4 strategies; got 0 strategies'
	},
	{
		name: 'five strategies',
		edit: (s) =>
			(s.strategies = ['a', 'b', 'c', 'd', 'e'].map((id) => ({
				id,
				name: id,
				acquisitionBudgetMonthly: 1
			}))),
		path: 'strategies',
		text: 'a list of 1 to 4 strategies; got 5 strategies'
	},
	{
		name: 'strategies not a list',
		edit: (s) => (s.strategies = { id: 'a' }),
		path: 'strategies',
		text: 'a list of 1 to 4 strategies'
	},
	{
		name: 'strategy not an object',
		edit: (s) => (s.strategies[1] = 'cx'),
		path: 'strategies[1]',
		text: 'must be an object'
	},
	{
		name: 'duplicate ids',
		edit: (s) => (s.strategies[1].id = 'acquisition'),
		path: 'strategies[1].id',
		text: 'unique'
	},
	{
		name: 'id with upper case and space',
		edit: (s) => (s.strategies[0].id = 'Bad Id'),
		path: 'strategies[0].id',
		text: '1 to 32 characters from a–z, 0–9 and "-"'
	},
	{
		name: 'id too long',
		edit: (s) => (s.strategies[0].id = 'a'.repeat(33)),
		path: 'strategies[0].id',
		text: '1 to 32 characters'
	},
	{
		name: 'empty id',
		edit: (s) => (s.strategies[0].id = ''),
		path: 'strategies[0].id',
		text: '1 to 32 characters'
	},
	{
		name: 'long strategy name',
		edit: (s) => (s.strategies[0].name = 'n'.repeat(61)),
		path: 'strategies[0].name',
		text: 'a string of 1 to 60 characters'
	},
	{
		name: 'empty strategy name',
		edit: (s) => (s.strategies[1].name = ''),
		path: 'strategies[1].name',
		text: 'a string of 1 to 60 characters'
	},
	{
		name: 'unknown strategy field',
		edit: (s) => (s.strategies[1].budget = 5),
		path: 'strategies[1].budget',
		text: 'is not a known field'
	},
	{
		name: 'unknown promo field',
		edit: (s) => (s.strategies[0].promo.length = 3),
		path: 'strategies[0].promo.length',
		text: 'is not a known field'
	},
	{
		name: 'unknown lockIn field',
		edit: (s) => (s.strategies[0].lockIn.fee = 3),
		path: 'strategies[0].lockIn.fee',
		text: 'is not a known field'
	},
	{
		name: 'promo null',
		edit: (s) => (s.strategies[0].promo = null),
		path: 'strategies[0].promo',
		text: 'must be an object'
	},
	{
		name: 'promo exclusiveToNew missing',
		edit: (s) => delete s.strategies[0].promo.exclusiveToNew,
		path: 'strategies[0].promo.exclusiveToNew',
		text: 'is required; it must be true or false'
	},
	{
		name: 'promo exclusiveToNew not boolean',
		edit: (s) => (s.strategies[0].promo.exclusiveToNew = 'no'),
		path: 'strategies[0].promo.exclusiveToNew',
		text: 'true or false'
	},
	{
		name: 'lock-in months zero',
		edit: (s) =>
			(s.strategies[1].lockIn = {
				share: 0.5,
				months: 0,
				inContractChurnMultiplier: 0.5,
				expiryChurn: 0.2
			}),
		path: 'strategies[1].lockIn.months',
		text: 'an integer from 1 to 60; got 0'
	},
	{
		name: 'equal-offer promotion that would make prices negative',
		edit: (s) =>
			(s.strategies[1].promo = {
				discount: 0.8,
				months: 24,
				conversionLift: 0,
				exclusiveToNew: false
			}),
		path: 'strategies[1].promo.discount',
		text: 'at most 0.5'
	},
	// Not an object at all
	{
		name: 'null scenario',
		edit: () => {},
		start: () => null,
		path: '',
		text: 'must be a JSON object; got null'
	},
	{
		name: 'array scenario',
		edit: () => {},
		start: () => [base()],
		path: '',
		text: 'must be a JSON object'
	}
];

/** One below-minimum, above-maximum, non-integer and non-finite case per row of `FIELDS`. */
function fieldCases(): Case[] {
	const cases: Case[] = [];
	for (const spec of FIELDS) {
		const path = concretePath(spec);
		const range = describeRange(spec);
		const below = spec.exclusiveMin ? spec.min : spec.min - 1;
		const inside = spec.exclusiveMin ? spec.min + 1 : spec.min;
		// walletShareMax below the starting shares is reported by the cross-field rule as well.
		cases.push({
			name: `${path} below minimum`,
			edit: (s) => setAt(s, path, below),
			path,
			text: range
		});
		cases.push({
			name: `${path} above maximum`,
			edit: (s) => setAt(s, path, spec.max * 1.5 + 1),
			path,
			text: range
		});
		if (spec.integer) {
			cases.push({
				name: `${path} not an integer`,
				edit: (s) => setAt(s, path, spec.min + 0.5),
				path,
				text: range
			});
		}
		cases.push({ name: `${path} NaN`, edit: (s) => setAt(s, path, NaN), path, text: 'got NaN' });
		cases.push({
			name: `${path} Infinity`,
			edit: (s) => setAt(s, path, Infinity),
			path,
			text: 'got Infinity'
		});
		cases.push({
			name: `${path} a string`,
			edit: (s) => setAt(s, path, '1'),
			path,
			text: 'got "1"'
		});
		if (spec.required) {
			cases.push({
				name: `${path} missing`,
				edit: (s) => deleteAt(s, path),
				path,
				text: 'is required'
			});
			cases.push({
				name: `${path} undefined`,
				edit: (s) => setAt(s, path, undefined),
				path,
				text: 'is required'
			});
		}
		if (spec.uncertain) {
			cases.push({
				name: `${path} PERT low below minimum`,
				edit: (s) => setAt(s, path, { low: below, likely: inside, high: inside }),
				path: `${path}.low`,
				text: range
			});
			cases.push({
				name: `${path} PERT high above maximum`,
				edit: (s) => setAt(s, path, { low: inside, likely: inside, high: spec.max * 1.5 + 1 }),
				path: `${path}.high`,
				text: range
			});
			cases.push({
				name: `${path} PERT out of order`,
				edit: (s) => setAt(s, path, { low: inside + 0.5, likely: inside, high: inside + 0.5 }),
				path,
				text: 'low ≤ likely ≤ high'
			});
		}
	}
	return cases;
}

describe('validateScenario: every rule of section 7', () => {
	it.each(EXPLICIT_CASES.map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
		const issues = issuesOf(c.edit, c.start);
		expectIssue(issues, c.path, c.text);
	});

	it.each(fieldCases().map((c) => [c.name, c] as const))('refuses %s', (_name, c) => {
		const issues = issuesOf(c.edit, c.start);
		expectIssue(issues, c.path, c.text);
	});

	it('words messages exactly', () => {
		const cases: Array<[(s: Json) => void, string]> = [
			[
				(s) => (s.company.arpuMonthly = -3),
				'company.arpuMonthly must be a number greater than 0 and at most 1000000000000; got -3.'
			],
			[
				(s) => (s.company.grossMargin = 1.5),
				'company.grossMargin must be a number from 0 to 1; got 1.5.'
			],
			[(s) => (s.market.foo = true), 'market.foo is not a known field.'],
			[
				(s) =>
					(s.strategies[1].lockIn = {
						share: 0.5,
						months: 0,
						inContractChurnMultiplier: 0.5,
						expiryChurn: 0.2
					}),
				'strategies[1].lockIn.months must be an integer from 1 to 60; got 0.'
			],
			[
				(s) => delete s.market.addressableCustomers,
				'market.addressableCustomers is required; it must be a number greater than 0 and at most 10000000000.'
			]
		];
		for (const [edit, message] of cases) {
			expect(issuesOf(edit).map((i) => i.message)).toEqual([message]);
		}
	});

	it('shows long values truncated', () => {
		const [issue] = issuesOf((s) => (s.company.grossMargin = 'x'.repeat(500)));
		expect(issue!.message.length).toBeLessThan(200);
		expect(issue!.message).toContain('…');
	});

	it('collects every issue, in document order, without duplicates', () => {
		const issues = issuesOf((s) => {
			s.zzz = 1;
			s.strategies[1].lockIn = {
				share: 2,
				months: 0,
				inContractChurnMultiplier: 0.5,
				expiryChurn: 0.2
			};
			s.strategies[0].id = 'BAD';
			s.company.cac = Infinity;
			s.market.addressableCustomers = -1;
			s.paths = 0;
			s.schema = 3;
		});
		expect(issues.map((i) => i.path)).toEqual([
			'schema',
			'paths',
			'market.addressableCustomers',
			'company.cac',
			'strategies[0].id',
			'strategies[1].lockIn.share',
			'strategies[1].lockIn.months',
			'zzz'
		]);
		// Same input, same issues.
		const again = issuesOf((s) => {
			s.schema = 3;
			s.paths = 0;
			s.market.addressableCustomers = -1;
			s.company.cac = Infinity;
			s.strategies[0].id = 'BAD';
			s.strategies[1].lockIn = {
				months: 0,
				share: 2,
				inContractChurnMultiplier: 0.5,
				expiryChurn: 0.2
			};
			s.zzz = 1;
		});
		expect(again).toEqual(issues);
		expect(formatIssues(issues).split('\n')).toEqual(issues.map((i) => i.message));
	});

	it('never throws, whatever the input', () => {
		const cyclic: Json = base();
		cyclic.market.self = cyclic;
		const throwing: Json = base();
		Object.defineProperty(throwing.company, 'cac', {
			enumerable: true,
			get() {
				throw new Error('boom');
			}
		});
		const proxy = new Proxy(
			{},
			{
				get() {
					throw new Error('trap');
				},
				ownKeys() {
					throw new Error('trap');
				},
				has() {
					throw new Error('trap');
				}
			}
		);
		const inputs: unknown[] = [
			null,
			undefined,
			0,
			NaN,
			'scenario',
			true,
			[],
			[[[[]]]],
			{},
			Symbol('s'),
			() => 1,
			10n,
			new Date(0),
			new Map(),
			cyclic,
			throwing,
			proxy,
			{ ...base(), strategies: Array.from({ length: 1000 }, () => null) },
			{ ...base(), market: { addressableCustomers: { low: 1, likely: 2, high: 3 } } },
			{ ...base(), company: { ...base().company, arpuMonthly: { low: { low: 1 } } } }
		];
		for (const input of inputs) {
			const result = validateScenario(input);
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.issues.length).toBeGreaterThan(0);
				for (const issue of result.issues) expect(issue.message).toMatch(/\.$/);
			}
		}
	});
});

describe('validateScenario: normalised output', () => {
	function normalised(input: Json) {
		const result = validateScenario(input);
		if (!result.ok) throw new Error(formatIssues(result.issues));
		return result.scenario;
	}

	it('fills every default of section 7', () => {
		const s = normalised(minimal());
		expect(s.currency).toBe('USD');
		expect(s.horizonMonths).toBe(60);
		expect(s.discountRateAnnual).toBe(0.1);
		expect(s.paths).toBe(10000);
		expect(s.seed).toBe('1');
		expect(s.processNoise).toBe(true);
		expect(s.market).toEqual({
			addressableCustomers: 1000,
			competitorShockRatePerYear: 0,
			shockChurnMultiplier: 1.5,
			shockCacMultiplier: 1.3,
			shockDurationMonths: 6
		});
		expect(s.company).toEqual({
			startingCustomers: 100,
			arpuMonthly: 10,
			grossMargin: 0.5,
			matureChurnMonthly: 0.02,
			earlyChurnMultiplier: 1,
			earlyChurnDecayMonths: 6,
			cac: 50,
			cacInflationAnnual: 0,
			saturationElasticity: 0,
			contactsPerCustomerMonthly: 0,
			costPerContact: 0,
			npsStart: 0,
			walletShareStart: 1,
			walletShareNew: 1,
			walletShareMax: 1
		});
		expect(s.effects).toEqual({
			churnNpsElasticity: 0,
			referralRateAtNps100: 0,
			expansionRateMonthly: 0,
			expansionNpsElasticity: 0,
			contactNpsElasticity: 0,
			detractorCacUplift: 0,
			unfairnessChurnUplift: 0,
			promoNpsPenalty: 0,
			lockInNpsPenalty: 0,
			npsMaxLift: 0,
			cxSpendHalfLift: 1,
			npsLagMonths: 12
		});
		expect(s.strategies).toEqual([
			{
				id: 'only',
				name: 'Only',
				acquisitionBudgetMonthly: 0,
				acquisitionBudgetGrowthAnnual: 0,
				cxInvestmentMonthly: 0,
				priceIncreaseAnnual: 0
			}
		]);
		// Absent options are left out, not set to undefined.
		expect(Object.keys(s.strategies[0]!)).not.toContain('promo');
	});

	it('agrees with the defaults in FIELDS', () => {
		const s = normalised(base()) as Json;
		const explicit = base();
		for (const spec of FIELDS) {
			if (spec.default === undefined) continue;
			const path = concretePath(spec);
			let given: Json = explicit;
			let value: Json = s;
			for (const key of keysOf(path)) {
				given = given?.[key];
				value = value?.[key];
			}
			if (given === undefined) expect(value, path).toBe(spec.default);
		}
	});

	it('derives the wallet shares from one another', () => {
		const withNew = minimal();
		Object.assign(withNew.company, { walletShareStart: 0.5, walletShareNew: 0.7 });
		expect(normalised(withNew).company).toMatchObject({
			walletShareStart: 0.5,
			walletShareNew: 0.7,
			walletShareMax: 0.7
		});
		const startOnly = minimal();
		startOnly.company.walletShareStart = 0.4;
		expect(normalised(startOnly).company).toMatchObject({
			walletShareNew: 0.4,
			walletShareMax: 0.4
		});
		const lowerNew = minimal();
		Object.assign(lowerNew.company, { walletShareStart: 0.6, walletShareNew: 0.2 });
		expect(normalised(lowerNew).company.walletShareMax).toBe(0.6);
	});

	it('fills promotion defaults and keeps options that are given', () => {
		const s = normalised(base());
		expect(s.strategies[0]!.promo).toEqual({
			discount: 0.3,
			months: 3,
			conversionLift: 0.5,
			exclusiveToNew: true,
			dealSeekerChurnMultiplier: 1
		});
		expect(s.strategies[0]!.lockIn).toBeDefined();
		expect(s.strategies[0]!.retention).toBeUndefined();
		expect(s.strategies[1]!.retention).toEqual({
			hazardReduction: 0.2,
			costPerCustomerMonthly: 0.5
		});
	});

	it('round-trips: validating a normalised scenario gives it back unchanged', () => {
		for (const input of [base(), minimal()]) {
			const once = normalised(input);
			const twice = normalised(structuredClone(once));
			expect(twice).toEqual(once);
			expect(JSON.stringify(twice)).toBe(JSON.stringify(once));
			expect(normalised(JSON.parse(JSON.stringify(once)))).toEqual(once);
		}
	});

	it('writes keys in canonical (section-7) order, whatever the input order', () => {
		const s = normalised(base());
		expect(Object.keys(s)).toEqual([
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
		]);
		expect(Object.keys(s.market)).toEqual([
			'addressableCustomers',
			'competitorShockRatePerYear',
			'shockChurnMultiplier',
			'shockCacMultiplier',
			'shockDurationMonths'
		]);
		expect(Object.keys(s.company)).toEqual([
			'startingCustomers',
			'arpuMonthly',
			'grossMargin',
			'matureChurnMonthly',
			'earlyChurnMultiplier',
			'earlyChurnDecayMonths',
			'cac',
			'cacInflationAnnual',
			'saturationElasticity',
			'contactsPerCustomerMonthly',
			'costPerContact',
			'npsStart',
			'walletShareStart',
			'walletShareNew',
			'walletShareMax'
		]);
		expect(Object.keys(s.effects)).toEqual([
			'churnNpsElasticity',
			'referralRateAtNps100',
			'expansionRateMonthly',
			'expansionNpsElasticity',
			'contactNpsElasticity',
			'detractorCacUplift',
			'unfairnessChurnUplift',
			'promoNpsPenalty',
			'lockInNpsPenalty',
			'npsMaxLift',
			'cxSpendHalfLift',
			'npsLagMonths'
		]);
		expect(Object.keys(s.strategies[0]!)).toEqual([
			'id',
			'name',
			'acquisitionBudgetMonthly',
			'acquisitionBudgetGrowthAnnual',
			'cxInvestmentMonthly',
			'priceIncreaseAnnual',
			'promo',
			'lockIn'
		]);
		expect(Object.keys(s.strategies[0]!.promo!)).toEqual([
			'discount',
			'months',
			'conversionLift',
			'exclusiveToNew',
			'dealSeekerChurnMultiplier'
		]);
		expect(Object.keys(s.strategies[0]!.lockIn!)).toEqual([
			'share',
			'months',
			'inContractChurnMultiplier',
			'expiryChurn'
		]);
		expect(Object.keys(s.company.arpuMonthly)).toEqual(['low', 'likely', 'high']);

		// Reversing every object's keys in the input changes nothing in the output.
		const reverse = (value: Json): Json =>
			Array.isArray(value)
				? value.map(reverse)
				: value && typeof value === 'object'
					? Object.fromEntries(
							Object.entries(value)
								.reverse()
								.map(([k, v]) => [k, reverse(v)])
						)
					: value;
		expect(JSON.stringify(normalised(reverse(base())))).toBe(JSON.stringify(s));
	});
});

describe('field metadata', () => {
	it('lists the uncertain fields in a fixed order', () => {
		expect(UNCERTAIN_FIELDS).toEqual([
			'market.competitorShockRatePerYear',
			'market.shockChurnMultiplier',
			'market.shockCacMultiplier',
			'company.arpuMonthly',
			'company.grossMargin',
			'company.matureChurnMonthly',
			'company.earlyChurnMultiplier',
			'company.cac',
			'company.cacInflationAnnual',
			'company.saturationElasticity',
			'company.contactsPerCustomerMonthly',
			'company.costPerContact',
			'effects.churnNpsElasticity',
			'effects.referralRateAtNps100',
			'effects.expansionRateMonthly',
			'effects.expansionNpsElasticity',
			'effects.contactNpsElasticity',
			'effects.detractorCacUplift',
			'effects.unfairnessChurnUplift',
			'effects.promoNpsPenalty',
			'effects.lockInNpsPenalty',
			'effects.npsMaxLift',
			'effects.cxSpendHalfLift',
			'effects.npsLagMonths'
		]);
		expect(STRATEGY_UNCERTAIN_FIELDS).toEqual([
			'promo.conversionLift',
			'promo.dealSeekerChurnMultiplier',
			'lockIn.inContractChurnMultiplier',
			'lockIn.expiryChurn',
			'retention.hazardReduction',
			'retention.costPerCustomerMonthly'
		]);
	});

	it('describes each numeric field once, with consistent bounds and defaults', () => {
		const paths = FIELDS.map((f) => f.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(FIELDS).toHaveLength(49);
		for (const spec of FIELDS) {
			expect(spec.min, spec.path).toBeLessThan(spec.max);
			if (spec.default !== undefined) {
				expect(spec.required).toBe(false);
				expect(spec.default).toBeGreaterThanOrEqual(spec.min);
				expect(spec.default).toBeLessThanOrEqual(spec.max);
			}
		}
	});
});
