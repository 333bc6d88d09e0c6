/**
 * Sharing the scenario with the outside world: the address bar (a `#s=…` or `#preset=…` link is
 * opened before the first run, and edits are written back so a reload never loses work) and the
 * clipboard, plus the notices that say how each went (files: see SharePanel). Notices hold message keys,
 * not text, so they follow a change of language.
 */
import type { Locale, MessageKey, MessageParams } from '../i18n';
import {
	decodeScenarioLink,
	encodePresetLink,
	encodeScenarioLink,
	type LinkError
} from '../scenario/link-codec';
import { PRESETS, presetById, presetScenario } from '../scenario/presets/index';
import type { Scenario } from '../scenario/types';
import { getLocaleContext } from './locale.svelte';
import type { ScenarioState } from './scenario.svelte';

/** Longest full URL shared without a warning: some mail and chat apps cut longer links. */
export const MAX_LINK_LENGTH = 2000;

/** One sentence of a notice: a message key and its values, translated when it is shown. */
export interface NoticeLine {
	key: MessageKey;
	params?: MessageParams;
}

/** `error` is announced at once (role="alert"); `info` and `warning` politely. */
export type NoticeTone = 'info' | 'warning' | 'error';

/** A message on screen until it times out or is dismissed. */
export interface Notice {
	id: number;
	tone: NoticeTone;
	lines: NoticeLine[];
}

/** The page's notices: a short list, newest last; an equal notice replaces the older one. */
export class Notices {
	#items = $state.raw<Notice[]>([]);
	#nextId = 1;
	// Timers are bookkeeping that nothing renders, so a plain Map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #timers = new Map<number, ReturnType<typeof setTimeout>>();

	/** The notices on screen, oldest first. */
	get items(): Notice[] {
		return this.#items;
	}

	/** Shows a notice; `info` closes itself after `timeoutMs` (0 = stays). Returns its id. */
	show(tone: NoticeTone, lines: NoticeLine | NoticeLine[], timeoutMs?: number): number {
		const list = Array.isArray(lines) ? lines : [lines];
		const same = JSON.stringify(list);
		for (const old of this.#items) if (JSON.stringify(old.lines) === same) this.dismiss(old.id);
		const id = this.#nextId++;
		this.#items = [...this.#items, { id, tone, lines: list }].slice(-4);
		const ms = timeoutMs ?? (tone === 'info' ? 4000 : tone === 'warning' ? 12_000 : 0);
		if (ms > 0)
			this.#timers.set(
				id,
				setTimeout(() => this.dismiss(id), ms)
			);
		return id;
	}

