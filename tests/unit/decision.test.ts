/** Decision analytics (MODEL.md section 10): exact decompositions on the run's own paths. */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { simulate } from '../../src/lib/sim/run';
import { TOTAL_COUNT } from '../../src/lib/sim/engine';
import { onePathSink } from '../../src/lib/sim/path-sink';
import { TOTALS } from '../../src/lib/sim/types';
import { BLOCK_PATHS } from '../../src/lib/sim/blocks';
import {
	commonRandomModel,
	decisionPathCount,
	engineStrategies,
	frontierScenario,
	type EngineStrategy
} from '../../src/lib/decision/crn';
import { differingLevers, hybridStrategy, LEVERS } from '../../src/lib/decision/levers';
import { PNL_LINES, row } from '../../src/lib/decision/paths';
import { difference, npvDifference } from '../../src/lib/decision/pnl';
import { analyseDecision } from '../../src/lib/decision/analyse';
import { collectDecision, decide, frontier, parameterNames } from '../../src/lib/decision/run';
import { shapleyValues } from '../../src/lib/decision/shapley';
import { evpi, evppi, quantileBins } from '../../src/lib/decision/voi';
import { normalQuantile } from '../../src/lib/decision/normal';
import { perArmSize, periodChurn, pilotProblem, planPilot } from '../../src/lib/decision/pilot';

// Scenario JSON is edited freely here and validated afterwards.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Input = Record<string, any>;

function scenario(edit: (input: Input) => void = () => {}): Scenario {
	const input = structuredClone(presetById('default')!.scenario) as Input;
	input.paths = 1000;
	input.horizonMonths = 24;
	// Shocks are drawn after the PERT inputs: a shifted draw order would move them.
	input.market.competitorShockRatePerYear = { low: 0.2, likely: 1, high: 2 };
	edit(input);
	const result = validateScenario(input);
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.scenario;
}

const relative = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));
const NPV = TOTALS.indexOf('npv');

function npvOnPaths(s: Scenario, strategies: EngineStrategy[], paths: number): Float64Array[] {
	const model = commonRandomModel(s, strategies);
	const E = strategies.length;
	const T = s.horizonMonths;
	const sink = onePathSink(E, T);
	const out = strategies.map(() => new Float64Array(paths));
	for (let p = 0; p < paths; p++) {
		model.run(p, sink);
		for (let e = 0; e < E; e++) out[e]![p] = sink.totals[e * TOTAL_COUNT + NPV]!;
	}
	return out;
}

describe('common random numbers for hybrids', () => {
	it('an extra strategy copying a scenario strategy repeats its NPV on every path', () => {
		const s = scenario();
		const own = s.strategies.map((strategy, i) => ({
			strategy,
			sources: [0, 0, 0, 0, 0, 0].map(() => i)
		}));
		const extras = [
			{ strategy: { ...s.strategies[1]!, id: 'copy-c' }, sources: own[1]!.sources },
			{ strategy: { ...s.strategies[0]!, id: 'copy-b' }, sources: own[0]!.sources }
		];
		const npv = npvOnPaths(s, [...own, ...extras], 200);
		expect(Array.from(npv[2]!)).toEqual(Array.from(npv[1]!));
		expect(Array.from(npv[3]!)).toEqual(Array.from(npv[0]!));
		// The scenario's own strategies are unchanged by the extras: the same as a plain run.
		const plain = npvOnPaths(s, own, 200);
		expect(Array.from(npv[0]!)).toEqual(Array.from(plain[0]!));
		expect(Array.from(npv[1]!)).toEqual(Array.from(plain[1]!));
	});

	it('v(∅) is the baseline mean NPV and v(L) the challenger mean NPV of a plain run on those paths', () => {
		const s = scenario();
		const result = decide(s);
		const plain = simulate({ ...s, paths: result.paths });
		const comparison = result.comparisons[0]!;
		expect(comparison.hybridNpv[0]).toBe(plain.strategies[0]!.totals.npv.mean);
		expect(comparison.hybridNpv.at(-1)).toBe(plain.strategies[1]!.totals.npv.mean);
		expect(comparison.levers.map((l) => l.lever)).toEqual([
			'acquisition',
			'cx',
			'promo',
			'lockIn',
			'retention'
		]);
		expect(comparison.hybridNpv).toHaveLength(32);
	});

	it('a hybrid takes each lever whole from one side and the schema limit of 4 strategies does not bind', () => {
		const s = scenario();
		const [b, c] = s.strategies as [(typeof s.strategies)[0], (typeof s.strategies)[0]];
		const h = hybridStrategy(b, c, new Set(['promo', 'retention']), 'h');
		expect(h.promo).toEqual(c.promo);
		expect(h.retention).toEqual(c.retention);
		expect(h.lockIn).toEqual(b.lockIn);
		expect(h.acquisitionBudgetMonthly).toBe(b.acquisitionBudgetMonthly);
		expect(differingLevers(b, b)).toEqual(['promo', 'lockIn']); // own uncertain draws differ
		expect(engineStrategies(s, { kind: 'decide' }).strategies.length).toBe(32);
	});
});

