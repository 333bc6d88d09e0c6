/**
 * Absurd values are refused and impossible results are errors: every numeric field has a finite
 * upper bound, the corner of the input space where every magnitude is at its bound still gives a
 * finite result, and a result holding ±Infinity (or NaN where a value always exists) is reported,
 * by the page's simulation state and by the CLI, never shown as a number.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BOUNDS } from '$lib/scenario/fields';
import { PRESETS } from '$lib/scenario/presets';
import { FIELDS, validateScenario } from '$lib/scenario/schema';
import type { Scenario } from '$lib/scenario/types';
import { assertFiniteResult, findNonFinite, NonFiniteResultError } from '$lib/sim/finite';
import { simulate } from '$lib/sim/run';
import type { SimulationResult } from '$lib/sim/types';
import { SimulationState } from '$lib/state/simulation.svelte';
import type { RunOptions, Runner } from '$lib/workers/runner';
import { richScenario } from './helpers/scenarios';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function issuePaths(edit: (s: Json) => void): string[] {
	const s: Json = structuredClone(richScenario());
	edit(s);
	const result = validateScenario(s);
	return result.ok
		? []
		: result.issues.filter((i) => i.code === 'number.outOfRange').map((i) => i.path);
}

describe('field bounds', () => {
	it('every numeric field has a finite upper bound', () => {
		expect(FIELDS.filter((f) => !Number.isFinite(f.max)).map((f) => f.path)).toEqual([]);
	});

	it('refuses the absurd values the review found', () => {
		expect(
			issuePaths((s) => (s.company.arpuMonthly = { low: 10, likely: 20, high: 1.79e308 }))
		).toEqual(['company.arpuMonthly.high']);
		expect(issuePaths((s) => (s.market.addressableCustomers = 1e21))).toEqual([
			'market.addressableCustomers'
		]);
		expect(issuePaths((s) => (s.company.cac = 1e300))).toEqual(['company.cac']);
		expect(issuePaths((s) => (s.strategies[0].acquisitionBudgetMonthly = 1e300))).toEqual([
			'strategies[0].acquisitionBudgetMonthly'
		]);
	});

	it('keeps every preset valid', () => {
		for (const preset of PRESETS)
			expect(validateScenario(preset.scenario).ok, preset.id).toBe(true);
	});

	/** Every magnitude at its bound, growth and price rises at theirs, over the longest horizon. */
	function corner(cac: number): Scenario {
		const s: Json = structuredClone(richScenario());
		Object.assign(s, { horizonMonths: 240, paths: 40, processNoise: true });
		s.market.addressableCustomers = BOUNDS.customers;
		Object.assign(s.company, {
			startingCustomers: BOUNDS.customers / 2,
			arpuMonthly: BOUNDS.perCustomerMoney,
			cac,
			cacInflationAnnual: 2,
			contactsPerCustomerMonthly: BOUNDS.contactsPerCustomerMonthly,
			costPerContact: BOUNDS.perCustomerMoney,
			walletShareStart: 0.01,
			walletShareNew: 0.01,
			walletShareMax: 1
		});
		Object.assign(s.effects, { expansionRateMonthly: 1, cxSpendHalfLift: BOUNDS.monthlyMoney });
		for (const strategy of s.strategies) {
			Object.assign(strategy, {
				acquisitionBudgetMonthly: BOUNDS.monthlyMoney,
				acquisitionBudgetGrowthAnnual: 5,
				cxInvestmentMonthly: BOUNDS.monthlyMoney,
				priceIncreaseAnnual: 1
			});
		}
		s.strategies[1].retention = {
			hazardReduction: 0.5,
			costPerCustomerMonthly: BOUNDS.perCustomerMoney
		};
		const result = validateScenario(s);
		if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
		return result.scenario;
	}

	it('gives a finite result with every magnitude at its bound', () => {
		const result = simulate(corner(BOUNDS.perCustomerMoney));
		expect(findNonFinite(result)).toBeUndefined();
		expect(Number.isFinite(result.strategies[0]!.totals.npv.mean)).toBe(true);
	});

	it('reports, rather than shows, the one ratio that a vanishing CAC can still blow up', () => {
		// CAC has no lower bound but zero; CLV ÷ a CAC of 5e-324 is Infinity on a real run.
		const result = simulate(corner(Number.MIN_VALUE));
		expect(findNonFinite(result)).toMatchObject({ quantity: 'totals.clvToCac', value: Infinity });
		expect(() => assertFiniteResult(result)).toThrow(NonFiniteResultError);
	});
});

