/** Number entry for the scenario editor: percentages, locale-aware parsing, field messages. */
import { getLocaleContext, LocaleState } from '$lib/state/locale.svelte';
import { isMessageKey, type Locale, type MessageParams } from '$lib/i18n';
import { INTL_LOCALE } from '$lib/i18n/format';
import type { FieldSpec } from '$lib/scenario/schema';
import type { ScenarioIssue } from '$lib/scenario/types';
import { roundNoise } from '$lib/state/scenario.svelte';

let fallbackLocale: LocaleState | undefined;

/** The page's LocaleState, or an English one when none was set (e.g. a component on its own). */
export function useLocale(): LocaleState {
	try {
		return getLocaleContext();
	} catch {
		return (fallbackLocale ??= new LocaleState('en'));
	}
}

/**
 * The message `key` if the catalogue has it, else `fallback` (English) with the same
 * `{name}` placeholders filled: for keys the catalogue does not carry yet.
 */
export function tr(
	locale: LocaleState,
	key: string,
	fallback: string,
	params?: MessageParams
): string {
	if (isMessageKey(key)) return locale.t(key, params);
	return fallback.replace(/\{(\w+)\}/g, (whole, name: string) =>
		params && Object.hasOwn(params, name) ? String(params[name]) : whole
	);
}

/** True for fields entered as percentages (stored as fractions: 2 on screen is 0.02). */
export function isPercent(spec: FieldSpec | undefined): boolean {
	return spec?.unit === 'fraction' || spec?.unit === 'rate';
}

/** A stored number as shown in the input (×100 for percentages), without float noise. */
export function toDisplay(stored: number, percent: boolean): number {
	return roundNoise(percent ? stored * 100 : stored);
}

/** A number typed in the input as stored (÷100 for percentages), without float noise. */
export function fromDisplay(shown: number, percent: boolean): number {
	return roundNoise(percent ? shown / 100 : shown);
}

interface Separators {
	group: string;
	decimal: string;
}

// Per-locale caches: building an Intl formatter costs far more than using one.
const separatorCache: Partial<Record<Locale, Separators>> = {};
const inputFormats: Partial<Record<Locale, Intl.NumberFormat>> = {};

function separators(locale: Locale): Separators {
	return (separatorCache[locale] ??= (() => {
		const parts = new Intl.NumberFormat(INTL_LOCALE[locale]).formatToParts(12345.6);
		return {
			group: parts.find((p) => p.type === 'group')?.value ?? ',',
			decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.'
		};
	})());
}

/** A number as the input shows it: locale digits with grouping, up to 10 significant digits. */
export function formatInput(x: number, locale: Locale): string {
	const format = (inputFormats[locale] ??= new Intl.NumberFormat(INTL_LOCALE[locale], {
		maximumSignificantDigits: 10
	}));
	return format.format(x);
}

/**
 * Reads what a person typed: "2,000,000", "2.000.000" (vi), "0,5" (vi) and "1.5" (vi, a
 * decimal point typed out of habit) all work; spaces, a trailing "%" and "−" are accepted.
 * A lone separator followed by exactly three digits is grouping when it is the locale's group
 * separator ("1,500" in en, "1.500" in vi), otherwise a decimal mark. Null when unreadable.
 */
