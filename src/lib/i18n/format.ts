/**
 * Number, money and date formatting on top of Intl. Formatters are built once per
 * (locale, currency, style) and cached, because constructing an Intl formatter costs far more
 * than using one and charts format hundreds of ticks and cells.
 *
 * Vietnamese compact numbers spell the magnitude out ("1,2 tỷ ₫", "3,5 triệu") instead of the
 * short forms ICU prints ("1,2 T ₫", "3,5 Tr"): "T" reads as either tỷ or triệu to many people,
 * which is the wrong kind of ambiguity on a money axis.
 */
import type { Locale } from './index';

/** What every formatter prints for a missing, NaN or infinite value. */
export const EMPTY_VALUE = '—';

/** BCP 47 tags that Intl receives for each app locale. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', vi: 'vi-VN' };

/** Locales whose compact notation is written with whole words (see the module comment). */
const LONG_COMPACT: ReadonlySet<Locale> = new Set<Locale>(['vi']);

/** A value that may be absent; null, undefined and NaN all print as EMPTY_VALUE. */
export type MaybeNumber = number | null | undefined;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(
	locale: Locale,
	key: string,
	options: Intl.NumberFormatOptions
): Intl.NumberFormat {
	const cacheKey = `${locale}|${key}`;
	let format = numberFormats.get(cacheKey);
	if (!format) {
		// 'negative' keeps a value that rounds to zero from printing as "-0".
		format = new Intl.NumberFormat(INTL_LOCALE[locale], { signDisplay: 'negative', ...options });
		numberFormats.set(cacheKey, format);
	}
	return format;
}

function isPresent(value: MaybeNumber): value is number {
	return typeof value === 'number' && Number.isFinite(value);
}

/** Options of `formatMoney`. */
export interface MoneyOptions {
	locale: Locale;
	/** ISO 4217 code, e.g. "USD" or "VND". */
	currency: string;
	/** Short form for axes and tight cells: "$4.2M", "1,2 tỷ ₫". */
	compact?: boolean;
	/** Fraction digits of the full form; by default whole units from 1,000 up, else the currency's own. */
	digits?: number;
}

/** Formats an amount of money: "$4,200,000", "1.200.000 ₫"; compact: "$4.2M", "1,2 tỷ ₫". */
export function formatMoney(value: MaybeNumber, options: MoneyOptions): string {
	if (!isPresent(value)) return EMPTY_VALUE;
	const { locale, compact = false } = options;
	const currency = options.currency.toUpperCase();
	try {
		// Below a thousand there is nothing to abbreviate, and compact notation would print
		// sub-unit amounts with significant digits ("0,0001 ₫"); use the full form instead.
		if (compact && Math.abs(value) >= 1000) {
			if (LONG_COMPACT.has(locale)) return longCompactMoney(value, locale, currency);
			return numberFormat(locale, `money-compact|${currency}`, {
				style: 'currency',
				currency,
				notation: 'compact'
			}).format(value);
		}
		const minorDigits = currencyDigits(locale, currency);
		// Compact forms (axes, headlines) show whole amounts; cents only when they carry meaning.
		const whole = compact && Number.isInteger(value);
		const digits = options.digits ?? (Math.abs(value) >= 1000 || whole ? 0 : minorDigits);
		return numberFormat(locale, `money|${currency}|${digits}`, {
			style: 'currency',
			currency,
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		}).format(value);
	} catch {
		// Intl refuses a malformed currency code; show the amount with the code rather than fail.
		const amount = compact
			? formatCompactNumber(value, { locale })
			: formatNumber(value, { locale });
		return `${amount} ${currency}`;
	}
}

/** Fraction digits that a currency normally shows (0 for VND and JPY, 2 for USD). */
function currencyDigits(locale: Locale, currency: string): number {
	return (
		numberFormat(locale, `money-default|${currency}`, {
			style: 'currency',
			currency
		}).resolvedOptions().maximumFractionDigits ?? 2
	);
}

/** Compact money with the magnitude as a word, the symbol placed as the locale places it. */
function longCompactMoney(value: number, locale: Locale, currency: string): string {
	const { prefix, suffix } = currencyAffixes(locale, currency);
	const amount = formatCompactNumber(Math.abs(value), { locale });
	// A negative amount that rounds to zero gets no sign, as Intl's signDisplay 'negative' does.
	const sign = value < 0 && /[1-9]/.test(amount) ? minusSign(locale) : '';
	return `${sign}${prefix}${amount}${suffix}`;
}

const NUMERIC_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);
const affixCache = new Map<string, { prefix: string; suffix: string }>();

/** Text before and after the digits of a positive amount, e.g. { prefix: "", suffix: " ₫" }. */
function currencyAffixes(locale: Locale, currency: string): { prefix: string; suffix: string } {
	const cacheKey = `${locale}|${currency}`;
	const cached = affixCache.get(cacheKey);
	if (cached) return cached;
	const parts = numberFormat(locale, `money-default|${currency}`, {
		style: 'currency',
		currency
	}).formatToParts(1);
	const first = parts.findIndex((part) => NUMERIC_PARTS.has(part.type));
	let last = first;
	parts.forEach((part, i) => {
		if (NUMERIC_PARTS.has(part.type)) last = i;
	});
	const join = (from: number, to: number) =>
		parts
			.slice(from, to)
			.map((part) => part.value)
			.join('');
	const affixes = { prefix: join(0, first), suffix: join(last + 1, parts.length) };
	affixCache.set(cacheKey, affixes);
	return affixes;
}

