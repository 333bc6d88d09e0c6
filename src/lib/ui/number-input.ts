/**
 * Number entry for the scenario editor: percentages shown ×100, locale-aware formatting and
 * reading of what people type. Nothing else (messages live in issue-text.ts).
 */
import type { Locale } from '$lib/i18n';
import { INTL_LOCALE } from '$lib/i18n/format';
import type { FieldSpec } from '$lib/scenario/schema';
import { roundNoise } from '$lib/state/scenario.svelte';

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
