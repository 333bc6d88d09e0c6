/**
 * ScenarioState: the editable draft, its derived validation and the editing transitions.
 * Every case edits through the public methods and checks the derived values (`valid`, `issues`,
 * `lastValid`) and the draft, so a transition that forgets to keep them in step fails here.
 */
import { describe, it, expect } from 'vitest';
import {
	ScenarioState,
	MAX_STRATEGIES,
	parsePath,
	roundNoise,
	specForPath
} from '../../src/lib/state/scenario.svelte';
import { defaultScenario } from '../../src/lib/scenario/presets/default';
import { PRESETS } from '../../src/lib/scenario/presets/index';
import type { ScenarioInput } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { formatInput, fromDisplay, parseInput, toDisplay } from '../../src/lib/ui/number-input';

/** A small valid draft: one strategy, no options, defaults left out. */
function small(): ScenarioInput {
	return {
		schema: 1,
		name: 'Small',
		currency: 'EUR',
		market: { addressableCustomers: 1_000_000 },
		company: {
			startingCustomers: 10_000,
			arpuMonthly: 50,
			grossMargin: 0.6,
			matureChurnMonthly: 0.02,
			cac: 300
		},
		strategies: [{ id: 'base', name: 'Base', acquisitionBudgetMonthly: 100_000 }]
	};
}

function fresh(): ScenarioState {
	return new ScenarioState(small());
}

/** `valid`, asserting it is there. */
function validOf(state: ScenarioState): Scenario {
	const valid = state.valid;
	expect(valid).not.toBeNull();
	return valid!;
}

describe('ScenarioState: derived validation', () => {
	it('starts valid with defaults filled in, and lastValid equal to valid', () => {
		const state = fresh();
		const valid = validOf(state);
		expect(state.issues).toEqual([]);
		expect(valid.horizonMonths).toBe(60);
		expect(valid.company.walletShareMax).toBe(1);
		expect(state.lastValid).toEqual(valid);
		// The draft itself is not normalised: defaults stay absent.
		expect(state.draft.horizonMonths).toBeUndefined();
	});

	it('set() on a field updates valid', () => {
		const state = fresh();
		state.set('company.arpuMonthly', 42);
		expect(validOf(state).company.arpuMonthly).toBe(42);
		expect(state.get('company.arpuMonthly')).toBe(42);
		state.set('horizonMonths', 120);
		expect(validOf(state).horizonMonths).toBe(120);
		expect(state.lastValid?.horizonMonths).toBe(120);
	});

	it('set() into strategies and an absent optional section (effects) creates it', () => {
		const state = fresh();
		state.set('strategies[0].cxInvestmentMonthly', 5000);
		state.set('effects.npsMaxLift', 30);
		const valid = validOf(state);
		expect(valid.strategies[0]!.cxInvestmentMonthly).toBe(5000);
		expect(valid.effects.npsMaxLift).toBe(30);
		expect(state.draft.effects).toEqual({ npsMaxLift: 30 });
	});

	it('an invalid value: issues name its path, valid is null, lastValid keeps the last good one', () => {
		const state = fresh();
		state.set('company.arpuMonthly', 45);
		const good = validOf(state);

		state.set('company.arpuMonthly', -3);
		expect(state.valid).toBeNull();
		expect(state.issues.map((i) => i.path)).toContain('company.arpuMonthly');
		expect(state.issueFor('company.arpuMonthly')?.message).toMatch(/company\.arpuMonthly.*-3/);
		expect(state.issueFor('company.grossMargin')).toBeUndefined();
		expect(state.lastValid).toEqual(good);
		expect(state.lastValid?.company.arpuMonthly).toBe(45);

		// A raw half-typed entry is kept as typed and reported, not coerced.
		state.set('strategies[0].acquisitionBudgetMonthly', '12abc');
		expect(state.get('strategies[0].acquisitionBudgetMonthly')).toBe('12abc');
		expect(state.issueFor('strategies[0].acquisitionBudgetMonthly')).toBeDefined();
		expect(state.lastValid?.company.arpuMonthly).toBe(45);

		// Fixing both makes it valid again and moves lastValid on.
		state.set('company.arpuMonthly', 46);
		state.set('strategies[0].acquisitionBudgetMonthly', 90_000);
		expect(state.issues).toEqual([]);
		expect(state.lastValid?.company.arpuMonthly).toBe(46);
	});

	it('set(path, undefined) removes an optional field so its default applies', () => {
		const state = fresh();
		state.set('company.npsStart', 30);
		expect(validOf(state).company.npsStart).toBe(30);
		state.set('company.npsStart', undefined);
		expect('npsStart' in state.draft.company).toBe(false);
		expect(validOf(state).company.npsStart).toBe(0);
	});

	it('holds fractions, never the percentages the form shows', () => {
		const state = fresh();
		state.set('company.matureChurnMonthly', 0.025);
		expect(validOf(state).company.matureChurnMonthly).toBe(0.025);
		// A percentage written by mistake is out of range and reported, not rescaled.
		state.set('company.matureChurnMonthly', 2.5);
		expect(state.valid).toBeNull();
		expect(state.issueFor('company.matureChurnMonthly')?.message).toMatch(/from 0 to 1/);
		expect(state.lastValid?.company.matureChurnMonthly).toBe(0.025);
	});

	it('does not share objects with what it was given or hands out', () => {
		const input = small();
		const state = new ScenarioState(input);
		input.company.arpuMonthly = 1;
		expect(state.get('company.arpuMonthly')).toBe(50);
		const pert = { low: 40, likely: 50, high: 60 };
		state.set('company.arpuMonthly', pert);
		pert.low = -1;
		expect(validOf(state).company.arpuMonthly).toEqual({ low: 40, likely: 50, high: 60 });
	});
});

