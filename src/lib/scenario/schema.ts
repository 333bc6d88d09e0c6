/**
 * Validation of the scenario format, schema 1 (MODEL.md section 7).
 *
 * One table, `FIELDS`, describes every numeric field (range, integer, uncertain, default, unit).
 * The valibot schema is built from that table, so the editor, the engine and the validator
 * cannot disagree about a range. Non-numeric fields (names, ids, currency, seed, booleans) and
 * the rules that involve more than one field are written out by hand below.
 *
 * `validateScenario` never throws: it returns either the normalised `Scenario` (every default
 * filled in, keys in a canonical order so that `JSON.stringify` of it is canonical) or every
 * broken rule as `{ path, code, params, message }`: the rule's code and numbers (see
 * issue-codes.ts; interfaces translate by them) and a plain English sentence that names the path,
 * the value received and what is allowed. Nothing is clamped silently.
 */
import * as v from 'valibot';
import type { Scenario, ScenarioIssue, ValidationResult } from './types';
import type { IssueCode, IssueParams, RangeParams } from './issue-codes';
import {
	CHILD_KIND,
	FIELDS,
	KEY_ORDER,
	describeRange,
	type FieldGroup,
	type FieldSpec,
	type ObjectKind
} from './fields';
import { LEVER_DEFINITIONS, leverBlocks, type LeverBlock, type LeverDefinition } from './levers';

export {
	FIELDS,
	STRATEGY_UNCERTAIN_FIELDS,
	UNCERTAIN_FIELDS,
	describeRange,
	type FieldGroup,
	type FieldSpec,
	type FieldUnit
} from './fields';

/** Like `describeRange`, but always names the kind ("a number …"), for values of a wrong type. */
function describeKind(spec: FieldSpec, finite = false): string {
	const range = describeRange(spec);
	const noun = finite ? 'a finite number' : 'a number';
	return range.startsWith('an integer') ? range : noun + range.slice('a number'.length);
}

const PERT_TEXT = 'a {low, likely, high} range';
const MAX_SHOWN = 40;

