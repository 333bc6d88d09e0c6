/**
 * The built-in presets: every one validates, fits in a short link and is introduced in both
 * languages; the telecom preset reproduces the figures of the case it is based on (MODEL.md
 * section 2: churn down about 75% and revenue nearly doubled after three years of experience-led
 * change, while the lock-in status quo does not improve); the logistics and B2B presets keep the
 * features their stories rest on. Every preset is also named in Vietnamese, and only the names
 * change with the language.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeScenarioLink } from '../../src/lib/scenario/link-codec';
import { PRESETS, presetById, presetScenario } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import { simulate } from '../../src/lib/sim/run';
import type { StrategyResult } from '../../src/lib/sim/types';

const EXPECTED_IDS = [
	'default',
	'telecom-turnaround',
	'acquisition-trap',
	'logistics-existing-customers',
	'b2b-fragmented-journeys',
	'healthcare-proactive-retention',
	'cx-business-case'
];

/** Mean of `series` over months `from`…`to` (1-based, inclusive). */
function meanOverMonths(series: Float64Array, from: number, to: number): number {
	let sum = 0;
	for (let month = from; month <= to; month++) sum += series[month - 1]!;
	return sum / (to - from + 1);
}

function preset(id: string) {
	const found = presetById(id);
	if (!found) throw new Error(`no preset "${id}"`);
	return found;
}

describe('preset registry', () => {
	it('holds exactly the listed presets, in menu order, with unique ids', () => {
		expect(PRESETS.map((p) => p.id)).toEqual(EXPECTED_IDS);
		expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
	});

	it.each(EXPECTED_IDS)('%s is a valid, normalised scenario', (id) => {
		const { scenario } = preset(id);
		expect(validateScenario(scenario)).toEqual({ ok: true, scenario });
	});

	it.each(EXPECTED_IDS)('%s fits in a link under 2,000 characters', async (id) => {
		const link = await encodeScenarioLink(preset(id).scenario);
		expect(link.startsWith('s2=')).toBe(true);
		expect(link.length).toBeLessThan(2000);
	});

	it.each(EXPECTED_IDS)('%s has a title and a description in English and Vietnamese', (id) => {
		const { title, description } = preset(id);
		for (const text of [title.en, title.vi, description.en, description.vi]) {
			expect(text.trim().length).toBeGreaterThan(0);
		}
	});

	it.each(EXPECTED_IDS.filter((id) => id !== 'default'))(
		'%s runs 10,000 paths and names its source in both languages',
		(id) => {
			const { scenario, description } = preset(id);
			expect(scenario.paths).toBe(10000);
			expect(description.en).toMatch(/Based on/);
			expect(description.vi).toMatch(/Dựa trên/);
		}
	);
});

describe('Vietnamese names', () => {
	it.each(EXPECTED_IDS)('%s names its scenario and each strategy within the limits', (id) => {
		const { names, scenario } = preset(id);
		const vi = names?.vi;
		expect(vi).toBeDefined();
		expect(vi!.scenario.trim().length).toBeGreaterThan(0);
		expect(vi!.scenario.length).toBeLessThanOrEqual(120);
		expect(vi!.strategies).toHaveLength(scenario.strategies.length);
		for (const name of vi!.strategies) {
			expect(name.trim().length).toBeGreaterThan(0);
			expect(name.length).toBeLessThanOrEqual(60);
		}
		expect(new Set(vi!.strategies).size).toBe(vi!.strategies.length);
	});

	it.each(EXPECTED_IDS)('%s in Vietnamese validates and differs only in names', (id) => {
		const stored = preset(id);
		const en = presetScenario(stored, 'en');
		const vi = presetScenario(stored, 'vi');
		expect(en).toEqual(stored.scenario);
		expect(en).not.toBe(stored.scenario); // a copy: editing it never touches the preset
		expect(validateScenario(vi)).toEqual({ ok: true, scenario: vi });
		expect(vi.name).toBe(stored.names!.vi.scenario);
		expect(vi.strategies.map((s) => s.name)).toEqual(stored.names!.vi.strategies);
		expect(vi.strategies.map((s) => s.id)).toEqual(en.strategies.map((s) => s.id));
		const unnamed = (scenario: typeof en) => ({
			...scenario,
			name: '',
			strategies: scenario.strategies.map((s) => ({ ...s, name: '' }))
		});
		expect(unnamed(vi)).toEqual(unnamed(en));
		expect(vi).not.toEqual(en);
	});

	it.each(EXPECTED_IDS)('%s gives the same totals in both languages (500 paths)', (id) => {
		const run = (locale: 'en' | 'vi') =>
			simulate({ ...presetScenario(preset(id), locale), paths: 500, horizonMonths: 12 });
		const en = run('en');
		const vi = run('vi');
		expect(vi.strategies.map((s) => s.totals)).toEqual(en.strategies.map((s) => s.totals));
		expect(vi.comparisons.map((c) => c.npvDifference)).toEqual(
			en.comparisons.map((c) => c.npvDifference)
		);
	});
});

