/**
 * The ISO 4217 currency codes this browser (or Node) knows, each with its name in the
 * interface language, for the currency picker. The list comes from Intl, so it is the same
 * list the money formatter can print.
 */
import type { Locale } from './index';
import { INTL_LOCALE } from './format';

/** A currency code with its display name ("VND", "Vietnamese dong"). */
export interface CurrencyOption {
	code: string;
	name: string;
}

/** A few codes the app's users pick most, shown first. */
const FIRST = ['VND', 'USD', 'EUR'];

const cache = new Map<Locale, CurrencyOption[]>();

/** Every supported currency, the usual ones first, then by code. */
export function currencyOptions(locale: Locale): CurrencyOption[] {
	let options = cache.get(locale);
	if (!options) {
		const codes =
			typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : FIRST;
		const names = new Intl.DisplayNames([INTL_LOCALE[locale]], { type: 'currency' });
		const rest = codes.filter((c) => !FIRST.includes(c)).sort();
		options = [...FIRST, ...rest].map((code) => ({ code, name: names.of(code) ?? code }));
		cache.set(locale, options);
	}
	return options;
}

/** True when `code` is one of the supported ISO codes. */
export function isCurrencyCode(code: string, locale: Locale = 'en'): boolean {
	return currencyOptions(locale).some((option) => option.code === code);
}
