/**
 * Every export against the CLI's numbers: the result JSON byte for byte, the per-path CSV (its
 * columns summarised the way the engine summarises them), and each chart's and table's CSV
 * (parsed back, value for value). Seeded runs of 1,000 paths; comparisons are exact unless a
 * tolerance is stated.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Papa from 'papaparse';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../src/lib/i18n';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { simulate } from '../../src/lib/sim/run';
import { summarise } from '../../src/lib/sim/stats';
import { resultToJson } from '../../src/lib/sim/json';
import { TOTALS } from '../../src/lib/sim/types';
import { toCsv, heading } from '../../src/lib/export/csv';
import { fullRun } from '../../src/lib/export/full-run';
import { perPathCsv } from '../../src/lib/export/per-path';
import { uncertainInputs } from '../../src/lib/export/assumptions';
import {
	fanTable,
	histogramTable,
	keyFiguresTable,
	layerCakeTable,
	retentionTable,
	sensitivityTable
} from '../../src/lib/export/tables';
import { createExportApi } from '../../src/lib/workers/export-api';
import { qrPicture } from '../../src/lib/export/qr';

const run = promisify(execFile);
const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);

function preset(id: string, paths = 1000): Scenario {
	const copy = structuredClone(presetById(id)!.scenario);
	copy.paths = paths;
	const result = validateScenario(copy);
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.scenario;
}

/** CSV text parsed back: header and rows of strings. */
function parse(text: string): { header: string[]; rows: string[][] } {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
	expect(parsed.errors).toEqual([]);
	const [header, ...rows] = parsed.data;
	return { header: header!, rows };
}

/** A CSV cell as the number it stands for (empty: NaN). */
const num = (cell: string | undefined) => (cell === '' || cell === undefined ? NaN : Number(cell));

describe('result JSON', () => {
	it('is byte for byte what `npm run sim -- --json -` prints', async () => {
		const scenario = preset('telecom-turnaround', 1000);
		const { stdout } = await run(
			join('node_modules', '.bin', 'tsx'),
			['scripts/sim.ts', 'telecom-turnaround', '--paths', '1000', '--json', '-'],
			{ encoding: 'utf8', maxBuffer: 64 << 20 }
		);
		const fromPage = createExportApi().resultJson(scenario);
		// Both end with the run's own timing, the one field that differs between equal runs.
		const timing = /,"timing":\{"simulateSeconds":[0-9.e+-]+\}\}$/;
		expect(fromPage).toMatch(timing);
		expect(stdout.trim()).toMatch(timing);
		expect(fromPage.replace(timing, '}')).toBe(stdout.trim().replace(timing, '}'));
	});

	it('comes from the same run as `simulate` (every metric banded)', () => {
		const scenario = preset('default', 1000);
		expect(JSON.stringify(resultToJson(fullRun(scenario).result))).toBe(
			JSON.stringify(resultToJson(simulate(scenario)))
		);
	});
});

describe('per-path CSV', () => {
	const scenario = preset('acquisition-trap', 1000);
	const { accumulator, result } = fullRun(scenario);
	const { header, rows } = parse(perPathCsv(accumulator));
	const column = (name: string) => {
		const index = header.indexOf(name);
		expect(index, name).toBeGreaterThanOrEqual(0);
		return Float64Array.from(rows, (row) => num(row[index]));
	};

	it('has one row per path with its index and the seed', () => {
		expect(rows).toHaveLength(1000);
		expect(header.slice(0, 2)).toEqual(['path', 'seed']);
		rows.forEach((row, p) => {
			expect(row[0]).toBe(String(p));
			expect(row[1]).toBe(String(scenario.seed));
		});
	});

	it("summarises to the CLI's totals for every strategy and total", () => {
		result.strategies.forEach((strategy) => {
			for (const total of TOTALS) {
				const unitless = header.find((h) => h.startsWith(`${strategy.id}.${total} (`))!;
				expect(summarise(column(unitless))).toEqual(strategy.totals[total]);
			}
		});
	});

	it('gives the probability of a higher NPV and the break-even months of the comparison', () => {
		const [baseline, challenger] = result.strategies;
		const base = column(`${baseline!.id}.npv (${scenario.currency})`);
		const other = column(`${challenger!.id}.npv (${scenario.currency})`);
		let higher = 0;
		for (let p = 0; p < base.length; p++) if (other[p]! - base[p]! > 0) higher++;
		expect(higher / base.length).toBe(result.comparisons[0]!.probabilityHigherNpv);
		const breakEven = column(`${challenger!.id}.breakEvenMonth (month; empty = never)`);
		const { neverShare, ...quantiles } = result.comparisons[0]!.breakEvenMonth;
		expect(summarise(breakEven)).toEqual(quantiles);
		expect(breakEven.filter((x) => Number.isNaN(x)).length / breakEven.length).toBe(neverShare);
	});

	it('holds every drawn input, inside its range', () => {
		const inputs = uncertainInputs(scenario);
		expect(inputs.length).toBeGreaterThan(5);
		for (const input of inputs) {
			const name = header.find((h) => h.startsWith(`${input.path} (`));
			expect(name, input.path).toBeDefined();
			const values = column(name!);
			for (const x of values) {
				expect(x).toBeGreaterThanOrEqual(input.low);
				expect(x).toBeLessThanOrEqual(input.high);
			}
		}
		// The sensitivity ranking is computed from exactly these draws.
		expect(result.comparisons[0]!.sensitivity.map((e) => e.parameter).sort()).toEqual(
			inputs.map((i) => i.path).sort()
		);
	});
});