describe('decompositions add up', () => {
	const s = scenario((input) => {
		input.company.grossMargin = 0.55;
	});
	const data = collectDecision(s, { kind: 'decide' });
	const result = analyseDecision(s, data, parameterNames(s));
	const P = data.shape.paths;

	it('per path, the P&L lines sum to NPV_c − NPV_b (1e-9 relative), and so do their means', () => {
		const total = npvDifference(data, 1);
		const lines = PNL_LINES.map((_, l) => difference(data.lines, PNL_LINES.length, l, 1, P));
		for (let p = 0; p < P; p++) {
			const sum = lines.reduce((a, line) => a + line[p]!, 0);
			expect(relative(sum, total[p]!)).toBeLessThan(1e-9);
		}
		const comparison = result.comparisons[0]!;
		const meanSum = comparison.pnl.reduce((a, line) => a + line.mean, 0);
		expect(relative(meanSum, comparison.npvDifference.mean)).toBeLessThan(1e-9);
		for (const line of comparison.pnl) {
			expect(line.p5).toBeLessThanOrEqual(line.p50);
			expect(line.p50).toBeLessThanOrEqual(line.p95);
		}
	});

	it('the retention line equals the programme cost it stands for', () => {
		const comparison = result.comparisons[0]!;
		const retention = comparison.pnl.find((l) => l.line === 'retentionProgramme')!;
		// The challenger pays 0.5 a customer a month; the baseline runs no programme.
		expect(retention.mean).toBeLessThan(0);
		expect(comparison.pnl.find((l) => l.line === 'cxSpend')!.mean).toBeLessThan(0);
	});

	it('revenue split: more customers + more per customer = the PV revenue difference', () => {
		const split = result.comparisons[0]!.revenueSplit;
		const marginLine = result.comparisons[0]!.pnl.find((l) => l.line === 'grossMargin')!;
		expect(relative(split.customers + split.perCustomer, marginLine.mean / 0.55)).toBeLessThan(
			1e-9
		);
		expect(split.total).toBe(split.customers + split.perCustomer);
	});

	it('Shapley lever values sum to the mean NPV difference', () => {
		const comparison = result.comparisons[0]!;
		const sum = comparison.levers.reduce((a, l) => a + l.value, 0);
		expect(relative(sum, comparison.npvDifference.mean)).toBeLessThan(1e-9);
	});

	it('the business case nets to the NPV difference; the risk band is ordered', () => {
		const bc = result.comparisons[0]!.businessCase;
		expect(relative(bc.net.presentValue, result.comparisons[0]!.npvDifference.mean)).toBeLessThan(
			1e-9
		);
		expect(bc.years).toBe(2);
		for (const line of [...bc.benefits, ...bc.costs])
			expect(line.presentValue).toBeGreaterThanOrEqual(0);
		expect(bc.risk.p10.presentValue).toBeLessThanOrEqual(bc.risk.p50.presentValue);
		expect(bc.risk.p50.presentValue).toBeLessThanOrEqual(bc.risk.p90.presentValue);
		// The yearly net rows add up to the mean difference in contribution over the horizon.
		const yearly = Array.from({ length: 2 }, (_, y) => difference(data.yearly, 2, y, 1, P));
		let total = 0;
		for (let p = 0; p < P; p++) total += yearly[0]![p]! + yearly[1]![p]!;
		expect(relative(bc.net.years[0]! + bc.net.years[1]!, total / P)).toBeLessThan(1e-9);
	});

	it('does not depend on how blocks are grouped into chunks', () => {
		const other = analyseDecision(s, collectDecision(s, { kind: 'decide' }, 1), parameterNames(s));
		expect(JSON.stringify(other)).toBe(JSON.stringify(result));
	});
});