	/** Removes a notice. */
	dismiss(id: number): void {
		clearTimeout(this.#timers.get(id));
		this.#timers.delete(id);
		this.#items = this.#items.filter((notice) => notice.id !== id);
	}

	/** Stops every timer (the page is going away). */
	dispose(): void {
		for (const timer of this.#timers.values()) clearTimeout(timer);
		this.#timers.clear();
	}
}

/** The browser as ShareState uses it (address bar, clipboard); replaceable in tests. */
export interface ShareEnvironment {
	/** The URL fragment with its '#', or ''. */
	hash(): string;
	/** The whole URL of the page. */
	href(): string;
	/** Puts `#<fragment>` in the address bar without adding a history entry. */
	replaceHash(fragment: string): void;
	/** Rejects when the browser refuses. */
	copy(text: string): Promise<void>;
	/** Calls `listener` when the visitor changes the fragment; returns the unsubscribe. */
	onHashChange(listener: () => void): () => void;
}

/** The real address bar and clipboard of this window. */
export function browserEnvironment(): ShareEnvironment {
	return {
		hash: () => location.hash,
		href: () => location.href,
		// Keep the router's own history state: it keys scroll positions by it.
		replaceHash: (fragment) => history.replaceState(history.state, '', `#${fragment}`),
		copy: (text) => navigator.clipboard.writeText(text),
		onHashChange(listener) {
			addEventListener('hashchange', listener);
			return () => removeEventListener('hashchange', listener);
		}
	};
}

/** The line that closes a report of something that could not be opened. */
export const KEPT: NoticeLine = { key: 'notice.keptCurrent' };

/** What the visitor reads about a link that could not be opened (before the fallback line). */
export function linkErrorLine(error: LinkError): NoticeLine {
	switch (error.kind) {
		case 'truncated':
			return { key: 'link.truncated' };
		case 'newer-version':
			return { key: 'link.newerVersion', params: { version: String(error.version) } };
		case 'unknown-preset':
			return { key: 'link.unknownPreset', params: { id: error.id } };
		case 'invalid-scenario':
			return { key: 'link.invalid', params: { details: error.issues[0]?.message ?? '' } };
		default:
			return { key: 'link.corrupt' };
	}
}

const keyOf = (scenario: Scenario): string => JSON.stringify(scenario);
let presetIds: Map<string, string> | undefined;

/** The id of the preset `scenario` equals under the names of any language, else undefined. */
export function matchingPresetId(scenario: Scenario): string | undefined {
	// Built once and never changed: a plain Map.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	presetIds ??= new Map(
		PRESETS.flatMap((preset) =>
			(['en', 'vi'] as const).map((locale) => [keyOf(presetScenario(preset, locale)), preset.id])
		)
	);
	return presetIds.get(keyOf(scenario));
}

/**
 * The whole link that opens `scenario` with the same numbers: `#preset=<id>` for an unedited
 * preset (short enough for a QR code), otherwise the scenario itself in `#s=`.
 */
export async function scenarioLink(scenario: Scenario, base: string): Promise<string> {
	const presetId = matchingPresetId(scenario);
	const fragment =
		presetId === undefined ? await encodeScenarioLink(scenario) : encodePresetLink(presetId);
	return `${base}#${fragment}`;
}

/** Options of a ShareState. */
export interface ShareOptions {
	/** The address bar and clipboard; defaults to this window's. */
	environment?: ShareEnvironment;
	/** Quiet time after the last edit before the address bar is rewritten, in ms (default 400). */
	debounceMs?: number;
	/**
	 * The interface language presets are named in when opened (a LocaleState will do); defaults
	 * to the LocaleState in context when constructed during a component's init, else English.
	 */
	locale?: { readonly locale: Locale };
}

/** The LocaleState of the component being initialised, or undefined outside one (tests). */
function contextLocale(): { readonly locale: Locale } | undefined {
	try {
		return getLocaleContext();
	} catch {
		return undefined;
	}
}

/** Links and presets for one ScenarioState. */
export class ShareState {
	readonly #scenario: ScenarioState;
	readonly #notices: Notices;
	readonly #env: ShareEnvironment;
	readonly #debounceMs: number;
	readonly #locale: { readonly locale: Locale } | undefined;
	#ready = $state(false);
	/** The scenario the address bar stands for (as JSON): equal edits are not written again. */
	#shown = '';
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writes = 0;
	#presetId = $derived.by(() => {
		const valid = this.#scenario.valid;
		// A preset counts as open under the names of any language, whichever one is shown now.
		return valid ? matchingPresetId(valid) : undefined;
	});

	/** Shares `scenario`, reporting through `notices`. */
	constructor(scenario: ScenarioState, notices: Notices, options: ShareOptions = {}) {
		this.#scenario = scenario;
		this.#notices = notices;
		this.#env = options.environment ?? browserEnvironment();
		this.#debounceMs = options.debounceMs ?? 400;
		this.#locale = options.locale ?? contextLocale();
	}

	/** False until the link in the address bar (if any) has been opened: hold the first run. */
	get ready(): boolean {
		return this.#ready;
	}

	/** Where outcomes are reported. */
	get notices(): Notices {
		return this.#notices;
	}

	/** The id of the preset the scenario equals, or undefined once it is edited. */
	get presetId(): string | undefined {
		return this.#presetId;
	}

	/** Opens the link in the address bar, or reports it and keeps the default scenario. */
	async start(): Promise<void> {
		const hash = this.#env.hash();
		if (hash.length > 1) await this.#open(hash, true);
		const valid = this.#scenario.valid;
		if (!this.#shown && valid) this.#shown = keyOf(valid);
		this.#ready = true;
	}

	/** Opens links pasted into the address bar of the open page; returns the unsubscribe. */
	listen(): () => void {
		return this.#env.onHashChange(() => void this.#open(this.#env.hash(), false));
	}

	/** Writes `valid` to the address bar once edits pause (call from an effect). */
	follow(valid: Scenario | null): void {
		if (!this.#ready || !valid) return;
		clearTimeout(this.#timer);
		if (keyOf(valid) === this.#shown) return;
		const write = ++this.#writes;
		this.#timer = setTimeout(async () => {
			const fragment = await encodeScenarioLink(valid);
			if (write === this.#writes) this.#show(valid, fragment);
		}, this.#debounceMs);
	}

	/** Puts the current link in the address bar and on the clipboard. */
	async copyLink(): Promise<void> {
		const valid = this.shareable();
		if (!valid) return;
		clearTimeout(this.#timer);
		const write = ++this.#writes;
		const fragment = await encodeScenarioLink(valid);
		if (write === this.#writes) this.#show(valid, fragment);
		const url = this.#env.href();
		try {
			await this.#env.copy(url);
			this.#notices.show('info', { key: 'link.copied' });
		} catch {
			this.#notices.show('error', { key: 'link.copyFailed' });
		}
		if (url.length > MAX_LINK_LENGTH) this.#notices.show('warning', { key: 'link.tooLong' });
	}

	/** Replaces the scenario with a built-in one, named in the interface language. */
	loadPreset(id: string): void {
		const preset = presetById(id);
		if (preset) this.#scenario.load(presetScenario(preset, this.#localeNow()));
	}

	/** The valid scenario to share, or null after asking the visitor to fix the form first. */
	shareable(): Scenario | null {
		const valid = this.#scenario.valid;
		if (!valid) this.#notices.show('error', { key: 'share.invalidDraft' });
		return valid;
	}

	/** Stops a pending address-bar write. */
	dispose(): void {
		clearTimeout(this.#timer);
		this.#writes++;
	}

	async #open(fragment: string, atStart: boolean): Promise<void> {
		const result = await decodeScenarioLink(fragment);
		if (result.ok) {
			this.#writes++; // a pending write of the old scenario must not overwrite this link
			// A `#preset=` link opens in the interface language: only names change, so the
			// `#preset=` link stays in the address bar and a copied link reproduces the same run.
			const preset = result.presetId === undefined ? undefined : presetById(result.presetId);
			const scenario = preset ? presetScenario(preset, this.#localeNow()) : result.scenario;
			this.#shown = keyOf(scenario);
			const current = this.#scenario.valid;
			if (!current || keyOf(current) !== this.#shown) this.#scenario.load(scenario);
			return;
		}
		if (result.error.kind === 'not-a-scenario-link') {
			// An in-page anchor such as '#results': nothing to say, but put the scenario back in
			// the address bar so a reload still finds it.
			this.#shown = '';
			if (!atStart) this.follow(this.#scenario.valid);
			return;
		}
		const line = linkErrorLine(result.error);
		if (atStart) {
			this.#scenario.load(presetScenario(PRESETS[0]!, this.#localeNow()));
			this.#notices.show('error', [line, { key: 'link.fallback' }]);
		} else {
			this.#notices.show('error', [line, KEPT]);
		}
	}

	#localeNow(): Locale {
		return this.#locale?.locale ?? 'en';
	}

	#show(valid: Scenario, fragment: string): void {
		this.#env.replaceHash(fragment);
		this.#shown = keyOf(valid);
	}
}
