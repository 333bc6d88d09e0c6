/**
 * The result as plain JSON (the CLI's `--json` output, a public interface): typed arrays become
 * arrays and undefined values (NaN inside the engine) become null.
 */
import type { SimulationResult } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function toJson(value: unknown): Json {
	if (typeof value === 'number') return Number.isFinite(value) ? value : null;
	if (value === null || value === undefined) return null;
	if (typeof value === 'string' || typeof value === 'boolean') return value;
	if (ArrayBuffer.isView(value)) return Array.from(value as Float64Array, (x) => toJson(x));
	if (Array.isArray(value)) return value.map(toJson);
	if (typeof value === 'object') {
		const out: { [key: string]: Json } = {};
		for (const [key, inner] of Object.entries(value)) {
			if (inner !== undefined) out[key] = toJson(inner);
		}
		return out;
	}
	return null;
}

/**
 * The text of a result as `--json` writes it (and the page's JSON download): the result, any
 * extra sections (decision analytics), then `timing` — the only part that differs between two
 * runs of the same scenario, seed and paths. The seconds are measured by the caller: the engine
 * never reads a clock.
 */
export function resultJsonText(
	result: SimulationResult,
	simulateSeconds: number,
	extra: object = {}
): string {
	return JSON.stringify({
		...(resultToJson(result) as object),
		...extra,
		timing: { simulateSeconds }
	});
}

export function resultToJson(result: SimulationResult): Json {
	return toJson(result);
}
