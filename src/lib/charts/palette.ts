/**
 * Chart colours. Strategies and signs use the Okabe–Ito palette, designed to stay
 * distinguishable with the common colour-vision deficiencies; the heatmap uses cividis, a
 * sequential scheme that reads the same for deuteranopes; cohort layers use a viridis ramp
 * because no categorical scheme stays colour-blind-safe beyond ~8 colours and the layers are
 * ordered anyway (older = darker).
 */
import { interpolateCividis, interpolateViridis } from 'd3';

/** The eight Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"). */
export const OKABE_ITO = {
	black: '#000000',
	orange: '#E69F00',
	skyBlue: '#56B4E9',
	bluishGreen: '#009E73',
	yellow: '#F0E442',
	blue: '#0072B2',
	vermillion: '#D55E00',
	reddishPurple: '#CC79A7'
} as const;

/** Colours of up to four overlaid strategies, in order (yellow and sky blue are too light for lines). */
export const STRATEGY_COLORS: readonly string[] = [
	OKABE_ITO.blue,
	OKABE_ITO.vermillion,
	OKABE_ITO.bluishGreen,
	OKABE_ITO.reddishPurple
];

/** Colour of the strategy at position `index` (wraps after four). */
export function strategyColor(index: number): string {
	return STRATEGY_COLORS[index % STRATEGY_COLORS.length]!;
}

/** Colours by sign of a difference: below zero, above zero, and a bin that spans zero. */
export const SIGN_COLORS = {
	negative: OKABE_ITO.vermillion,
	positive: OKABE_ITO.bluishGreen,
	straddle: '#9ca3af'
} as const;

/** Neutral ink for text, secondary text, grid lines, axis lines and zero lines (on white). */
export const INK = {
	text: '#1f2937',
	muted: '#4b5563',
	grid: '#e5e7eb',
	axis: '#9ca3af',
	zero: '#374151'
} as const;

/** Heatmap colour of a share 0…1 (clamped): high retention dark blue, low retention pale yellow. */
export function heatColor(share: number): string {
	if (!Number.isFinite(share)) return 'transparent';
	return interpolateCividis(1 - Math.min(1, Math.max(0, share)));
}

/** Colour of the starting customer base in the layer cake. */
export const BASE_LAYER_COLOR = '#b8bec8';

/**
 * Colours of `count` cohort layers (base first, then acquisition years, up to 21): the base
 * neutral grey, the years a viridis ramp from dark (year 1) to light (latest) green-yellow.
 */
export function layerColors(count: number): string[] {
	const years = Math.max(0, count - 1);
	const colors = [BASE_LAYER_COLOR];
	for (let y = 0; y < years; y++) {
		// Stop short of viridis' pale-yellow end, which vanishes on white.
		const t = years === 1 ? 0.35 : (y / (years - 1)) * 0.85;
		colors.push(interpolateViridis(t));
	}
	return colors.slice(0, Math.max(0, count));
}