export function parseInput(text: string, locale: Locale): number | null {
	let t = text
		.trim()
		.replace(/[\s\u00a0\u202f_']/g, '')
		.replace(/[\u2212\u2013]/g, '-')
		.replace(/%$/, '');
	if (t === '') return null;
	const { group } = separators(locale);
	const dots = t.split('.').length - 1;
	const commas = t.split(',').length - 1;
	if (dots > 0 && commas > 0) {
		// Both marks: the last one is the decimal mark.
		const decimal = t.lastIndexOf('.') > t.lastIndexOf(',') ? '.' : ',';
		const other = decimal === '.' ? ',' : '.';
		if (t.split(decimal).length > 2) return null;
		t = t.split(other).join('').replace(decimal, '.');
	} else if (dots + commas > 1) {
		const mark = dots > 0 ? '.' : ',';
		if (!new RegExp(`^[-+]?\\d{1,3}(\\${mark}\\d{3})+$`).test(t)) return null;
		t = t.split(mark).join('');
	} else if (dots + commas === 1) {
		const mark = dots > 0 ? '.' : ',';
		const grouping = mark === group && new RegExp(`^[-+]?[1-9]\\d{0,2}\\${mark}\\d{3}$`).test(t);
		t = grouping ? t.replace(mark, '') : t.replace(mark, '.');
	}
	if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return null;
	const x = Number(t);
	return Number.isFinite(x) ? x : null;
}

/**
 * A short message for a field with an issue, in the interface language and in the units
 * the field is entered in (percentages for fractions): "Enter a value from 0% to 100%."
 * Rules that involve other fields keep the validator's sentence, without the path.
 */
export function fieldError(
	locale: LocaleState,
	spec: FieldSpec | undefined,
	value: unknown,
	issue: ScenarioIssue | undefined
): string | undefined {
	if (!issue) return undefined;
	if (spec) {
		const number = typeof value === 'number' && Number.isFinite(value) ? value : undefined;
		if (value === undefined || value === '')
			return spec.required
				? tr(locale, 'validation.required', 'This field is required.')
				: tr(locale, 'validation.number', 'Enter a number.');
		if (number === undefined) return tr(locale, 'validation.number', 'Enter a number.');
		if (spec.integer && !Number.isInteger(number))
			return tr(locale, 'validation.integer', 'Enter a whole number.');
		const percent = isPercent(spec);
		const show = (x: number) =>
			formatInput(toDisplay(x, percent), locale.locale) + (percent ? '%' : '');
		const below = spec.exclusiveMin ? number <= spec.min : number < spec.min;
		if (below || number > spec.max) {
			const params = { min: show(spec.min), max: show(spec.max) };
			if (spec.max !== Infinity)
				return tr(locale, 'validation.range', 'Enter a value from {min} to {max}.', params);
			return spec.exclusiveMin
				? tr(locale, 'validation.greaterThan', 'Enter a value greater than {min}.', params)
				: tr(locale, 'validation.atLeast', 'Enter a value of at least {min}.', params);
		}
	}
	return crossFieldMessage(locale, issue) ?? issueSentence(issue);
}

/** Rules that involve two fields, recognised by where the validator reports them, translated. */
function crossFieldMessage(locale: LocaleState, issue: ScenarioIssue): string | undefined {
	const { path, message } = issue;
	if (path === 'company.startingCustomers' && message.includes('market.addressableCustomers'))
		return tr(
			locale,
			'validation.startingAboveMarket',
			'Customers today cannot be more than the addressable market.'
		);
	if (path === 'company.walletShareMax' && message.includes('walletShareStart'))
		return tr(
			locale,
			'validation.walletShareMax',
			'The highest share of wallet must be at least the starting and the new-customer share.'
		);
	if (path.endsWith('.promo.discount') && message.includes('negative price'))
		return tr(
			locale,
			'validation.promoNegativePrice',
			'With the same offer for everyone, discount × months ÷ 12 may not exceed 100%: existing customers would pay a negative price.'
		);
	if (path.endsWith('.id') && message.includes('must be unique'))
		return tr(locale, 'validation.duplicateId', 'Each strategy needs an id of its own.');
	return undefined;
}

/** The validator's message without the leading path: "Must be at most …". */
export function issueSentence(issue: ScenarioIssue): string {
	const text =
		issue.path && issue.message.startsWith(issue.path + ' ')
			? issue.message.slice(issue.path.length + 1)
			: issue.message;
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A DOM id for the input of a scenario path: `company.cac.low` → `f-company-cac-low`. */
export function fieldDomId(path: string): string {
	return 'f-' + path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}