describe('Shapley values', () => {
	it('give an additive game its own parts and split a synergy evenly', () => {
		const parts = [3, -1, 7];
		const additive = shapleyValues(3, (mask) =>
			parts.reduce((a, x, i) => a + (mask & (1 << i) ? x : 0), 0)
		);
		additive.forEach((x, i) => expect(x).toBeCloseTo(parts[i]!, 12));
		// Worth 6 only when both players join: each gets 3.
		expect(shapleyValues(2, (mask) => (mask === 3 ? 6 : 0))).toEqual([3, 3]);
	});
	it('lists every lever the strategies can differ in', () => {
		expect(LEVERS).toHaveLength(6);
	});
});

describe('budget frontier', () => {
	it('every point equals a plain run of the edited scenario with the frontier path count', () => {
		const s = scenario();
		const steps = 3;
		const result = frontier(s, 1, steps);
		expect(result.paths).toBe(decisionPathCount(s, s.strategies.length + steps));
		expect(result.paths % BLOCK_PATHS === 0 || result.paths === s.paths).toBe(true);
		result.points.forEach((point, k) => {
			const plain = simulate({ ...frontierScenario(s, 1, k, steps), paths: result.paths });
			const { mean, p5, p25, p50, p75, p95 } = plain.strategies[1]!.totals.npv;
			expect(point.npv).toEqual({ mean, quantiles: { p5, p25, p50, p75, p95 } });
			expect(point.probabilityHigherNpv).toBe(plain.comparisons[0]!.probabilityHigherNpv);
			expect(point.acquisitionBudgetMonthly + point.cxInvestmentMonthly).toBeCloseTo(
				result.budget,
				6
			);
		});
		expect(result.points.map((p) => p.cxShare)).toEqual([0, 0.5, 1]);
		expect(result.points.reduce((a, p) => a + p.bestShare, 0)).toBeCloseTo(1, 12);
		const best = result.points.reduce(
			(a, p, k) => (p.npv.mean > result.points[a]!.npv.mean ? k : a),
			0
		);
		expect(result.best.index).toBe(best);
	});
});

