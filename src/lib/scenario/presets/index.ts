/**
 * The built-in scenarios a visitor can open from the menu or a `#preset=<id>` link. Every preset
 * is validated when this module loads, so a preset that breaks the format fails every test that
 * imports it instead of reaching a visitor.
 */
import { formatIssues, validateScenario } from '../schema';
import type { Scenario } from '../types';
import { defaultScenario } from './default';
import { telecomTurnaround } from './telecom-turnaround';
import { acquisitionTrap } from './acquisition-trap';
import { logisticsExistingCustomers } from './logistics-existing-customers';
import { b2bFragmentedJourneys } from './b2b-fragmented-journeys';
import { healthcareProactiveRetention } from './healthcare-proactive-retention';
import { cxBusinessCase } from './cx-business-case';

/** A piece of interface text in every language the app speaks. */
export interface LocalizedText {
	en: string;
	vi: string;
}

/** A built-in scenario with the words that introduce it. */
export interface Preset {
	/** Stable id used in `#preset=<id>` links: never rename one that has shipped. */
	id: string;
	title: LocalizedText;
	description: LocalizedText;
	/** The normalised scenario (every default filled in), named in English. */
	scenario: Scenario;
	/** Display names in other languages; numbers and ids never change with the language. */
	names?: PresetNames;
}

/** A preset's scenario and strategy names in one language (strategies in scenario order). */
export interface LocalizedNames {
	/** At most 120 characters, like every scenario name. */
	scenario: string;
	/** One per strategy, in order, each at most 60 characters. */
	strategies: string[];
}

/** A preset's names in each language other than English (the scenario itself is English). */
export interface PresetNames {
	vi: LocalizedNames;
}

/** A preset as written in its own file: the scenario may omit defaults and is not yet validated. */
export type PresetDefinition = Omit<Preset, 'scenario'> & { scenario: unknown };

/** Builds a preset from a scenario as written (defaults may be omitted); throws if invalid. */
export function definePreset(preset: PresetDefinition): Preset {
	const result = validateScenario(preset.scenario);
	if (!result.ok) {
		throw new Error(
			`Preset "${preset.id}" is not a valid scenario:\n${formatIssues(result.issues)}`
		);
	}
	const built: Preset = { ...preset, scenario: result.scenario };
	for (const locale of ['vi'] as const) {
		const names = built.names?.[locale];
		if (!names) continue;
		if (names.strategies.length !== built.scenario.strategies.length) {
			throw new Error(
				`Preset "${preset.id}" has ${names.strategies.length} ${locale} strategy names ` +
					`for ${built.scenario.strategies.length} strategies.`
			);
		}
		const named = validateScenario(presetScenario(built, locale));
		if (!named.ok) {
			throw new Error(
				`Preset "${preset.id}" is not valid with its ${locale} names:\n${formatIssues(named.issues)}`
			);
		}
	}
	return built;
}

/**
 * A fresh copy of the preset's scenario named in `locale` (English: the scenario as stored).
 * Only the scenario and strategy names change: ids and every number stay identical, so results
 * and links reproduce whichever language the preset was opened in.
 */
export function presetScenario(preset: Preset, locale: keyof LocalizedText): Scenario {
	const scenario = structuredClone(preset.scenario);
	const names = locale === 'en' ? undefined : preset.names?.[locale];
	if (!names) return scenario;
	scenario.name = names.scenario;
	scenario.strategies.forEach((strategy, i) => {
		strategy.name = names.strategies[i] ?? strategy.name;
	});
	return scenario;
}

/**
 * Every built-in preset, in menu order; the first one opens when nothing else is asked for. The
 * presets after `default` live one per file and export a `PresetDefinition` (not a validated
 * preset), so they import only the type from this module and no import cycle runs code early.
 */
export const PRESETS: Preset[] = [
	definePreset({
		id: 'default',
		title: {
			en: 'Mid-sized subscription business',
			vi: 'Doanh nghiệp thuê bao quy mô vừa'
		},
		description: {
			en: '100,000 customers at $40 a month choosing how to spend the same $600,000 a month: on acquisition or on customer experience.',
			vi: '100.000 khách hàng trả 40 USD mỗi tháng, cân nhắc chi cùng 600.000 USD mỗi tháng cho thu hút khách hàng mới hay cho trải nghiệm khách hàng.'
		},
		names: {
			vi: {
				scenario: 'Doanh nghiệp thuê bao quy mô vừa',
				strategies: ['Dồn lực thu hút khách hàng mới', 'Lấy trải nghiệm khách hàng làm trọng tâm']
			}
		},
		scenario: defaultScenario
	}),
	definePreset(telecomTurnaround),
	definePreset(acquisitionTrap),
	definePreset(logisticsExistingCustomers),
	definePreset(b2bFragmentedJourneys),
	definePreset(healthcareProactiveRetention),
	definePreset(cxBusinessCase)
];

/** The preset with this id, or undefined when there is none. */
export function presetById(id: string): Preset | undefined {
	return PRESETS.find((preset) => preset.id === id);
}

/** A preset's scenario and strategy names in `locale` (English: as stored). */
export function presetNames(preset: Preset, locale: keyof LocalizedText): LocalizedNames {
	const names = locale === 'en' ? undefined : preset.names?.[locale];
	return (
		names ?? {
			scenario: preset.scenario.name,
			strategies: preset.scenario.strategies.map((s) => s.name)
		}
	);
}

/**
 * The names a scenario should carry after the interface changes from `from` to `to`: a name
 * that is still a preset's own name in `from` (the scenario's, or a strategy's with the same id
 * and position) becomes that preset's name in `to`; any name a person typed stays. Undefined
 * when nothing changes.
 */
export function translatedNames(
	scenario: { name: string; strategies: { id: string; name: string }[] },
	from: keyof LocalizedText,
	to: keyof LocalizedText
): LocalizedNames | undefined {
	if (from === to) return undefined;
	for (const preset of PRESETS) {
		const old = presetNames(preset, from);
		const next = presetNames(preset, to);
		const ids = preset.scenario.strategies.map((s) => s.id);
		const scenarioMatches = scenario.name === old.scenario;
		const strategies = scenario.strategies.map((s, i) =>
			ids[i] === s.id && s.name === old.strategies[i] ? next.strategies[i]! : s.name
		);
		const strategyMatches = strategies.some((name, i) => name !== scenario.strategies[i]!.name);
		if (!scenarioMatches && !strategyMatches) continue;
		return { scenario: scenarioMatches ? next.scenario : scenario.name, strategies };
	}
	return undefined;
}