describe('ScenarioState: strategies', () => {
	it('addStrategy copies the last strategy with a fresh id and name, up to 4', () => {
		const state = fresh();
		state.toggleOption(0, 'retention', true);
		expect(state.addStrategy()).toBe(1);
		const [first, second] = validOf(state).strategies;
		expect(second!.id).not.toBe(first!.id);
		expect(second!.name).toBe('Strategy 2');
		expect(second!.acquisitionBudgetMonthly).toBe(100_000);
		expect(second!.retention).toEqual(first!.retention);

		// The copy is independent of its source.
		state.set('strategies[1].retention.hazardReduction', 0.3);
		expect(state.get('strategies[0].retention.hazardReduction')).toBe(0.15);

		expect(state.addStrategy('Third way')).toBe(2);
		expect(state.addStrategy()).toBe(3);
		expect(state.canAddStrategy).toBe(false);
		expect(state.addStrategy()).toBe(-1);
		const valid = validOf(state);
		expect(valid.strategies).toHaveLength(MAX_STRATEGIES);
		expect(valid.strategies.map((s) => s.name)).toEqual([
			'Base',
			'Strategy 2',
			'Third way',
			'Strategy 4'
		]);
		expect(new Set(valid.strategies.map((s) => s.id)).size).toBe(MAX_STRATEGIES);
	});

	it('addStrategy keeps ids unique after a removal', () => {
		const state = fresh();
		state.addStrategy();
		state.addStrategy();
		state.removeStrategy(0);
		state.addStrategy();
		const ids = validOf(state).strategies.map((s) => s.id);
		expect(new Set(ids).size).toBe(3);
	});

	it('removeStrategy keeps at least one strategy', () => {
		const state = new ScenarioState(defaultScenario as unknown as ScenarioInput);
		expect(state.removeStrategy(5)).toBe(false);
		expect(state.removeStrategy(0)).toBe(true);
		expect(validOf(state).strategies.map((s) => s.id)).toEqual(['experience-led']);
		expect(state.canRemoveStrategy).toBe(false);
		expect(state.removeStrategy(0)).toBe(false);
		expect(validOf(state).strategies).toHaveLength(1);
	});

	it('renameStrategy changes the name only; an empty name is reported', () => {
		const state = fresh();
		state.renameStrategy(0, 'Experience first');
		expect(validOf(state).strategies[0]).toMatchObject({ id: 'base', name: 'Experience first' });
		state.renameStrategy(0, '');
		expect(state.valid).toBeNull();
		expect(state.issueFor('strategies[0].name')).toBeDefined();
		expect(state.lastValid?.strategies[0]!.name).toBe('Experience first');
	});

	it.each(['promo', 'lockIn', 'retention'] as const)(
		'toggleOption(%s) switches on with valid defaults and off again',
		(option) => {
			const state = fresh();
			state.toggleOption(0, option, true);
			expect(validOf(state).strategies[0]![option]).toBeDefined();
			state.toggleOption(0, option, false);
			expect(option in state.draft.strategies[0]!).toBe(false);
			expect(validOf(state).strategies[0]![option]).toBeUndefined();
		}
	);

	it('toggleOption restores what the option held when it was switched off', () => {
		const state = fresh();
		state.toggleOption(0, 'lockIn', true);
		state.set('strategies[0].lockIn.months', 24);
		state.toggleOption(0, 'lockIn', false);
		state.toggleOption(0, 'lockIn', true);
		expect(validOf(state).strategies[0]!.lockIn?.months).toBe(24);
	});
});