describe('telecom-turnaround calibration (1,000 paths)', () => {
	const { scenario } = preset('telecom-turnaround');
	let statusQuo: StrategyResult;
	let experienceLed: StrategyResult;
	beforeAll(() => {
		[statusQuo, experienceLed] = simulate({ ...scenario, paths: 1000 }).strategies as [
			StrategyResult,
			StrategyResult
		];
	});

	/** Median churn in months 31–36 over months 1–3, and median revenue month 36 over month 1. */
	function figures(strategy: StrategyResult) {
		const churn = strategy.monthly.churnRate.p50;
		const revenue = strategy.monthly.revenue.p50;
		return {
			churnRatio: meanOverMonths(churn, 31, 36) / meanOverMonths(churn, 1, 3),
			revenueRatio: revenue[35]! / revenue[0]!
		};
	}

	it('runs at least 36 months with the lock-in baseline first', () => {
		expect(scenario.horizonMonths).toBeGreaterThanOrEqual(36);
		expect(scenario.strategies[0]!.lockIn).toBeDefined();
		expect(scenario.strategies[0]!.promo?.exclusiveToNew).toBe(true);
		const led = scenario.strategies[1]!;
		expect(led.lockIn).toBeUndefined();
		expect(led.promo === undefined || led.promo.exclusiveToNew === false).toBe(true);
	});

	it('experience-led: churn falls by about 75%', () => {
		const { churnRatio } = figures(experienceLed);
		expect(churnRatio).toBeGreaterThanOrEqual(0.2);
		expect(churnRatio).toBeLessThanOrEqual(0.3);
	});

	it('experience-led: revenue nearly doubles by month 36', () => {
		const { revenueRatio } = figures(experienceLed);
		expect(revenueRatio).toBeGreaterThanOrEqual(1.8);
		expect(revenueRatio).toBeLessThanOrEqual(2.2);
	});

	it('lock-in status quo: churn does not fall and revenue grows less', () => {
		const baseline = figures(statusQuo);
		expect(baseline.churnRatio).toBeGreaterThanOrEqual(1);
		expect(baseline.revenueRatio).toBeLessThan(figures(experienceLed).revenueRatio);
	});
});

describe('logistics-existing-customers', () => {
	it('grows revenue under experience-led with no acquisition budget', () => {
		const { scenario } = preset('logistics-existing-customers');
		const [buying, experienceLed] = scenario.strategies;
		expect(experienceLed!.id).toBe('serve-existing-shippers');
		expect(experienceLed!.acquisitionBudgetMonthly).toBe(0);
		expect(buying!.acquisitionBudgetMonthly).toBeGreaterThan(0);
		expect(scenario.company.walletShareStart).toBeLessThan(scenario.company.walletShareMax);
		const result = simulate({ ...scenario, paths: 500 });
		const revenue = result.strategies[1]!.monthly.revenue.p50;
		expect(revenue[scenario.horizonMonths - 1]!).toBeGreaterThan(revenue[0]!);
	});
});

describe('b2b-fragmented-journeys', () => {
	it('has about 400 accounts, counted as whole customers', () => {
		const { scenario } = preset('b2b-fragmented-journeys');
		expect(scenario.company.startingCustomers).toBeGreaterThanOrEqual(300);
		expect(scenario.company.startingCustomers).toBeLessThanOrEqual(500);
		expect(scenario.processNoise).toBe(true);
	});
});