function minusSign(locale: Locale): string {
	const parts = numberFormat(locale, 'number|0', { maximumFractionDigits: 0 }).formatToParts(-1);
	return parts.find((part) => part.type === 'minusSign')?.value ?? '-';
}

/** Options shared by the plain number formatters. */
export interface NumberOptions {
	locale: Locale;
	/** Most fraction digits shown; trailing zeros are dropped. */
	digits?: number;
}

/** Formats a number with grouping and at most `digits` (default 2) fraction digits: "1,234.5". */
export function formatNumber(value: MaybeNumber, { locale, digits = 2 }: NumberOptions): string {
	if (!isPresent(value)) return EMPTY_VALUE;
	return numberFormat(locale, `number|${digits}`, { maximumFractionDigits: digits }).format(value);
}

/** Formats a count of whole things, rounded: "12,345" / "12.345". */
export function formatCount(value: MaybeNumber, { locale }: { locale: Locale }): string {
	if (!isPresent(value)) return EMPTY_VALUE;
	return numberFormat(locale, 'number|0', { maximumFractionDigits: 0 }).format(value);
}

/** Formats a fraction as a percentage: 0.125 → "12.5%" / "12,5%" (at most `digits`, default 1). */
export function formatPercent(
	fraction: MaybeNumber,
	{ locale, digits = 1 }: NumberOptions
): string {
	if (!isPresent(fraction)) return EMPTY_VALUE;
	return numberFormat(locale, `percent|${digits}`, {
		style: 'percent',
		maximumFractionDigits: digits
	}).format(fraction);
}

/** Formats a duration in months: "18 months" / "18 tháng" (at most `digits`, default 1). */
export function formatMonths(value: MaybeNumber, { locale, digits = 1 }: NumberOptions): string {
	if (!isPresent(value)) return EMPTY_VALUE;
	return numberFormat(locale, `months|${digits}`, {
		style: 'unit',
		unit: 'month',
		unitDisplay: 'long',
		maximumFractionDigits: digits
	}).format(value);
}

/** Formats a ratio as a multiple: 2.43 → "2.4×" / "2,4×" (at most `digits`, default 1). */
export function formatMultiple(value: MaybeNumber, { locale, digits = 1 }: NumberOptions): string {
	if (!isPresent(value)) return EMPTY_VALUE;
	return `${formatNumber(value, { locale, digits })}×`;
}

/** Formats a number in compact form: "1.2M" / "1,2 triệu". */
export function formatCompactNumber(value: MaybeNumber, { locale }: { locale: Locale }): string {
	if (!isPresent(value)) return EMPTY_VALUE;
	const long = LONG_COMPACT.has(locale);
	return numberFormat(locale, `compact|${long ? 'long' : 'short'}`, {
		notation: 'compact',
		compactDisplay: long ? 'long' : 'short'
	}).format(value);
}

/** Options of `formatDate`. */
export interface DateOptions {
	locale: Locale;
	/** Also show hours and minutes. */
	withTime?: boolean;
}

/** Formats a date: "Jan 5, 2025" / "5 thg 1, 2025"; an invalid date prints as EMPTY_VALUE. */
export function formatDate(
	value: Date | number | string | null | undefined,
	{ locale, withTime = false }: DateOptions
): string {
	if (value === null || value === undefined) return EMPTY_VALUE;
	const date = value instanceof Date ? value : new Date(value);
	if (Number.isNaN(date.getTime())) return EMPTY_VALUE;
	const cacheKey = `${locale}|${withTime}`;
	let format = dateFormats.get(cacheKey);
	if (!format) {
		format = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
			dateStyle: 'medium',
			...(withTime ? { timeStyle: 'short' } : {})
		});
		dateFormats.set(cacheKey, format);
	}
	return format.format(date);
}

/** The formatters above with the locale already applied (what components use). */
export interface Formatters {
	readonly locale: Locale;
	money(value: MaybeNumber, currency: string, compact?: boolean): string;
	number(value: MaybeNumber, digits?: number): string;
	count(value: MaybeNumber): string;
	percent(fraction: MaybeNumber, digits?: number): string;
	months(value: MaybeNumber, digits?: number): string;
	multiple(value: MaybeNumber, digits?: number): string;
	compactNumber(value: MaybeNumber): string;
	date(value: Date | number | string | null | undefined, withTime?: boolean): string;
}

const boundFormatters = new Map<Locale, Formatters>();

/** The formatters bound to one locale; the same object is returned for the same locale. */
export function formattersFor(locale: Locale): Formatters {
	let formatters = boundFormatters.get(locale);
	if (!formatters) {
		formatters = Object.freeze({
			locale,
			money: (value, currency, compact = false) =>
				formatMoney(value, { locale, currency, compact }),
			number: (value, digits) => formatNumber(value, { locale, digits }),
			count: (value) => formatCount(value, { locale }),
			percent: (fraction, digits) => formatPercent(fraction, { locale, digits }),
			months: (value, digits) => formatMonths(value, { locale, digits }),
			multiple: (value, digits) => formatMultiple(value, { locale, digits }),
			compactNumber: (value) => formatCompactNumber(value, { locale }),
			date: (value, withTime = false) => formatDate(value, { locale, withTime })
		} satisfies Formatters);
		boundFormatters.set(locale, formatters);
	}
	return formatters;
}