/** A real result with one value replaced. */
function poisoned(edit: (r: SimulationResult) => void): SimulationResult {
	const s: Json = structuredClone(richScenario());
	s.paths = 20;
	const checked = validateScenario(s);
	if (!checked.ok) throw new Error('richScenario is invalid');
	const result = simulate(checked.scenario);
	edit(result);
	return result;
}

describe('non-finite results', () => {
	it('finds ±Infinity anywhere and NaN where a value always exists', () => {
		expect(findNonFinite(poisoned(() => {}))).toBeUndefined();
		expect(
			findNonFinite(poisoned((r) => (r.strategies[1]!.monthly.revenue.p95[13] = Infinity)))
		).toEqual({
			strategy: 'Experience',
			quantity: 'monthly.revenue',
			month: 14,
			value: Infinity
		});
		expect(findNonFinite(poisoned((r) => (r.strategies[0]!.totals.npv.mean = NaN)))?.quantity).toBe(
			'totals.npv'
		);
		expect(
			findNonFinite(poisoned((r) => (r.strategies[0]!.totals.clvToCac.p50 = -Infinity)))?.quantity
		).toBe('totals.clvToCac');
		expect(
			findNonFinite(poisoned((r) => (r.comparisons[0]!.npvDifference.p5 = -Infinity)))?.quantity
		).toBe('comparison.npvDifference');
		// NaN is the engine's "undefined": NRR before month 12, a payback that never comes.
		expect(
			findNonFinite(poisoned((r) => (r.strategies[0]!.monthly.nrr.mean[3] = NaN)))
		).toBeUndefined();
		expect(
			findNonFinite(poisoned((r) => (r.strategies[0]!.totals.paybackMonths.p50 = NaN)))
		).toBeUndefined();
		expect(() =>
			assertFiniteResult(poisoned((r) => (r.strategies[0]!.cohorts.revenue[0]![2] = Infinity)))
		).toThrow(/produced Infinity for cohorts.revenue of "Acquisition" in month 3/);
	});

	it('the simulation state reports an impossible result as an error and keeps the last good one', async () => {
		vi.useFakeTimers();
		const good = poisoned(() => {});
		const bad = poisoned((r) => (r.strategies[0]!.monthly.cumulativeCash.mean[5] = Infinity));
		let next = good;
		const runner: Runner = {
			run: async (_s: Scenario, options: RunOptions = {}) => {
				options.onProgress?.({ donePaths: 10, totalPaths: 20, result: next });
				return next;
			},
			dispose() {}
		} as Runner;
		const state = new SimulationState(runner);
		state.request(good.scenario);
		await vi.runAllTimersAsync();
		expect(state.status).toBe('done');
		next = bad;
		state.request(bad.scenario);
		await vi.runAllTimersAsync();
		expect(state.status).toBe('error');
		expect(state.nonFinite).toMatchObject({ quantity: 'monthly.cumulativeCash', month: 6 });
		expect(state.error).toMatch(/too extreme/);
		expect(state.result).toBe(good);
		vi.useRealTimers();
	});

	it('the error names where the result broke', () => {
		const error = new NonFiniteResultError({
			strategy: 'A',
			quantity: 'totals.npv',
			value: -Infinity
		});
		expect(error.message).toBe(
			'the simulation produced -Infinity for totals.npv of "A"; some inputs are too extreme to compute: lower the largest values'
		);
	});

	it('the CLI refuses an absurd value with one line naming the field and its range', () => {
		const dir = mkdtempSync(join(tmpdir(), 'cx-bounds-'));
		const file = join(dir, 'absurd.json');
		const s: Json = structuredClone(PRESETS.find((p) => p.id === 'default')!.scenario);
		s.company.arpuMonthly = 1e300;
		writeFileSync(file, JSON.stringify(s));
		let stderr = '';
		try {
			execFileSync('npx', ['tsx', 'scripts/sim.ts', file], { stdio: 'pipe' });
		} catch (error) {
			stderr = String((error as { stderr: Buffer }).stderr);
		}
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stderr).toMatch(
			/company\.arpuMonthly must be a number greater than 0 and at most 1000000000000; got 1e\+300/
		);
	});
});
