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
	/** The normalised scenario (every default filled in). */
	scenario: Scenario;
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
	return { ...preset, scenario: result.scenario };
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
