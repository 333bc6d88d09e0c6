/**
 * A fingerprint of this build's numbers: the CRC-32 of the JSON result of two tiny seeded runs
 * that between them switch on every mechanism (promotions for new customers only and for all,
 * lock-in, proactive retention, shocks, drawn inputs, process noise). Two builds whose engines
 * give other numbers for the same scenario and seed have other fingerprints (up to the odds of a
 * CRC-32 collision), so partial results of different builds are never merged into one run.
 *
 * It is computed once, on first use, in a few milliseconds.
 */
import { crc32 } from '../crc32';
import { presetById } from '../scenario/presets/index';
import type { Scenario } from '../scenario/types';
import { resultToJson } from './json';
import { simulate } from './run';

/** Presets whose strategies hold every lever between them (see the presets' own tests). */
const PROBES = ['telecom-turnaround', 'healthcare-proactive-retention'] as const;

let cached: string | undefined;

/** Eight hexadecimal digits that change whenever the engine's numbers do. */
export function engineFingerprint(): string {
	if (cached !== undefined) return cached;
	const encoder = new TextEncoder();
	let crc = 0;
	for (const id of PROBES) {
		const preset = presetById(id);
		if (!preset) throw new Error(`The fingerprint's probe preset "${id}" is missing`);
		const probe: Scenario = { ...structuredClone(preset.scenario), paths: 6, horizonMonths: 25 };
		crc = crc32(encoder.encode(JSON.stringify(resultToJson(simulate(probe)))), crc);
	}
	cached = crc.toString(16).padStart(8, '0');
	return cached;
}