/** A received value, compact: JSON where possible, cut to about 40 characters. */
function show(value: unknown): string {
	let text: string;
	try {
		// Numbers via String() rather than JSON, which would print NaN and Infinity as null.
		if (value === undefined) text = 'nothing';
		else if (typeof value === 'number') text = String(value);
		else if (typeof value === 'bigint') text = `${value}n`;
		else if (typeof value === 'function' || typeof value === 'symbol') text = `a ${typeof value}`;
		else text = JSON.stringify(value) ?? String(value);
	} catch {
		text = Array.isArray(value) ? 'an array' : 'an object'; // cyclic or otherwise unprintable
	}
	return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** A number inside a message, without floating-point noise. */
function showNumber(n: number): string {
	return String(Number(n.toPrecision(12)));
}

/** A rule as an issue carries it: its code and the numbers its message needs. */
interface Rule {
	code: IssueCode;
	params?: IssueParams;
}

/**
 * Valibot carries only a message string per issue, so the rule travels inside it: code, params
 * (JSON) and the English text, joined by a control character that JSON never leaves unescaped.
 * `toIssues` splits them again; nothing outside this module sees the tagged form.
 */
const TAG = '\u001f';

function tagged(rule: Rule, text: string): string {
	return `${rule.code}${TAG}${JSON.stringify(rule.params ?? {})}${TAG}${text}`;
}

function untagged(message: string): Rule & { text: string } {
	const [code, params, ...rest] = message.split(TAG);
	if (rest.length === 0) return { code: 'scenario.unreadable', params: {}, text: message };
	return {
		code: code as IssueCode,
		params: JSON.parse(params!) as IssueParams,
		text: rest.join(TAG)
	};
}

/**
 * Valibot message for a value that breaks a rule. Messages are built in two halves: the schema
 * knows the rule but not where it sits, so it writes "must be …; got …" and `toIssues` puts the
 * path in front. `rule` may depend on the value received (a number's range vs its type).
 */
function got(
	rule: Rule | ((input: unknown) => Rule),
	requirement: string | ((input: unknown) => string)
) {
	return (issue: v.BaseIssue<unknown>) => {
		const text = typeof requirement === 'function' ? requirement(issue.input) : requirement;
		const which = typeof rule === 'function' ? rule(issue.input) : rule;
		// A key present with the value undefined (possible from code, never from JSON) reads as
		// missing, like an absent key.
		if (issue.input === undefined) return tagged(which, `is required; it ${text}`);
		return tagged(which, `${text}; got ${show(issue.input)}`);
	};
}

/** The params of every `number.*` issue of a field. */
function rangeOf(spec: FieldSpec): RangeParams {
	const range = spec.integer ? 'integer' : spec.exclusiveMin ? 'aboveMin' : 'closed';
	return { min: spec.min, max: spec.max, range };
}

/** Which `number.*` rule a value breaks (called only for values the field refuses). */
function numberRule(spec: FieldSpec): (input: unknown) => Rule {
	const params = { ...rangeOf(spec) };
	return (input) => {
		if (input === undefined) return { code: 'number.required', params };
		if (typeof input !== 'number' || !Number.isFinite(input))
			return { code: 'number.invalid', params };
		const inRange = spec.exclusiveMin ? input > spec.min : input >= spec.min;
		if (spec.integer && !Number.isInteger(input) && inRange && input <= spec.max)
			return { code: 'number.notInteger', params };
		return { code: 'number.outOfRange', params };
	};
}

// ---------------------------------------------------------------------------------------------
// Building the schema
// ---------------------------------------------------------------------------------------------

type Schema = v.GenericSchema<unknown, unknown>;
type Obj = Record<string, unknown>;

/** A schema for one key of an object, with the words used when the key is missing. */
interface Entry {
	schema: Schema;
	/** What the value must be, as it reads after "must be" (e.g. `true or false`). */
	expects: string;
	/** The rule reported when the key is missing. */
	rule: Rule;
}

function isPlainObject(value: unknown): value is Obj {
	return Object.prototype.toString.call(value) === '[object Object]';
}

/** True when `value` is a number that `spec` accepts (used by the cross-field rules). */
function fits(spec: FieldSpec, value: unknown): value is number {
	if (typeof value !== 'number' || !Number.isFinite(value)) return false;
	if (spec.integer && !Number.isInteger(value)) return false;
	if (spec.exclusiveMin ? value <= spec.min : value < spec.min) return false;
	return value <= spec.max;
}

function specOf(group: FieldGroup, key: string): FieldSpec {
	const spec = FIELDS.find((f) => f.group === group && f.key === key);
	if (!spec) throw new Error(`No field ${group}.${key} in FIELDS`);
	return spec;
}

type Segment = string | number;

/** A path item for issues raised by checks that span several fields. */
function at(input: unknown, key: Segment): v.IssuePathItem {
	const value = (input as Obj | undefined)?.[key];
	return typeof key === 'number'
		? { type: 'array', origin: 'value', input: input as unknown[], key, value }
		: { type: 'object', origin: 'value', input: input as Obj, key, value };
}

/** Path items for `path` below `input` (valibot wants a non-empty tuple or nothing). */
function toPathItems(
	input: unknown,
	path: Segment[]
): [v.IssuePathItem, ...v.IssuePathItem[]] | undefined {
	const items: v.IssuePathItem[] = [];
	let node = input;
	for (const key of path) {
		items.push(at(node, key));
		node = isPlainObject(node) || Array.isArray(node) ? (node as Obj)[key] : undefined;
	}
	return items.length > 0 ? (items as [v.IssuePathItem, ...v.IssuePathItem[]]) : undefined;
}

/** A plain number checked against its spec: one issue at most, whatever is wrong. */
function plainNumber(spec: FieldSpec, typeText: string): Schema {
	const rule = numberRule(spec);
	return v.pipe(
		v.number(got(rule, typeText)),
		v.check(
			(n) => fits(spec, n),
			got(rule, (n) =>
				Number.isFinite(n)
					? `must be ${describeRange(spec)}`
					: `must be ${describeKind(spec, true)}`
			)
		)
	);
}

/** The schema of one numeric field, from its row in `FIELDS`. */
function numberEntry(spec: FieldSpec): Entry {
	let schema: Schema;
	const required: Rule = { code: 'number.required', params: { ...rangeOf(spec) } };
	if (spec.uncertain) {
		const plain = plainNumber(spec, `must be ${describeKind(spec)} or ${PERT_TEXT}`);
		const bound = plainNumber(spec, `must be ${describeKind(spec)}`);
		const part: Entry = { schema: bound, expects: describeKind(spec), rule: required };
		const pert = objectOf(
			'pert',
			{ low: part, likely: part, high: part },
			PERT_TEXT,
			(value, addIssue) => {
				const { low, likely, high } = value;
				if (
					fits(spec, low) &&
					fits(spec, likely) &&
					fits(spec, high) &&
					!(low <= likely && likely <= high)
				)
					addIssue(
						{ code: 'range.order' },
						`must have low ≤ likely ≤ high; got ${show({ low, likely, high })}`
					);
			}
		).schema;
		// Dispatch on the shape so that a wrong value gets the message of the form it resembles.
		schema = v.lazy((input) => (isPlainObject(input) ? pert : plain));
	} else {
		schema = plainNumber(spec, `must be ${describeKind(spec)}`);
	}
	if (spec.default !== undefined) schema = v.optional(schema, spec.default);
	else if (!spec.required) schema = v.optional(schema);
	return {
		schema,
		expects: describeKind(spec) + (spec.uncertain ? ` or ${PERT_TEXT}` : ''),
		rule: required
	};
}

const UNKNOWN: Rule = { code: 'field.unknown' };

/** Object keys that valibot skips when it looks for unknown keys (it guards prototypes). */
const GUARDED_KEYS = ['__proto__', 'constructor', 'prototype'];

/**
 * A strict object of the given kind: entries are taken from `given` or, for numeric fields,
 * from `FIELDS`, in `KEY_ORDER`; every unknown key is reported (valibot's `strictObject` stops
 * at the first one); `check` may add issues that involve several fields of this object.
 */
function objectOf(
	kind: ObjectKind,
	given: Record<string, Entry>,
	what: string,
	check?: ObjectCheck,
	rule: Rule = { code: 'object.invalid' }
): Entry {
	const entries: Record<string, Entry> = {};
	for (const key of KEY_ORDER[kind]) {
		entries[key] = given[key] ?? numberEntry(specOf(kind as FieldGroup, key));
	}
	const object = v.objectWithRest(
		Object.fromEntries(Object.entries(entries).map(([key, entry]) => [key, entry.schema])),
		v.never(() => tagged(UNKNOWN, 'is not a known field')),
		(issue) => {
			// Valibot reports a missing key with the object's message and a path to the key.
			const item = issue.path?.[issue.path.length - 1];
			const entry = item?.type === 'object' && item.origin === 'key' && entries[item.key];
			if (entry) return tagged(entry.rule, `is required; it must be ${entry.expects}`);
			return tagged(rule, `must be ${what}; got ${show(issue.input)}`);
		}
	);
	const notObject = v.custom(() => false, got(rule, `must be ${what}`));
	return {
		expects: what,
		rule,
		schema: v.lazy((input) => {
			if (!isPlainObject(input)) return notObject;
			const guarded = GUARDED_KEYS.filter((k) => Object.prototype.hasOwnProperty.call(input, k));
			if (!check && guarded.length === 0) return object;
			return v.pipe(
				object,
				v.rawCheck(({ dataset, addIssue }) => {
					for (const key of guarded) {
						addIssue({
							message: tagged(UNKNOWN, 'is not a known field'),
							path: [at(input, key)]
						});
					}
					// Checks read the (partly) validated output, whose values passed or failed their own
					// rules; each check tests the fields it needs before using them.
					check?.(dataset.value as Obj, (rule, message, path = []) =>
						addIssue({ message: tagged(rule, message), path: toPathItems(input, path) })
					);
				})
			);
		})
	};
}

function stringEntry(test: (s: string) => boolean, requirement: string, rule: Rule): Entry {
	return {
		schema: v.custom<string>(
			(s) => typeof s === 'string' && test(s),
			(issue) => {
				const s = issue.input;
				const length = typeof s === 'string' ? ` (${s.length} characters)` : '';
				return tagged(rule, `must be ${requirement}; got ${show(s)}${length}`);
			}
		),
		expects: requirement,
		rule
	};
}

/** A text of `min` to `max` characters. */
function textEntry(min: number, max: number): Entry {
	return stringEntry(
		(s) => s.length >= min && s.length <= max,
		`a string of ${min} to ${max} characters`,
		{
			code: 'text.length',
			params: { min, max }
		}
	);
}

const BOOLEAN: Rule = { code: 'boolean.invalid' };

let currencies: Set<string> | null | undefined;

/** ISO 4217 codes known to the JavaScript engine, or null when it cannot list them. */
function knownCurrencies(): Set<string> | null {
	if (currencies === undefined) {
		try {
			currencies = new Set(Intl.supportedValuesOf('currency'));
		} catch {
			currencies = null;
		}
	}
	return currencies;
}

function isCurrency(code: unknown): boolean {
	if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
	const known = knownCurrencies();
	return known === null || known.has(code);
}

function isSeed(seed: unknown): boolean {
	return typeof seed === 'string'
		? seed.length >= 1 && seed.length <= 64
		: Number.isSafeInteger(seed);
}

/** Integer seeds must be exact in a double (seedrandom turns them into strings). */
const SEED_TEXT =
	`a string of 1 to 64 characters or a whole number from ` +
	`${-Number.MAX_SAFE_INTEGER} to ${Number.MAX_SAFE_INTEGER}`;

const ID_PATTERN = /^[a-z0-9-]{1,32}$/;
/** Most strategies a scenario may hold (MODEL.md section 7). */
export const MAX_STRATEGIES = 4;
/** Fewest strategies a scenario may hold. */
export const MIN_STRATEGIES = 1;

type ObjectCheck = (
	value: Obj,
	addIssue: (rule: Rule, message: string, path?: Segment[]) => void
) => void;

/** Rules across the fields of a lever's block (the fields' own ranges come from FIELDS). */
const BLOCK_CHECKS: Partial<Record<LeverBlock, ObjectCheck>> = {
	promo: (value, addIssue) => {
		// Equal offers: existing customers pay 1 − discount · months / 12 of their price, which
		// must not go below zero.
		const { discount, months, exclusiveToNew } = value;
		if (exclusiveToNew !== false) return;
		if (!fits(specOf('promo', 'discount'), discount) || !fits(specOf('promo', 'months'), months))
			return;
		if ((discount * months) / 12 > 1 + 1e-12) {
			const limit = Math.floor((12 / months) * 1e4) / 1e4;
			addIssue(
				{ code: 'promo.negativePrice', params: { limit, months } },
				`must be at most ${limit} when exclusiveToNew is false and months is ${months} ` +
					`(discount × months / 12 may not exceed 1, or existing customers would pay a negative ` +
					`price); got ${show(discount)}`,
				['discount']
			);
		}
	}
};

const BOOLEAN_ENTRY: Entry = {
	schema: v.boolean(got(BOOLEAN, 'must be true or false')),
	expects: 'true or false',
	rule: BOOLEAN
};

/** The optional block of a lever: its numbers from FIELDS, its switches as booleans. */
function leverBlock(lever: LeverDefinition): Entry {
	const kind = lever.id as LeverBlock;
	const switches = lever.fields.filter((field) => field.kind === 'boolean');
	const entry = objectOf(
		kind,
		Object.fromEntries(switches.map((field) => [field.key, BOOLEAN_ENTRY])),
		`an object with the ${lever.noun ?? lever.id} fields`,
		BLOCK_CHECKS[kind]
	);
	return { ...entry, schema: v.optional(entry.schema) };
}

const LEVERS: readonly LeverDefinition[] = LEVER_DEFINITIONS;

const strategy = objectOf(
	'strategy',
	{
		id: stringEntry((s) => ID_PATTERN.test(s), '1 to 32 characters from a–z, 0–9 and "-"', {
			code: 'id.format',
			params: { max: 32 }
		}),
		name: textEntry(1, 60),
		...Object.fromEntries(leverBlocks(LEVERS).map((lever) => [lever.id, leverBlock(lever)]))
	},
	'an object (a strategy)'
);

const STRATEGIES_TEXT = `a list of ${MIN_STRATEGIES} to ${MAX_STRATEGIES} strategies`;

const STRATEGY_COUNT: Rule = {
	code: 'strategies.count',
	params: { min: MIN_STRATEGIES, max: MAX_STRATEGIES }
};

const strategies: Entry = {
	expects: STRATEGIES_TEXT,
	rule: STRATEGY_COUNT,
	schema: v.pipe(
		v.array(strategy.schema, got(STRATEGY_COUNT, `must be ${STRATEGIES_TEXT}`)),
		// A raw check runs even when an item is invalid, so every issue is reported at once.
		v.rawCheck(({ dataset, addIssue }) => {
			const list = dataset.value;
			if (!Array.isArray(list)) return;
			if (list.length < MIN_STRATEGIES || list.length > MAX_STRATEGIES) {
				addIssue({
					message: tagged(
						STRATEGY_COUNT,
						`must be ${STRATEGIES_TEXT}; got ${list.length} ${list.length === 1 ? 'strategy' : 'strategies'}`
					)
				});
			}
			const firstUse = new Map<string, number>();
			list.forEach((item, i) => {
				const id = isPlainObject(item) ? item.id : undefined;
				if (typeof id !== 'string' || !ID_PATTERN.test(id)) return;
				const first = firstUse.get(id);
				if (first === undefined) firstUse.set(id, i);
				else
					addIssue({
						message: tagged(
							{ code: 'id.duplicate', params: { first } },
							`must be unique among the strategies; got ${show(id)}, already used by strategies[${first}].id`
						),
						path: [at(list, i), at(item, 'id')]
					});
			});
		})
	)
};

const company = objectOf('company', {}, 'an object with the company fields', (value, addIssue) => {
	// walletShareMax may not be below either starting share (expansion moves shares toward it).
	const start = value.walletShareStart;
	const newShare = value.walletShareNew === undefined ? start : value.walletShareNew;
	const max = value.walletShareMax;
	if (max === undefined) return; // defaults to the larger of the two
	const startSpec = specOf('company', 'walletShareStart');
	if (!fits(startSpec, start) || !fits(specOf('company', 'walletShareNew'), newShare)) return;
	if (!fits(specOf('company', 'walletShareMax'), max)) return;
	const least = Math.max(start, newShare);
	if (max < least) {
		addIssue(
			{ code: 'wallet.maxBelowStart', params: { least } },
			`must be a number from ${showNumber(least)} to 1 (at least walletShareStart and walletShareNew); got ${show(max)}`,
			['walletShareMax']
		);
	}
});

const VERSION: Rule = { code: 'schema.version', params: { version: 1 } };
const CURRENCY: Rule = { code: 'currency.code' };
const SEED: Rule = { code: 'seed.format', params: { max: 64 } };

const scenarioRoot = objectOf(
	'root',
	{
		schema: {
			schema: v.literal(1, got(VERSION, 'must be 1')),
			expects: '1',
			rule: VERSION
		},
		name: textEntry(1, 120),
		currency: {
			schema: v.optional(
				v.custom<string>(
					isCurrency,
					got(CURRENCY, 'must be a 3-letter ISO 4217 currency code such as "USD"')
				),
				'USD'
			),
			expects: 'a 3-letter ISO 4217 currency code such as "USD"',
			rule: CURRENCY
		},
		seed: {
			schema: v.optional(v.custom<string | number>(isSeed, got(SEED, `must be ${SEED_TEXT}`)), '1'),
			expects: SEED_TEXT,
			rule: SEED
		},
		processNoise: {
			schema: v.optional(v.boolean(got(BOOLEAN, 'must be true or false')), true),
			expects: 'true or false',
			rule: BOOLEAN
		},
		market: objectOf('market', {}, 'an object with the market fields'),
		company,
		effects: (() => {
			const effects = objectOf('effects', {}, 'an object with the effect sizes');
			// Every effect has a default, so the whole section may be left out.
			return { ...effects, schema: v.optional(effects.schema, () => ({})) };
		})(),
		strategies
	},
	'a JSON object',
	(value, addIssue) => {
		// The starting base must fit in the market.
		const market = value.market;
		const company = value.company;
		if (!isPlainObject(market) || !isPlainObject(company)) return;
		const addressable = market.addressableCustomers;
		const starting = company.startingCustomers;
		if (!fits(specOf('market', 'addressableCustomers'), addressable)) return;
		if (!fits(specOf('company', 'startingCustomers'), starting)) return;
		if (starting > addressable) {
			addIssue(
				{ code: 'market.startingAboveMarket', params: { addressable } },
				`must be at most market.addressableCustomers (${showNumber(addressable)}); got ${show(starting)}`,
				['company', 'startingCustomers']
			);
		}
	}
);

/** Builds the normalised scenario from valibot's output, which passed every rule. */
function normalise(value: unknown): Scenario {
	const scenario = value as Obj;
	const company = scenario.company as Obj;
	const start = company.walletShareStart as number;
	const newShare = (company.walletShareNew as number | undefined) ?? start;
	const filled = {
		...scenario,
		company: {
			...company,
			walletShareNew: newShare,
			walletShareMax: (company.walletShareMax as number | undefined) ?? Math.max(start, newShare)
		}
	};
	return canonical('root', filled) as unknown as Scenario;
}

/** Copies an object with its keys in canonical order, leaving out absent (undefined) values. */
function canonical(kind: ObjectKind, object: Obj): Obj {
	const out: Obj = {};
	for (const key of KEY_ORDER[kind]) {
		const value = object[key];
		if (value === undefined) continue;
		const child = CHILD_KIND[key];
		if (key === 'strategies' && Array.isArray(value)) {
			out[key] = value.map((s) => canonical('strategy', s as Obj));
		} else if (child && isPlainObject(value)) {
			out[key] = canonical(child, value);
		} else if (isPlainObject(value)) {
			out[key] = canonical('pert', value);
		} else if (value === 0) {
			out[key] = 0; // -0 → 0, so equal scenarios serialise equally
		} else {
			out[key] = value;
		}
	}
	return out;
}

/**
 * The full scenario schema: every rule of MODEL.md section 7; its output is the normalised
 * `Scenario`. Prefer `validateScenario`, which also words the issues.
 */
export const ScenarioSchema: v.GenericSchema<unknown, Scenario> = v.pipe(
	scenarioRoot.schema,
	v.transform(normalise)
);

// ---------------------------------------------------------------------------------------------
// Issues
// ---------------------------------------------------------------------------------------------

/** `strategies[1].lockIn.months`; keys that are not plain identifiers are quoted. */
function pathText(segments: Segment[]): string {
	let text = '';
	for (const segment of segments) {
		if (typeof segment === 'number') text += `[${segment}]`;
		else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
		else text += `[${JSON.stringify(segment)}]`;
	}
	return text;
}

/** Sort key of a path: each segment ranked by its canonical position, unknown keys last. */
function rankPath(segments: Segment[]): Array<[number, string]> {
	const ranks: Array<[number, string]> = [];
	let kind: ObjectKind | 'strategies' | undefined = 'root';
	for (const segment of segments) {
		if (typeof segment === 'number') {
			ranks.push([segment, '']);
			kind = kind === 'strategies' ? 'strategy' : undefined;
			continue;
		}
		const order: readonly string[] | undefined =
			kind && kind !== 'strategies' ? KEY_ORDER[kind] : undefined;
		const index: number = order ? order.indexOf(segment) : -1;
		ranks.push([index >= 0 ? index : Number.MAX_SAFE_INTEGER, segment]);
		kind =
			segment === 'strategies' && kind === 'root'
				? 'strategies'
				: (CHILD_KIND[segment] ?? (index >= 0 ? 'pert' : undefined));
	}
	return ranks;
}

function comparePaths(a: Array<[number, string]>, b: Array<[number, string]>): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const [rankA, nameA] = a[i]!;
		const [rankB, nameB] = b[i]!;
		if (rankA !== rankB) return rankA - rankB;
		if (nameA !== nameB) return nameA < nameB ? -1 : 1;
	}
	return a.length - b.length; // a parent before its children
}

