/**
 * The scenario fields a calibration sets (MODEL.md section 9), and how they are written into a
 * scenario. Only fitted values travel: never a customer row.
 *
 * Values are rounded to 4 significant digits (more would claim a precision the data does not
 * have) and kept inside the ranges of the scenario format, read from its one field table.
 */
import { FIELDS, type FieldSpec } from '../scenario/fields';
import type { Range } from './bootstrap';
import type { Calibration } from './calibrate';

/** Fields to set. `lockIn` applies to every strategy that has a lock-in block. */
export interface ScenarioPatch {
	company: {
		startingCustomers: number;
		/** Absent when the file has no usable monthly charge. */
		arpuMonthly?: number;
		matureChurnMonthly: Range;
		earlyChurnMultiplier: Range;
		earlyChurnDecayMonths: number;
	};
	/** Present when the file has a contract column. */
	lockIn?: {
		share: number;
		/** Absent when the file cannot measure it (no month-to-month customers to compare with). */
		inContractChurnMultiplier?: Range;
	};
}

/** One field the patch changes in a scenario. */
export interface PatchChange {
	/** Field path, e.g. `company.arpuMonthly`, `strategies[0].lockIn.share`. */
	path: string;
	/** The draft's value before (undefined when the field was absent). */
	before: unknown;
	after: number | Range;
}

const SIGNIFICANT = 4;

function spec(path: string): FieldSpec {
	const found = FIELDS.find((f) => f.path === path);
	if (!found) throw new Error(`no field ${path}`);
	return found;
}

/** Rounded to 4 significant digits and moved inside the field's range. */
function fitValue(x: number, path: string): number {
	const { min, max, exclusiveMin } = spec(path);
	const rounded = x === 0 ? 0 : Number(x.toPrecision(SIGNIFICANT));
	const floor = exclusiveMin ? Math.max(min, Number.MIN_VALUE) : min;
	return Math.min(max, Math.max(floor, rounded));
}

function fitRange(range: Range, path: string): Range {
	const likely = fitValue(range.likely, path);
	return {
		low: Math.min(likely, fitValue(range.low, path)),
		likely,
		high: Math.max(likely, fitValue(range.high, path))
	};
}

/** The patch of a calibration (everything but the patch itself is read). */
export function calibrationPatch(c: Omit<Calibration, 'scenarioPatch'>): ScenarioPatch {
	const patch: ScenarioPatch = {
		company: {
			startingCustomers: c.startingCustomers,
			matureChurnMonthly: fitRange(c.fit.matureChurnMonthly, 'company.matureChurnMonthly'),
			earlyChurnMultiplier: fitRange(c.fit.earlyChurnMultiplier, 'company.earlyChurnMultiplier'),
			earlyChurnDecayMonths: fitValue(
				c.fit.earlyChurnDecayMonths.likely,
				'company.earlyChurnDecayMonths'
			)
		}
	};
	if (c.arpuMonthly !== null && c.arpuMonthly > 0) {
		patch.company.arpuMonthly = fitValue(c.arpuMonthly, 'company.arpuMonthly');
	}
	if (c.lockInShare !== null) {
		patch.lockIn = { share: fitValue(c.lockInShare, 'strategies[].lockIn.share') };
		if (c.inContractChurnMultiplier) {
			patch.lockIn.inContractChurnMultiplier = fitRange(
				c.inContractChurnMultiplier,
				'strategies[].lockIn.inContractChurnMultiplier'
			);
		}
	}
	return patch;
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields `patch` changes in a scenario draft (a plain object in the scenario format), in a
 * fixed order. When the calibrated starting customers exceed the market's addressable
 * customers, the market grows with them (keeping the draft's ratio of market to customers), so
 * the calibrated scenario stays valid.
 */
export function patchChanges(draft: unknown, patch: ScenarioPatch): PatchChange[] {
	const root = isObject(draft) ? draft : {};
	const company = isObject(root.company) ? root.company : {};
	const market = isObject(root.market) ? root.market : {};
	const changes: PatchChange[] = [];
	const add = (path: string, before: unknown, after: number | Range) => {
		if (!same(before, after)) changes.push({ path, before, after });
	};
	const starting = patch.company.startingCustomers;
	const addressable = market.addressableCustomers;
	if (typeof addressable !== 'number' || addressable < starting) {
		const oldStarting = company.startingCustomers;
		const ratio =
			typeof addressable === 'number' && typeof oldStarting === 'number' && oldStarting > 0
				? Math.max(1, addressable / oldStarting)
				: 10;
		add('market.addressableCustomers', addressable, Math.max(1, Math.ceil(starting * ratio)));
	}
	for (const [key, value] of Object.entries(patch.company)) {
		add(`company.${key}`, company[key], value as number | Range);
	}
	const strategies = Array.isArray(root.strategies) ? root.strategies : [];
	if (patch.lockIn) {
		strategies.forEach((strategy, i) => {
			const lockIn = isObject(strategy) && isObject(strategy.lockIn) ? strategy.lockIn : undefined;
			if (!lockIn) return;
			for (const [key, value] of Object.entries(patch.lockIn!)) {
				add(`strategies[${i}].lockIn.${key}`, lockIn[key], value as number | Range);
			}
		});
	}
	return changes;
}

/** A copy of `draft` with `changes` written in (for the CLI's `--apply`). */
export function applyChanges<T>(draft: T, changes: readonly PatchChange[]): T {
	const copy = structuredClone(draft) as unknown as Obj;
	for (const change of changes) {
		const segments = change.path.match(/[^.[\]]+/g)!;
		let node: Obj = copy;
		for (const segment of segments.slice(0, -1)) {
			const key = /^\d+$/.test(segment) ? Number(segment) : segment;
			if (!isObject(node[key]) && !Array.isArray(node[key])) node[key] = {};
			node = node[key] as Obj;
		}
		node[segments[segments.length - 1]!] = structuredClone(change.after);
	}
	return copy as unknown as T;
}
