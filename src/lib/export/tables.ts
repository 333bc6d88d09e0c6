/**
 * Every chart's data as a table for CSV export, straight from the result (never from the
 * formatted text on screen): numbers as computed, units in the headings. Headings are in the
 * interface language (the caller passes its translator), like the tables under the charts.
 */
import type { MessageKey, MessageParams } from '../i18n';
import { retentionRows } from '../charts/geometry/heatmap';
import type { Comparison, MonthlyMetric, SimulationResult, StrategyResult } from '../sim/types';
import { cohortName } from '../ui/chart-labels';
import { heading, type Cell, type CsvTable } from './csv';

/** The message lookup of the current locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The statistics of a band, in column order. */
const STATS = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const;
const STAT_KEY: Record<(typeof STATS)[number], MessageKey> = {
	p5: 'stat.p5',
	p25: 'stat.p25',
	p50: 'stat.median',
	p75: 'stat.p75',
	p95: 'stat.p95',
	mean: 'stat.mean'
};

/** The unit of a monthly metric as a CSV heading writes it. */
export function metricUnit(t: Translate, metric: MonthlyMetric, currency: string): string {
	switch (metric) {
		case 'revenue':
		case 'grossProfit':
		case 'costToServe':
		case 'acquisitionSpend':
		case 'cxSpend':
		case 'contribution':
			return t('axis.moneyPerMonth', { currency });
		case 'cac':
		case 'blendedCac':
			return t('exportUnit.perNewCustomer', { currency });
		case 'cumulativeCash':
			return currency;
		case 'churnRate':
			return t('exportUnit.fractionPerMonth');
		case 'nrr':
		case 'revenueFromNewShare':
			return t('exportUnit.fraction');
		case 'nps':
			return t('axis.nps');
		default:
			return t('axis.customers');
	}
}

/** A fan chart's data: month, then per strategy its p5 … p95 and mean. */
export function fanTable(t: Translate, result: SimulationResult, metric: MonthlyMetric): CsvTable {
	const unit = metricUnit(t, metric, result.scenario.currency);
	const header = [t('axis.month')];
	for (const s of result.strategies) {
		for (const stat of STATS) header.push(heading(`${s.name} · ${t(STAT_KEY[stat])}`, unit));
	}
	const rows: Cell[][] = [];
	for (let m = 0; m < result.horizonMonths; m++) {
		const row: Cell[] = [m + 1];
		for (const s of result.strategies) {
			for (const stat of STATS) row.push(s.monthly[metric][stat][m]);
		}
		rows.push(row);
	}
	return { header, rows };
}

const layerName = cohortName;

/** A layer cake's data: month, then the mean revenue of every acquisition-year layer. */
export function layerCakeTable(t: Translate, strategy: StrategyResult, currency: string): CsvTable {
	const layers = strategy.cohorts.revenue;
	const unit = t('axis.moneyPerMonth', { currency });
	const header = [t('axis.month'), ...layers.map((_, y) => heading(layerName(t, y), unit))];
	const months = layers[0]?.length ?? 0;
	const rows: Cell[][] = [];
	for (let m = 0; m < months; m++) rows.push([m + 1, ...layers.map((layer) => layer[m])]);
	return { header, rows };
}

/** A retention heatmap's data: one row per layer, one column per month (empty before it starts). */
export function retentionTable(t: Translate, strategy: StrategyResult): CsvTable {
	const layers = strategy.cohorts.customers;
	const months = layers[0]?.length ?? 0;
	const unit = t('exportUnit.fractionOfReference');
	const header = [
		t('chartText.heatmapRows'),
		t('exportUnit.referenceMonth'),
		...Array.from({ length: months }, (_, m) => heading(`${t('axis.month')} ${m + 1}`, unit))
	];
	const rows = retentionRows(layers).map((row) => {
		const cells: Cell[] = Array.from({ length: months }, () => null);
		for (const cell of row.cells) cells[cell.month - 1] = cell.value;
		return [layerName(t, row.layer), row.referenceMonth, ...cells];
	});
	return { header, rows };
}

/** The NPV-difference histogram: each bin's bounds and its number of paths. */
export function histogramTable(t: Translate, comparison: Comparison, currency: string): CsvTable {
	const { x0, x1, counts } = comparison.npvDifferenceHistogram;
	const header = [
		heading(t('chartText.binFrom'), currency),
		heading(t('chartText.binTo'), currency),
		heading(t('axis.futures'), t('mc.paths'))
	];
	const rows: Cell[][] = Array.from(counts, (count, i) => [x0[i], x1[i], count]);
	return { header, rows };
}

/** The tornado's data: every uncertain input (not only the top few) and its rank correlation. */
export function sensitivityTable(
	t: Translate,
	comparison: Comparison,
	labelFor: (path: string) => string
): CsvTable {
	return {
		header: [t('chartText.tornadoInput'), t('exportUnit.fieldPath'), t('axis.rankCorrelation')],
		rows: comparison.sensitivity.map((e) => [labelFor(e.parameter), e.parameter, e.rankCorrelation])
	};
}

/** The key figures: the median (p50) of each total per strategy, with its unit. */
export function keyFiguresTable(t: Translate, result: SimulationResult): CsvTable {
	const currency = result.scenario.currency;
	const figures: { key: MessageKey; unit: string; value: (s: StrategyResult) => number }[] = [
		{ key: 'total.npv', unit: currency, value: (s) => s.totals.npv.p50 },
		{
			key: 'total.endCustomers',
			unit: t('axis.customers'),
			value: (s) => s.totals.endCustomers.p50
		},
		{
			key: 'kpi.revenueMultiple',
			unit: t('exportUnit.ratio'),
			value: (s) => s.monthly.revenue.p50[result.horizonMonths - 1]! / s.monthly.revenue.p50[0]!
		},
		{
			key: 'total.averageChurnRate',
			unit: t('exportUnit.fractionPerMonth'),
			value: (s) => s.totals.averageChurnRate.p50
		},
		{ key: 'total.clvToCac', unit: t('exportUnit.ratio'), value: (s) => s.totals.clvToCac.p50 },
		{ key: 'total.paybackMonths', unit: t('axis.month'), value: (s) => s.totals.paybackMonths.p50 },
		{
			key: 'total.replacementRatio',
			unit: t('exportUnit.ratio'),
			value: (s) => s.totals.replacementRatio.p50
		}
	];
	return {
		header: [t('exportUnit.figure'), t('exportUnit.unit'), ...result.strategies.map((s) => s.name)],
		rows: figures.map((f) => [t(f.key), f.unit, ...result.strategies.map(f.value)])
	};
}
