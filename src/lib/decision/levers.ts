/**
 * The levers of a strategy (MODEL.md 10.3): groups of its fields that move together. A hybrid
 * strategy takes some levers from the challenger and the rest from the baseline.
 */
import type { Strategy } from '../scenario/types';
import {
	LEVER_DEFINITIONS,
	leverFieldPath,
	leverKeys,
	type LeverDefinition,
	type LeverId
} from '../scenario/levers';
import { STRATEGY_PARAMS } from '../sim/params';

const DEFINITIONS: readonly LeverDefinition[] = LEVER_DEFINITIONS;

/** Lever ids, in the order they are reported (the definitions' order). */
export const LEVERS = DEFINITIONS.map((lever) => lever.id) as readonly LeverId[];
export type Lever = LeverId;

/** The strategy keys each lever owns: its plain fields, or its block. */
export const LEVER_KEYS = Object.fromEntries(
	DEFINITIONS.map((lever) => [lever.id, leverKeys(lever)])
) as unknown as Readonly<Record<Lever, readonly (keyof Strategy)[]>>;

/**
 * The lever that owns each per-strategy parameter slot (STRATEGY_PARAMS order, e.g.
 * `promo.conversionLift` → promo): a hybrid's drawn value of that slot comes from the strategy
 * that supplies the lever.
 */
export const SLOT_LEVER: readonly Lever[] = STRATEGY_PARAMS.map((path) => {
	const owner = DEFINITIONS.find((lever) =>
		lever.fields.some((field) => leverFieldPath(lever, field) === path)
	);
	if (!owner) throw new Error(`No lever owns the strategy input ${path}`);
	return owner.id as Lever;
});

function holdsUncertain(value: unknown): boolean {
	if (value === null || typeof value !== 'object') return false;
	if ('low' in value && 'likely' in value && 'high' in value) return true;
	return Object.values(value).some(holdsUncertain);
}

/**
 * True when strategy `c` sets `lever` differently from `b` on some path: its fields differ, or
 * both hold an uncertain input of the lever (each strategy draws its own value of it on every
 * path, so the two differ path by path even when the distributions are the same).
 */
export function leverDiffers(b: Strategy, c: Strategy, lever: Lever): boolean {
	return LEVER_KEYS[lever].some((key) => {
		const x = b[key];
		const y = c[key];
		if (JSON.stringify(x) !== JSON.stringify(y)) return true;
		return holdsUncertain(x);
	});
}

/** The levers in which `c` differs from `b`, in LEVERS order. */
export function differingLevers(b: Strategy, c: Strategy): Lever[] {
	return LEVERS.filter((lever) => leverDiffers(b, c, lever));
}

/** `b` with the levers in `fromChallenger` set as in `c` (id and name from `id`). */
export function hybridStrategy(
	b: Strategy,
	c: Strategy,
	fromChallenger: ReadonlySet<Lever>,
	id: string
): Strategy {
	const out: Strategy = { ...structuredClone(b), id, name: id };
	for (const lever of fromChallenger) {
		for (const key of LEVER_KEYS[lever]) {
			const value = c[key];
			if (value === undefined) delete (out as unknown as Record<string, unknown>)[key];
			else (out as unknown as Record<string, unknown>)[key] = structuredClone(value);
		}
	}
	return out;
}
