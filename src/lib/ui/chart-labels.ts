/**
 * Translated `labels` for the charts in src/lib/charts. Each chart takes every visible word
 * through a `labels` prop with English defaults; these builders fill all of them from the
 * message catalogue, so a chart follows the interface language when the caller rebuilds them
 * (e.g. in a `$derived`).
 */
import { fieldMessageKey, type MessageKey, type MessageParams } from '$lib/i18n';
import type { Formatters } from '$lib/i18n/format';
import type { FanChartLabels } from '$lib/charts/FanChart.svelte';
import type { LayerCakeLabels } from '$lib/charts/LayerCake.svelte';
import type { RetentionHeatmapLabels } from '$lib/charts/RetentionHeatmap.svelte';
import type { NpvHistogramLabels } from '$lib/charts/NpvHistogram.svelte';
import type { TornadoLabels } from '$lib/charts/Tornado.svelte';

/** The message lookup of the current locale, e.g. `LocaleState.t`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * The name of an uncertain input from its field path, with the strategy it belongs to:
 * `strategies[1].retention.hazardReduction` → "Hazard reduction (Experience-led)".
 */
export function parameterLabel(
	t: Translate,
	path: string,
	strategyNames: readonly string[]
): string {
	const key = fieldMessageKey(path, 'label');
	const strategyMatch = /^strategies\[(\d+)\]/.exec(path);
	const label = key ? t(key) : path;
	const strategy = strategyMatch ? strategyNames[Number(strategyMatch[1])] : undefined;
	return strategy ? `${label} (${strategy})` : label;
}

/** Name of cohort layer `index`: 0 = the starting base, y = customers won in year y. */
export const cohortName = (t: Translate, index: number): string =>
	index === 0 ? t('legend.cohortBase') : t('legend.cohortYear', { year: String(index) });

/** Words of the fan chart (bands over months). */
export function fanLabels(t: Translate): FanChartLabels {
	return {
		median: t('legend.median'),
		band50: t('legend.band50'),
		band90: t('legend.band90'),
		p5: t('stat.p5'),
		p95: t('stat.p95'),
		legendNote: t('chartText.fanLegendNote'),
		table: t('chartText.showTable'),
		cursor: t('chartText.cursor'),
		summary: (month, items) =>
			t('chartText.fanSummary', {
				month: String(month),
				items: items
					.map((i) =>
						t('chartText.fanSummaryItem', {
							name: i.name,
							median: i.median,
							low: i.p5,
							high: i.p95
						})
					)
					.join('; ')
			})
	};
}

/** Words of the layer cake (revenue or customers stacked by the year they were won). */
export function layerCakeLabels(t: Translate): LayerCakeLabels {
	return {
		layer: (index) => cohortName(t, index),
		total: t('chartText.total'),
		more: (count) => t('chartText.layerMore', { count: String(count) }),
		table: t('chartText.showTable'),
		cursor: t('chartText.cursor'),
		summary: (month, total, top) =>
			t('chartText.layerSummary', {
				month: String(month),
				total,
				layers: top.map((l) => `${l.name} ${l.value} (${l.share})`).join(', ')
			})
	};
}

/** Words of the cohort-retention heatmap. */
export function retentionHeatmapLabels(t: Translate): RetentionHeatmapLabels {
	return {
		layer: (index) => cohortName(t, index),
		yLabel: t('chartText.heatmapRows'),
		legend: t('chartText.heatmapLegend'),
		caption: t('chartText.heatmapCaption'),
		table: t('chartText.showTable'),
		summary: (rows) => {
			const known = rows.filter((r) => r.afterYear !== undefined);
			if (known.length === 0) return t('chartText.heatmapSummaryNone');
			return t('chartText.heatmapSummary', {
				rows: known.map((r) => `${r.name} ${r.afterYear}`).join(', ')
			});
		}
	};
}

/** Words of the NPV-difference histogram of `challenger` against `baseline` (strategy names). */
export function npvHistogramLabels(
	t: Translate,
	format: Formatters,
	names: { baseline: string; challenger: string }
): NpvHistogramLabels {
	return {
		zero: t('legend.zero'),
		negative: t('chartText.npvAhead', { name: names.baseline }),
		positive: t('chartText.npvAhead', { name: names.challenger }),
		straddle: t('chartText.npvAroundZero'),
		from: t('chartText.binFrom'),
		to: t('chartText.binTo'),
		table: t('chartText.showTable'),
		summary: (paths, share, median) => {
			const params = { paths: format.count(paths), share, ...names };
			return median === undefined
				? t('chartText.npvSummary', params)
				: t('chartText.npvSummaryMedian', { ...params, median });
		}
	};
}

/** Words of the tornado chart (which inputs drive the NPV difference). */
export function tornadoLabels(t: Translate): TornadoLabels {
	return {
		axis: t('axis.rankCorrelation'),
		positive: t('chartText.tornadoPositive'),
		negative: t('chartText.tornadoNegative'),
		input: t('chartText.tornadoInput'),
		table: t('chartText.showTable'),
		empty: t('chartText.tornadoEmpty'),
		summary: (items) =>
			t('chartText.tornadoSummary', {
				items: items.map((i) => `${i.name} (${i.value})`).join(', ')
			})
	};
}