describe('ScenarioState: uncertain fields', () => {
	it('single → range makes ±20% around the value, range → single keeps likely', () => {
		const state = fresh();
		state.set('company.matureChurnMonthly', 0.02);
		state.setUncertainMode('company.matureChurnMonthly', 'range');
		// Rounded: 0.02 × 0.8 is 0.016000000000000004 in floating point.
		expect(state.get('company.matureChurnMonthly')).toEqual({
			low: 0.016,
			likely: 0.02,
			high: 0.024
		});
		expect(validOf(state).company.matureChurnMonthly).toEqual({
			low: 0.016,
			likely: 0.02,
			high: 0.024
		});
		state.set('company.matureChurnMonthly.likely', 0.021);
		state.setUncertainMode('company.matureChurnMonthly', 'single');
		expect(state.get('company.matureChurnMonthly')).toBe(0.021);
		expect(validOf(state).company.matureChurnMonthly).toBe(0.021);
	});

	it('the range is clamped to the field limits', () => {
		const state = fresh();
		state.set('company.grossMargin', 0.9);
		state.setUncertainMode('company.grossMargin', 'range');
		expect(state.get('company.grossMargin')).toEqual({ low: 0.72, likely: 0.9, high: 1 });
		state.set('market.shockChurnMultiplier', 1.1);
		state.setUncertainMode('market.shockChurnMultiplier', 'range');
		expect(state.get('market.shockChurnMultiplier')).toEqual({ low: 1, likely: 1.1, high: 1.32 });
		expect(state.issues).toEqual([]);
	});

	it('a negative value spreads both ways; an absent field starts from its default', () => {
		const state = fresh();
		state.set('company.cacInflationAnnual', -0.1);
		state.setUncertainMode('company.cacInflationAnnual', 'range');
		expect(state.get('company.cacInflationAnnual')).toEqual({
			low: -0.12,
			likely: -0.1,
			high: -0.08
		});
		state.setUncertainMode('effects.npsLagMonths', 'range');
		expect(state.get('effects.npsLagMonths')).toEqual({ low: 9.6, likely: 12, high: 14.4 });
		expect(state.issues).toEqual([]);
	});

	it('a range with low > likely is reported at the field path', () => {
		const state = fresh();
		state.setUncertainMode('strategies[0].acquisitionBudgetMonthly', 'range'); // not uncertain…
		expect(state.issueFor('strategies[0].acquisitionBudgetMonthly')).toBeDefined(); // …so refused
		state.setUncertainMode('strategies[0].acquisitionBudgetMonthly', 'single');
		expect(state.valid).not.toBeNull();

		state.setUncertainMode('company.cac', 'range');
		state.set('company.cac.low', 500);
		expect(state.valid).toBeNull();
		expect(state.issueFor('company.cac')?.message).toMatch(/low ≤ likely ≤ high/);
	});
});

