/**
 * The rule codes of scenario validation. Every issue the validator reports carries one code (the
 * rule that is broken) and the numbers that rule needs (`IssueParams`), so an interface can say
 * the same thing in its own language without reading the English sentence. A code is a promise:
 * its meaning and its params do not change; rewording a message never touches a code.
 */

/** Every rule the validator checks, by code. */
export const ISSUE_CODES = [
	/** A required number is missing. Params: the field's range (`RangeParams`). */
	'number.required',
	/** Not a finite number (text, NaN, Infinity, a list…). Params: the field's range. */
	'number.invalid',
	/** A number outside the field's range. Params: the field's range. */
	'number.outOfRange',
	/** A fractional number where a whole number is needed. Params: the field's range. */
	'number.notInteger',
	/** A range whose low, likely and high are out of order. */
	'range.order',
	/** A key the format does not have. */
	'field.unknown',
	/** A section (market, company, a strategy, a promotion…) that is not an object. */
	'object.invalid',
	/** A text of the wrong length. Params: `min`, `max` characters. */
	'text.length',
	/** A strategy id that is not 1–32 characters of a–z, 0–9 and "-". Params: `max`. */
	'id.format',
	/** A strategy id used twice. Params: `first`, the index of the strategy that has it. */
	'id.duplicate',
	/** Not a three-letter ISO 4217 currency code. */
	'currency.code',
	/** A seed that is neither a short text nor a safe whole number. Params: `max` characters. */
	'seed.format',
	/** Not true or false. */
	'boolean.invalid',
	/** A format version this app does not read. Params: `version`, the one it reads. */
	'schema.version',
	/** Too few or too many strategies, or not a list. Params: `min`, `max`. */
	'strategies.count',
	/** Equal offers priced below zero for existing customers. Params: `limit` (a fraction), `months`. */
	'promo.negativePrice',
	/** The top share of wallet below a starting share. Params: `least` (a fraction). */
	'wallet.maxBelowStart',
	/** More customers today than the market holds. Params: `addressable` (customers). */
	'market.startingAboveMarket',
	/** The value could not be read at all (throwing getters, proxies). */
	'scenario.unreadable'
] as const;

/** One validation rule. */
export type IssueCode = (typeof ISSUE_CODES)[number];

/** The numbers (or short texts) a rule's message needs; fractions stay fractions. */
export type IssueParams = Readonly<Record<string, number | string>>;

/**
 * How a numeric field's range reads: `closed` = min to max, `aboveMin` = more than min and at
 * most max, `integer` = a whole number from min to max.
 */
export type RangeKind = 'closed' | 'aboveMin' | 'integer';

/** The params of every `number.*` issue. */
export interface RangeParams {
	min: number;
	max: number;
	range: RangeKind;
}

/** True for a known code (e.g. for issues read back from storage). */
export function isIssueCode(value: unknown): value is IssueCode {
	return typeof value === 'string' && (ISSUE_CODES as readonly string[]).includes(value);
}