describe('value of information', () => {
	it('EVPI is 0 when one strategy is best on every path', () => {
		// The same strategy with less CX spend, and CX that moves nothing: ahead on every path.
		const s = scenario((input) => {
			input.effects.npsMaxLift = 0;
			const b = input.strategies[1];
			input.strategies = [
				b,
				{ ...structuredClone(b), id: 'cheaper', name: 'Cheaper', cxInvestmentMonthly: 1000 }
			];
		});
		const result = decide(s);
		expect(result.evpi).toBe(0);
		for (const entry of result.evppi) expect(entry.value).toBe(0);
	});

	it('0 ≤ EVPPI ≤ EVPI; an input with no effect has EVPPI near 0; a decisive input ranks first', () => {
		// Two close strategies, decided mostly by how strongly churn answers NPS.
		const s = scenario((input) => {
			input.paths = 4000;
			input.company.contactsPerCustomerMonthly = 0; // so the cost of a contact has no effect
			input.company.costPerContact = { low: 1, likely: 5, high: 9 };
			input.effects.churnNpsElasticity = { low: 0, likely: 1.2, high: 3 };
			input.strategies[1].acquisitionBudgetMonthly = 330_000;
		});
		const result = decide(s);
		expect(result.evpi).toBeGreaterThan(0);
		for (const entry of result.evppi) {
			expect(entry.value).toBeGreaterThanOrEqual(0);
			expect(entry.value).toBeLessThanOrEqual(result.evpi);
		}
		const of = (name: string) => result.evppi.find((e) => e.parameter === name)!.value;
		expect(result.evppi[0]!.parameter).toBe('effects.churnNpsElasticity');
		expect(of('company.costPerContact')).toBeLessThan(0.1 * result.evpi);
		expect(of('company.costPerContact')).toBeLessThan(0.1 * of('effects.churnNpsElasticity'));
	});

	it('closed forms: EVPI of two crossing strategies; bins never split a tie', () => {
		const a = Float64Array.from([0, 0, 0, 0]);
		const b = Float64Array.from([-2, -1, 1, 2]);
		// mean of max = (0 + 0 + 1 + 2)/4 = 0.75; max of means = 0.
		expect(evpi([a, b])).toBe(0.75);
		const theta = Float64Array.from([1, 2, 3, 4]);
		// θ tells b's sign perfectly when bins separate it; one bin tells nothing.
		expect(evppi(theta, [a, b], 0.75)).toBeLessThanOrEqual(0.75);
		const ties = quantileBins(Float64Array.from([1, 1, 1, 2, 2, 3]), 3);
		expect(ties.map((g) => g.length)).toEqual([3, 2, 1]);
	});
});

describe('paths used', () => {
	it('P is the run’s paths when they fit, else whole blocks within the budget', () => {
		const s = scenario((input) => {
			input.paths = 20_000;
			input.horizonMonths = 120;
		});
		const P = decisionPathCount(s, 32);
		expect(P % BLOCK_PATHS).toBe(0);
		expect(P).toBeLessThan(20_000);
		expect(P * 32 * 120).toBeLessThanOrEqual(3_000_000);
		expect(decisionPathCount({ ...s, paths: 300 }, 32)).toBe(300);
	});
	it('row picks one [row][path] row', () => {
		expect(Array.from(row(Float64Array.from([1, 2, 3, 4]), 1, 2))).toEqual([3, 4]);
	});
});

describe('pilot size (MODEL.md 10.6)', () => {
	it('20% → 15% at α = 0.05: 906 per arm at power 0.8, 1,212 at 0.9', () => {
		expect(perArmSize(0.2, 0.15, 0.05, 0.8)).toBe(906);
		expect(perArmSize(0.2, 0.15, 0.05, 0.9)).toBe(1212);
		// Symmetric in the direction of the change.
		expect(perArmSize(0.15, 0.2, 0.05, 0.8)).toBe(906);
	});
	it('normal quantiles to full precision', () => {
		expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 14);
		expect(normalQuantile(0.8)).toBeCloseTo(0.8416212335729143, 14);
		expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902404056, 10);
		expect(normalQuantile(0.5)).toBe(0);
	});
	it('duration and cost: enrol both arms, then measure; cost of the treated arm', () => {
		const plan = planPilot({
			from: 0.2,
			to: 0.15,
			availablePerMonth: 500,
			measurementMonths: 6,
			costPerCustomerMonthly: 3
		});
		expect(plan).toMatchObject({
			perArm: 906,
			totalCustomers: 1812,
			enrolmentMonths: 4,
			durationMonths: 10,
			cost: 906 * 6 * 3
		});
		expect(pilotProblem({ from: 0.2, to: 0.2 })).toEqual({ kind: 'same', field: 'to' });
		expect(pilotProblem({ from: 0.2, to: 0.1, power: 0.3 })).toMatchObject({
			field: 'power',
			min: 0.5,
			max: 0.999
		});
		expect(periodChurn(0.02, 6)).toBeCloseTo(1 - 0.98 ** 6, 15);
	});
});
