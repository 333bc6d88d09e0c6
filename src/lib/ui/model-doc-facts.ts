/**
 * The numbers the model page quotes, read from the code that defines them and written in the
 * page's language, so the documentation cannot drift from the engine or the validator.
 */
import type { Locale } from '$lib/i18n';
import { INTL_LOCALE } from '$lib/i18n/format';
import { BOUNDS, FIELDS } from '$lib/scenario/fields';
import { BAND_VALUE_BUDGET, BLOCK_PATHS } from '$lib/sim/blocks';
import { MONTHLY_METRICS } from '$lib/sim/types';
import { MAX_STRATEGIES, MIN_STRATEGIES } from '$lib/state/scenario.svelte';
import { DRAWN_METRICS } from './drawn-metrics';

/** Every quoted number, formatted for one language. */
export interface ModelFacts {
	/** Shortest and longest horizon, in years. */
	horizonYears: { min: string; max: string };
	strategies: { min: string; max: string };
	/** Paths of a run by default and at most. */
	paths: { default: string; max: string };
	/** Values the monthly bands may keep ("40 million"). */
	bandValueBudget: string;
	/** Paths per block. */
	blockPaths: string;
	/** Metrics the page draws as bands, and all monthly metrics. */
	drawnMetrics: string;
	allMetrics: string;
	/** The upper bounds of `BOUNDS`, in words ("10 billion") and as powers of ten. */
	bounds: Record<keyof typeof BOUNDS, { words: string; power: string }>;
}

function spec(path: string) {
	const found = FIELDS.find((f) => f.path === path);
	if (!found) throw new Error(`No field ${path}`);
	return found;
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** 1e16 → "10¹⁶"; other numbers as they are. */
function power(x: number): string {
	const exponent = Math.log10(x);
	if (!Number.isInteger(exponent) || exponent < 3) return String(x);
	return '10' + [...String(exponent)].map((d) => SUPERSCRIPT[Number(d)]).join('');
}

/** The model page's numbers in `locale`. */
export function modelFacts(locale: Locale): ModelFacts {
	const tag = INTL_LOCALE[locale];
	const count = new Intl.NumberFormat(tag).format;
	const words = new Intl.NumberFormat(tag, { notation: 'compact', compactDisplay: 'long' }).format;
	const horizon = spec('horizonMonths');
	const paths = spec('paths');
	const bounds = Object.fromEntries(
		Object.entries(BOUNDS).map(([key, value]) => [
			key,
			{ words: words(value), power: power(value) }
		])
	) as ModelFacts['bounds'];
	return {
		horizonYears: { min: count(horizon.min / 12), max: count(horizon.max / 12) },
		strategies: { min: count(MIN_STRATEGIES), max: count(MAX_STRATEGIES) },
		paths: { default: count(paths.default ?? paths.min), max: count(paths.max) },
		bandValueBudget: words(BAND_VALUE_BUDGET),
		blockPaths: count(BLOCK_PATHS),
		drawnMetrics: count(DRAWN_METRICS.length),
		allMetrics: count(MONTHLY_METRICS.length),
		bounds
	};
}