describe('ScenarioState: load', () => {
	it('replaces everything, including strategies and the last valid scenario', () => {
		const state = fresh();
		state.set('company.arpuMonthly', 'oops');
		state.toggleOption(0, 'lockIn', true);
		state.toggleOption(0, 'lockIn', false);
		const preset = PRESETS[0]!.scenario;
		state.load(preset);
		expect(state.issues).toEqual([]);
		expect(state.valid).toEqual(preset);
		expect(state.lastValid).toEqual(preset);
		expect(state.draft.strategies.map((s) => s.id)).toEqual([
			'acquisition-heavy',
			'experience-led'
		]);
		// The preset object itself is not edited through the state.
		state.set('name', 'Mine');
		expect(preset.name).not.toBe('Mine');
		// Options parked before the load do not leak into the new scenario.
		state.toggleOption(0, 'lockIn', false);
		state.toggleOption(0, 'lockIn', true);
		expect(state.get('strategies[0].lockIn')).toEqual(preset.strategies[0]!.lockIn);
	});

	it('an invalid scenario loads as a draft, and lastValid stays the previous one', () => {
		const state = fresh();
		const before = validOf(state);
		const broken = small();
		broken.strategies = [];
		state.load(broken);
		expect(state.valid).toBeNull();
		expect(state.issueFor('strategies')?.message).toMatch(/1 to 4 strategies/);
		expect(state.lastValid).toEqual(before);
	});
});

describe('helpers', () => {
	it('parsePath and specForPath read concrete paths', () => {
		expect(parsePath('strategies[1].lockIn.months')).toEqual(['strategies', 1, 'lockIn', 'months']);
		expect(parsePath('horizonMonths')).toEqual(['horizonMonths']);
		expect(specForPath('strategies[3].promo.discount')).toMatchObject({ unit: 'fraction', max: 1 });
		expect(specForPath('company.arpuMonthly.low')).toBeUndefined();
	});

	it('roundNoise removes float noise and nothing else', () => {
		expect(roundNoise(0.02 * 0.8)).toBe(0.016);
		expect(roundNoise(0.07 * 100)).toBe(7);
		expect(roundNoise(123456.789)).toBe(123456.789);
		expect(roundNoise(Number.NaN)).toBeNaN();
	});
});

describe('NumberField: percentages live only on screen', () => {
	it.each([
		[0.07, 7],
		[0.035, 3.5],
		[0.143, 14.3],
		[0.0001, 0.01],
		[-0.025, -2.5],
		[1, 100],
		[2.5, 250]
	])('fraction %d shows as %d%% and is stored back exactly', (fraction, shown) => {
		expect(toDisplay(fraction, true)).toBe(shown);
		expect(fromDisplay(shown, true)).toBe(fraction);
	});

	it('non-percentage values pass through unchanged', () => {
		expect(toDisplay(540_000, false)).toBe(540_000);
		expect(fromDisplay(0.45, false)).toBe(0.45);
	});

	it('typing 2 in a percentage field stores 0.02 in the state', () => {
		const state = fresh();
		const typed = parseInput('2', 'en');
		expect(typed).toBe(2);
		state.set('company.matureChurnMonthly', fromDisplay(typed!, true));
		expect(validOf(state).company.matureChurnMonthly).toBe(0.02);
	});
});

describe('NumberField: reading and writing numbers', () => {
	it.each([
		['en', '2000000', 2_000_000],
		['en', '2,000,000', 2_000_000],
		['en', ' 1,500 ', 1500],
		['en', '1.5', 1.5],
		['en', '1,5', 1.5],
		['en', '0,125', 0.125],
		['en', '-2.5', -2.5],
		['en', '\u22122.5', -2.5],
		['en', '12%', 12],
		['en', '1,234.5', 1234.5],
		['vi', '2.000.000', 2_000_000],
		['vi', '1.500', 1500],
		['vi', '0,5', 0.5],
		['vi', '1.234,5', 1234.5],
		['vi', '1.5', 1.5]
	] as const)('%s: %j reads as %d', (locale, text, expected) => {
		expect(parseInput(text, locale)).toBe(expected);
	});

	it.each(['', 'abc', '12abc', '1,2,3', '--1', '1.2.3', '.'])('%j is unreadable', (text) => {
		expect(parseInput(text, 'en')).toBeNull();
	});

	it('formats with grouping and reads its own output back', () => {
		for (const locale of ['en', 'vi'] as const) {
			for (const x of [0, 0.016, 7, 1234.5, 2_000_000, -2.5, 123456.789]) {
				expect(parseInput(formatInput(x, locale), locale)).toBe(x);
			}
		}
		expect(formatInput(2_000_000, 'en')).toBe('2,000,000');
		expect(formatInput(0.1 + 0.2, 'en')).toBe('0.3');
	});
});