describe('chart and table CSV', () => {
	const scenario = preset('logistics-existing-customers', 1000);
	const result = simulate(scenario);
	const currency = scenario.currency;

	it('writes numbers unformatted and escapes text', () => {
		const text = toCsv({
			header: [heading('Revenue', 'USD a month'), 'Name'],
			rows: [
				[1234567.891, 'a, "quoted" name'],
				[NaN, null]
			]
		});
		expect(text).toBe('Revenue (USD a month),Name\r\n1234567.891,"a, ""quoted"" name"\r\n,');
	});

	it('fan chart: every band of every month, as in the result', () => {
		const { header, rows } = parse(toCsv(fanTable(t, result, 'revenue')));
		expect(header[0]).toBe('Month');
		expect(header[1]).toBe(`${result.strategies[0]!.name} · 5th percentile (${currency} a month)`);
		expect(rows).toHaveLength(result.horizonMonths);
		result.strategies.forEach((s, i) => {
			const stats = ['p5', 'p25', 'p50', 'p75', 'p95', 'mean'] as const;
			stats.forEach((stat, k) => {
				rows.forEach((row, m) => {
					expect(num(row[1 + i * stats.length + k])).toBe(s.monthly.revenue[stat][m]);
				});
			});
		});
	});

	it('layer cake and retention heatmap: the cohort layers', () => {
		const strategy = result.strategies[1]!;
		const cake = parse(toCsv(layerCakeTable(t, strategy, currency)));
		expect(cake.rows).toHaveLength(result.horizonMonths);
		strategy.cohorts.revenue.forEach((layer, y) => {
			cake.rows.forEach((row, m) => expect(num(row[1 + y])).toBe(layer[m]));
		});
		const heat = parse(toCsv(retentionTable(t, strategy)));
		const base = heat.rows[0]!;
		expect(base[1]).toBe('1');
		const customers = strategy.cohorts.customers[0]!;
		expect(num(base[2 + 11])).toBe(customers[11]! / customers[0]!);
	});

	it('histogram: bins add up to every path; tornado: every input with its correlation', () => {
		const comparison = result.comparisons[0]!;
		const histogram = parse(toCsv(histogramTable(t, comparison, currency)));
		expect(histogram.rows.reduce((n, row) => n + num(row[2]), 0)).toBe(result.paths);
		const tornado = parse(toCsv(sensitivityTable(t, comparison, (p) => `label of ${p}`)));
		expect(tornado.rows.map((row) => [row[1], num(row[2])])).toEqual(
			comparison.sensitivity.map((e) => [e.parameter, e.rankCorrelation])
		);
	});

	it('key figures: the medians of the verdict table', () => {
		const { header, rows } = parse(toCsv(keyFiguresTable(t, result)));
		expect(header.slice(2)).toEqual(result.strategies.map((s) => s.name));
		const npv = rows.find((row) => row[0] === t('total.npv'))!;
		expect(npv[1]).toBe(currency);
		result.strategies.forEach((s, i) => expect(num(npv[2 + i])).toBe(s.totals.npv.p50));
	});
});

describe('QR code of the report footer', () => {
	it('draws exactly the dark modules of the encoded link', () => {
		const link = 'https://example.org/#preset=telecom-turnaround';
		const picture = qrPicture(link);
		const { modules } = QRCode.create(link, { errorCorrectionLevel: 'M' });
		expect(picture.size).toBe(modules.size);
		const dark = Array.from(modules.data).filter(Boolean).length;
		expect(picture.d.match(/M/g)).toHaveLength(dark);
		// A longer link needs a larger code.
		expect(qrPicture(`${link}&${'x'.repeat(400)}`).size).toBeGreaterThan(picture.size);
	});
});
