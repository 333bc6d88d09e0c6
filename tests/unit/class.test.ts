/** Class mode without a browser: the case scripts, scoring of predictions, and their storage. */
import { describe, expect, it } from 'vitest';
import { CASES } from '../../src/lib/class/cases';
import {
	outcomeOf,
	parsePredictions,
	predictionsKey,
	scorePredictions,
	type Outcome
} from '../../src/lib/class/predictions';
import { CLASS_STEPS, ClassState } from '../../src/lib/state/class.svelte';
import { presetById } from '../../src/lib/scenario/presets/index';
import { simulate } from '../../src/lib/sim/run';

describe('case scripts', () => {
	it('cover the telecom, acquisition-trap and logistics presets, every text in both languages', () => {
		expect(CASES.map((c) => c.presetId)).toEqual(
			expect.arrayContaining([
				'telecom-turnaround',
				'acquisition-trap',
				'logistics-existing-customers'
			])
		);
		for (const script of CASES) {
			const preset = presetById(script.presetId);
			expect(preset, script.presetId).toBeDefined();
			expect(script.strategies).toHaveLength(preset!.scenario.strategies.length);
			const texts = [
				...script.situation,
				...script.strategies.flat(),
				...script.reported,
				...script.questions
			];
			for (const text of texts) {
				expect(text.en.trim().length).toBeGreaterThan(5);
				expect(text.vi.trim().length).toBeGreaterThan(5);
				expect(text.vi).not.toBe(text.en);
			}
		}
	});
});

describe('scoring', () => {
	const outcome: Outcome = { winner: 'b', advantage: 100, churn: [0.03, 0.01], month: 36 };

	it('marks the right winner and the closest advantage among right guesses', () => {
		const scores = scorePredictions(
			[
				{ team: 'A', winner: 'b', advantage: 150, churn: [0.02, 0.01] },
				{ team: 'B', winner: 'b', advantage: 90, churn: [0.04, 0.02] },
				{ team: 'C', winner: 'a', advantage: 100, churn: [0.03, 0.01] }
			],
			outcome
		);
		expect(scores.map((s) => s.winnerRight)).toEqual([true, true, false]);
		expect(scores.map((s) => s.advantageError)).toEqual([0.5, 0.1, 0]);
		// C guessed the amount exactly but the wrong winner: B is the closest.
		expect(scores.map((s) => s.closest)).toEqual([false, true, false]);
		expect(scores[1]!.churnError[0]).toBeCloseTo(0.01, 12);
	});

	it('reads the outcome of a run: the winner by probability, its median advantage, churn in month 36', () => {
		const scenario = structuredClone(presetById('telecom-turnaround')!.scenario);
		scenario.paths = 500;
		const result = simulate(scenario);
		const o = outcomeOf(result)!;
		const c = result.comparisons[0]!;
		expect(o.winner).toBe(c.probabilityHigherNpv >= 0.5 ? c.strategy : c.baseline);
		expect(o.advantage).toBe(Math.abs(c.npvDifference.p50));
		expect(o.month).toBe(36);
		expect(o.churn).toEqual(result.strategies.map((s) => s.monthly.churnRate.p50[35]));
	});

	it('drops malformed stored predictions instead of failing', () => {
		expect(parsePredictions(null)).toEqual([]);
		expect(parsePredictions('{not json')).toEqual([]);
		expect(parsePredictions('{"team":"A"}')).toEqual([]);
		const good = { team: 'A', winner: 'b', advantage: 1, churn: [0.1] };
		expect(
			parsePredictions(JSON.stringify([good, { team: 1 }, { ...good, churn: ['x'] }]))
		).toEqual([good]);
	});
});

describe('ClassState', () => {
	function memoryStore() {
		const map = new Map<string, string>();
		return {
			map,
			getItem: (k: string) => map.get(k) ?? null,
			setItem: (k: string, v: string) => void map.set(k, v),
			removeItem: (k: string) => void map.delete(k)
		};
	}

	it('walks the steps and stays inside them', () => {
		const state = new ClassState('x');
		expect(state.step).toBe('situation');
		state.previous();
		expect(state.step).toBe('situation');
		for (let i = 0; i < 10; i++) state.next();
		expect(state.step).toBe(CLASS_STEPS[CLASS_STEPS.length - 1]);
		state.go('predict');
		expect(state.index).toBe(2);
	});

	it('keeps predictions per case, replaces a team by name, removes and clears them', () => {
		const store = memoryStore();
		const state = new ClassState('telecom', store);
		state.add({ team: 'Team A', winner: 'b', advantage: 1, churn: [0.1, 0.2] });
		state.add({ team: 'team a ', winner: 'a', advantage: 2, churn: [0.1, 0.2] });
		state.add({ team: 'Team B', winner: 'b', advantage: 3, churn: [0.1, 0.2] });
		expect(state.predictions.map((p) => [p.team, p.winner])).toEqual([
			['team a ', 'a'],
			['Team B', 'b']
		]);
		// A new session on the same storage finds them; another case does not.
		expect(new ClassState('telecom', store).predictions).toHaveLength(2);
		expect(new ClassState('logistics', store).predictions).toHaveLength(0);
		state.remove('Team B');
		expect(JSON.parse(store.map.get(predictionsKey('telecom'))!)).toHaveLength(1);
		state.clear();
		expect(state.predictions).toEqual([]);
		expect(store.map.has(predictionsKey('telecom'))).toBe(false);
	});
});