/** Turns valibot issues into worded issues, deduplicated, in document order. */
function toIssues(raw: v.BaseIssue<unknown>[]): ScenarioIssue[] {
	const seen = new Set<string>();
	const issues: Array<ScenarioIssue & { rank: Array<[number, string]> }> = [];
	for (const issue of raw) {
		const segments = (issue.path ?? []).map((item) => item.key as Segment);
		const path = pathText(segments);
		const { code, params = {}, text } = untagged(issue.message);
		const message = `${path === '' ? 'The scenario' : path} ${text}.`;
		const key = `${path}\u0000${message}`;
		if (seen.has(key)) continue;
		seen.add(key);
		issues.push({ path, code, params, message, rank: rankPath(segments) });
	}
	// Array.prototype.sort is stable, so issues at the same path keep valibot's order.
	issues.sort((a, b) => comparePaths(a.rank, b.rank));
	return issues.map(({ path, code, params, message }) => ({ path, code, params, message }));
}

/**
 * Checks a scenario (parsed JSON or any value) against MODEL.md section 7. Never throws.
 * On success the scenario has every default filled in and its keys in canonical order.
 */
export function validateScenario(input: unknown): ValidationResult {
	try {
		const result = v.safeParse(ScenarioSchema, input);
		if (result.success) return { ok: true, scenario: result.output };
		return { ok: false, issues: toIssues(result.issues) };
	} catch (error) {
		// Only reachable with exotic inputs (throwing getters, proxies); report rather than throw.
		let reason = 'unexpected error';
		try {
			reason = error instanceof Error ? error.message : String(error);
		} catch {
			/* keep the generic reason */
		}
		return {
			ok: false,
			issues: [
				{
					path: '',
					code: 'scenario.unreadable',
					params: {},
					message: `The scenario could not be read (${show(reason)}).`
				}
			]
		};
	}
}

