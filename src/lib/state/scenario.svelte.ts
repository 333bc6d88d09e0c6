/**
 * The scenario being edited. The draft is a plain JSON-like object in the `ScenarioInput` shape
 * that may be invalid at any moment (a half-typed number is stored as the raw text, so the
 * validator reports it); `valid` and `issues` are derived from it. `lastValid` is the latest
 * draft that passed, so the page can keep showing a result while a field is being fixed.
 *
 * The draft changes only through the transitions below; it is never bound to inputs directly.
 * Fractions are stored as fractions (0.02), never as the percentages the form shows.
 */
import { createContext } from 'svelte';
import {
	FIELDS,
	MAX_STRATEGIES,
	MIN_STRATEGIES,
	validateScenario,
	type FieldSpec,
	type ScenarioInput
} from '../scenario/schema';
import type { Pert, Scenario, ScenarioIssue } from '../scenario/types';
import {
	LEVER_DEFINITIONS,
	initialBlock,
	leverBlocks,
	type LeverBlock,
	type LeverDefinition
} from '../scenario/levers';
import { patchChanges, type PatchChange, type ScenarioPatch } from '../calibrate/patch';

export { MAX_STRATEGIES, MIN_STRATEGIES };

/** The optional blocks of a strategy that the editor switches on and off. */
export type StrategyOption = LeverBlock;

/** The levers with an optional block, in editor order. */
export const STRATEGY_OPTION_LEVERS: readonly LeverDefinition[] = leverBlocks(LEVER_DEFINITIONS);

/** The levers whose fields are plain fields of the strategy, in editor order. */
export const STRATEGY_PLAIN_LEVERS: readonly LeverDefinition[] = (
	LEVER_DEFINITIONS as readonly LeverDefinition[]
).filter((lever) => !lever.block);

/** How an uncertain field is entered: one number, or a PERT low / likely / high. */
export type UncertainMode = 'single' | 'range';

type Strategy = ScenarioInput['strategies'][number];
type Segment = string | number;
type Obj = Record<string, unknown>;

/** What an option holds when it is switched on for the first time: moderate, valid values. */
const OPTION_DEFAULTS = Object.fromEntries(
	STRATEGY_OPTION_LEVERS.map((lever) => [lever.id, initialBlock(lever)])
) as unknown as { [K in StrategyOption]: NonNullable<Strategy[K]> };

/** Half-width of the range made when a single value becomes low / likely / high. */
const RANGE_SPREAD = 0.2;

/** `strategies[1].lockIn.months` → `['strategies', 1, 'lockIn', 'months']`. */
export function parsePath(path: string): Segment[] {
	const segments: Segment[] = [];
	for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
		segments.push(match[1] !== undefined ? Number(match[1]) : match[2]!);
	}
	return segments;
}

/** The `FIELDS` entry for a concrete path (`strategies[2].promo.discount`), if it is numeric. */
export function specForPath(path: string): FieldSpec | undefined {
	const pattern = path.replace(/\[\d+\]/g, '[]');
	return FIELDS.find((f) => f.path === pattern);
}

/** True for a `{ low, likely, high }` object (whatever its values). */
export function isRange(value: unknown): value is Pert {
	return typeof value === 'object' && value !== null && !Array.isArray(value) && 'likely' in value;
}

/** Rounds away float noise such as 0.016000000000000004 (10 significant digits). */
export function roundNoise(x: number): number {
	return Number.isFinite(x) ? Number(x.toPrecision(10)) : x;
}

function isObject(value: unknown): value is Obj {
	return typeof value === 'object' && value !== null;
}

function clamp(x: number, spec: FieldSpec | undefined): number {
	if (!spec) return x;
	return Math.min(spec.max, Math.max(spec.min, x));
}

/** A deep copy of plain data, safe to keep while the original (perhaps a proxy) changes. */
function copy<T>(value: T): T {
	return $state.snapshot(value) as T;
}

