/**
 * The levers of a strategy (MODEL.md 10.3): groups of its fields that move together. A hybrid
 * strategy takes some levers from the challenger and the rest from the baseline.
 */
import type { Strategy } from '../scenario/types';
import { STRATEGY_PARAMS } from '../sim/params';

/** Lever ids, in the order they are reported. */
export const LEVERS = ['acquisition', 'cx', 'price', 'promo', 'lockIn', 'retention'] as const;
export type Lever = (typeof LEVERS)[number];

/** The strategy keys each lever owns. */
export const LEVER_KEYS: Readonly<Record<Lever, readonly (keyof Strategy)[]>> = {
	acquisition: ['acquisitionBudgetMonthly', 'acquisitionBudgetGrowthAnnual'],
	cx: ['cxInvestmentMonthly'],
	price: ['priceIncreaseAnnual'],
	promo: ['promo'],
	lockIn: ['lockIn'],
	retention: ['retention']
};

/**
 * The lever that owns each per-strategy parameter slot (STRATEGY_PARAMS order, e.g.
 * `promo.conversionLift` → promo): a hybrid's drawn value of that slot comes from the strategy
 * that supplies the lever.
 */
export const SLOT_LEVER: readonly Lever[] = STRATEGY_PARAMS.map((path) => {
	const group = path.split('.')[0] as Lever;
	if (!LEVERS.includes(group)) throw new Error(`No lever owns the strategy input ${path}`);
	return group;
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