/** One line per issue, for logs and the command line. */
export function formatIssues(issues: ScenarioIssue[]): string {
	return issues.map((issue) => issue.message).join('\n');
}

/** What a scenario file or link may carry: `Scenario` with every defaulted field optional. */
export type ScenarioInput = Omit<
	Partial<Scenario>,
	'schema' | 'name' | 'market' | 'company' | 'effects' | 'strategies'
> & {
	schema: 1;
	name: string;
	market: WithOptional<Scenario['market'], MarketDefaults>;
	company: WithOptional<Scenario['company'], CompanyDefaults>;
	effects?: Partial<Scenario['effects']>;
	strategies: StrategyInput[];
};

type WithOptional<T, K extends keyof T> = Omit<T, K> & Partial<Pick<T, K>>;
type MarketDefaults =
	| 'competitorShockRatePerYear'
	| 'shockChurnMultiplier'
	| 'shockCacMultiplier'
	| 'shockDurationMonths';
type CompanyDefaults =
	| 'earlyChurnMultiplier'
	| 'earlyChurnDecayMonths'
	| 'cacInflationAnnual'
	| 'saturationElasticity'
	| 'contactsPerCustomerMonthly'
	| 'costPerContact'
	| 'npsStart'
	| 'walletShareStart'
	| 'walletShareNew'
	| 'walletShareMax';
type Strategy = Scenario['strategies'][number];
type StrategyInput = WithOptional<
	Omit<Strategy, 'promo'>,
	'acquisitionBudgetGrowthAnnual' | 'cxInvestmentMonthly' | 'priceIncreaseAnnual'
> & {
	promo?: WithOptional<NonNullable<Strategy['promo']>, 'dealSeekerChurnMultiplier'>;
};