/** Holds and edits one scenario draft; share it with `setScenarioContext`. */
export class ScenarioState {
	/** Deeply reactive: each input re-renders only when its own field changes. */
	#draft = $state() as ScenarioInput;
	/** Replaced whole by the transitions; never made deeply reactive. */
	#lastValid = $state.raw<Scenario | null>(null);
	/** Options switched off, kept so switching them on again restores what was typed. */
	// Not reactive on purpose: nothing renders it, it only feeds the next toggleOption.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	#parked = new Map<string, unknown>();

	// A snapshot, so the validator and the scenario it returns never hold reactive proxies.
	#result = $derived(validateScenario($state.snapshot(this.#draft)));
	#valid = $derived(this.#result.ok ? this.#result.scenario : null);
	#issues = $derived(this.#result.ok ? [] : this.#result.issues);
	/** The first issue at each path (later entries win in a Map, hence the reversal). */
	#issueByPath: ReadonlyMap<string, ScenarioIssue> = $derived(
		// Rebuilt whole by the derived and never mutated, so a plain Map is right here.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Map(this.#issues.toReversed().map((issue) => [issue.path, issue]))
	);

	/** Starts editing `initial` (copied; a preset, a scenario from a link, or any draft). */
	constructor(initial: ScenarioInput | Scenario) {
		this.#draft = copy(initial) as ScenarioInput;
		this.#commit();
	}

	/**
	 * The draft as edited, possibly invalid: numbers may be raw text while they are typed.
	 * Read it (it is reactive); change it only through the methods of this class.
	 */
	get draft(): ScenarioInput {
		return this.#draft;
	}

	/** The validated draft with every default filled in, or null while any rule is broken. */
	get valid(): Scenario | null {
		return this.#valid;
	}

	/** Every broken rule of the draft, in document order; empty when it is valid. */
	get issues(): ScenarioIssue[] {
		return this.#issues;
	}

	/** The latest valid draft (null only if no valid draft was ever seen). */
	get lastValid(): Scenario | null {
		return this.#lastValid;
	}

	/** The scenario currency code, for labelling money fields ("USD" when unset). */
	get currency(): string {
		const currency = this.#draft.currency;
		return typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : 'USD';
	}

	/** True while another strategy may be added. */
	get canAddStrategy(): boolean {
		return this.#draft.strategies.length < MAX_STRATEGIES;
	}

	/** True while a strategy may be removed. */
	get canRemoveStrategy(): boolean {
		return this.#draft.strategies.length > MIN_STRATEGIES;
	}

	/** The first issue exactly at `path` (e.g. `strategies[1].lockIn.months`), if any. */
	issueFor(path: string): ScenarioIssue | undefined {
		return this.#issueByPath.get(path);
	}

	/** The draft's value at `path`, or undefined when absent (then the default applies). */
	get(path: string): unknown {
		let node: unknown = this.#draft;
		for (const segment of parsePath(path)) {
			if (!isObject(node)) return undefined;
			node = (node as Obj)[segment];
		}
		return node;
	}

	/**
	 * Writes `value` at `path`, creating missing parent objects (e.g. `effects`). `undefined`
	 * removes the key, so an optional field falls back to its default. Invalid values are
	 * stored as given, for the validator to report.
	 */
	set(path: string, value: unknown): void {
		const segments = parsePath(path);
		const last = segments.pop();
		if (last === undefined) return;
		let node: Obj = this.#draft as unknown as Obj;
		for (const [i, segment] of segments.entries()) {
			let child = node[segment];
			if (!isObject(child)) {
				if (value === undefined) return; // nothing to remove
				child = typeof (segments[i + 1] ?? last) === 'number' ? [] : {};
				node[segment] = child;
				child = node[segment]; // the proxied copy
			}
			node = child as Obj;
		}
		if (value === undefined) delete node[last];
		else node[last] = isObject(value) ? copy(value) : value;
		this.#commit();
	}

	/**
	 * Switches an uncertain field between one value and a range. A single value v becomes
	 * { low: v − 20%, likely: v, high: v + 20% }, clamped to the field's range; a range
	 * becomes its likely value. A raw (unparsable) value starts from the field's default.
	 */
	setUncertainMode(path: string, mode: UncertainMode): void {
		const current = this.get(path);
		const spec = specForPath(path);
		if (mode === 'range') {
			if (isRange(current)) return;
			const fallback = spec?.default ?? Math.max(spec?.min ?? 0, 0);
			const likely = typeof current === 'number' && Number.isFinite(current) ? current : fallback;
			const spread = Math.abs(likely) * RANGE_SPREAD;
			this.set(path, {
				low: roundNoise(clamp(likely - spread, spec)),
				likely,
				high: roundNoise(clamp(likely + spread, spec))
			});
		} else if (isRange(current)) {
			this.set(path, current.likely);
		}
	}

	/**
	 * Adds a copy of the last strategy with a fresh id and `name` (default "Strategy n").
	 * Returns the new index, or -1 when the scenario already holds the most strategies.
	 */
	addStrategy(name?: string): number {
		const strategies = this.#draft.strategies;
		if (strategies.length >= MAX_STRATEGIES) return -1;
		const last = strategies[strategies.length - 1];
		const ids = strategies.map((s) => s.id);
		const names = strategies.map((s) => s.name);
		let n = strategies.length + 1;
		while (ids.includes(`strategy-${n}`) || (name === undefined && names.includes(`Strategy ${n}`)))
			n++;
		const fresh: Strategy = {
			...(last ? copy(last) : { acquisitionBudgetMonthly: 0 }),
			id: `strategy-${n}`,
			name: name ?? `Strategy ${n}`
		};
		strategies.push(fresh);
		this.#commit();
		return strategies.length - 1;
	}

	/** Removes strategy `i`; returns false (and keeps it) when it is the only one. */
	removeStrategy(i: number): boolean {
		const strategies = this.#draft.strategies;
		if (strategies.length <= MIN_STRATEGIES || i < 0 || i >= strategies.length) return false;
		strategies.splice(i, 1);
		this.#commit();
		return true;
	}

	/** Renames strategy `i` (its id, used in links, stays the same). */
	renameStrategy(i: number, name: string): void {
		const strategy = this.#draft.strategies[i];
		if (!strategy) return;
		strategy.name = name;
		this.#commit();
	}

	/**
	 * Switches a strategy's promotion, lock-in or retention on or off. Switched on, it gets back
	 * what it held when last switched off, or moderate defaults the first time.
	 */
	toggleOption(i: number, option: StrategyOption, on: boolean): void {
		const strategy = this.#draft.strategies[i] as (Strategy & Obj) | undefined;
		if (!strategy) return;
		const key = `${strategy.id}\u0000${option}`;
		const current = strategy[option];
		if (on === (current !== undefined)) return;
		if (on) {
			strategy[option] = copy(this.#parked.get(key) ?? OPTION_DEFAULTS[option]) as never;
		} else {
			this.#parked.set(key, copy(current));
			delete strategy[option];
		}
		this.#commit();
	}

	/**
	 * Writes a calibration's fitted values into the draft (MODEL.md section 9); returns what
	 * changed, for `revertCalibration`. Lock-in values go to the strategies that have a lock-in.
	 */
	applyCalibration(patch: ScenarioPatch): PatchChange[] {
		const changes = patchChanges(copy(this.#draft), patch);
		for (const change of changes) this.set(change.path, change.after);
		return changes;
	}

	/** Puts back the values `changes` replaced (a field that was absent is removed again). */
	revertCalibration(changes: readonly PatchChange[]): void {
		for (const change of changes.toReversed()) this.set(change.path, change.before);
	}

	/** Replaces the whole draft (a preset, a link, a file). `lastValid` follows if it is valid. */
	load(scenario: ScenarioInput | Scenario): void {
		this.#draft = copy(scenario) as ScenarioInput;
		this.#parked.clear();
		this.#commit();
	}

	/** Remembers the draft as the last valid scenario when it passes. */
	#commit(): void {
		const valid = this.#valid;
		if (valid) this.#lastValid = valid;
	}
}

const [getContext, setContext] = createContext<ScenarioState>();

/** The ScenarioState shared by the page (call during component initialisation). */
export function getScenarioContext(): ScenarioState {
	return getContext();
}

/** Shares `state` with every component below the caller; returns it. */
export function setScenarioContext(state: ScenarioState): ScenarioState {
	return setContext(state);
}
