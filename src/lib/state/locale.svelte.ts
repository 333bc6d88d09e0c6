/**
 * The interface language: one small rune class, shared through context. A visitor's explicit
 * choice is remembered in localStorage; until there is one, the browser's languages decide.
 */
import { getContext, setContext } from 'svelte';
import { formattersFor, type Formatters } from '$lib/i18n/format';
import {
	DEFAULT_LOCALE,
	detectLocale,
	isLocale,
	translate,
	type Locale,
	type MessageKey,
	type MessageParams
} from '$lib/i18n';

/** localStorage key of the visitor's chosen language. */
export const LOCALE_STORAGE_KEY = 'cx-sim.locale';

/**
 * The locale to start with in this browser: the saved choice, else the browser's languages,
 * else English. Safe without a window (server rendering, tests): returns English.
 */
export function initialLocale(): Locale {
	if (typeof window === 'undefined') return DEFAULT_LOCALE;
	try {
		const saved = window.localStorage?.getItem(LOCALE_STORAGE_KEY);
		if (isLocale(saved)) return saved;
	} catch {
		// Storage can throw (privacy modes, sandboxed frames): fall through to the browser's languages.
	}
	const nav = typeof navigator === 'undefined' ? undefined : navigator;
	const languages = nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : [];
	return detectLocale(languages);
}

/** The current interface language with its message lookup and formatters. */
export class LocaleState {
	#locale = $state<Locale>(DEFAULT_LOCALE);

	/** Starts from `locale` when given, otherwise from `initialLocale()`. */
	constructor(locale?: Locale) {
		this.#locale = locale ?? initialLocale();
	}

	/** The current locale ('en' or 'vi'). */
	get locale(): Locale {
		return this.#locale;
	}

	/** Formatters bound to the current locale (money, number, count, percent, months, …). */
	get format(): Formatters {
		return formattersFor(this.#locale);
	}

	/** Switches language and remembers the choice for later visits. */
	set(locale: Locale): void {
		this.#locale = locale;
		if (typeof window === 'undefined') return;
		try {
			window.localStorage?.setItem(LOCALE_STORAGE_KEY, locale);
		} catch {
			// Not remembering the choice is acceptable; failing to switch language is not.
		}
	}

	/**
	 * The message for `key` in the current locale, placeholders filled from `params`. An arrow
	 * field so that `const { t } = locale` and `items.map(locale.t)` keep working.
	 */
	t = (key: MessageKey, params?: MessageParams): string => translate(this.#locale, key, params);

	/** Writes the locale to `<html lang>` (call from an `$effect` in the page). */
	applyToDocument(): void {
		if (typeof document === 'undefined') return;
		document.documentElement.lang = this.#locale;
	}
}

const LOCALE_CONTEXT = Symbol('locale');

/** Makes a LocaleState available to descendants (call during a component's init); returns it. */
export function setLocaleContext(state: LocaleState = new LocaleState()): LocaleState {
	return setContext(LOCALE_CONTEXT, state);
}

/** The LocaleState set by an ancestor; throws if none was set. */
export function getLocaleContext(): LocaleState {
	const state = getContext<LocaleState | undefined>(LOCALE_CONTEXT);
	if (!state)
		throw new Error(
			'getLocaleContext: no LocaleState; call setLocaleContext in a parent component.'
		);
	return state;
}

let fallbackLocale: LocaleState | undefined;

/**
 * The LocaleState in context, or a shared English one when no ancestor set it (a component
 * rendered on its own, e.g. in a test).
 */
export function useLocale(): LocaleState {
	try {
		return getLocaleContext();
	} catch {
		return (fallbackLocale ??= new LocaleState('en'));
	}
}
