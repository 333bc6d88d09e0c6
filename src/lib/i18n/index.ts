/**
 * The message catalogue: which languages exist, how a key becomes text, and which language a
 * first-time visitor gets. No i18n library: two typed objects and a placeholder filler.
 */
import { LEVER_DEFINITIONS, leverBlocks } from '../scenario/levers';
import { en } from './en';
import { formatNumber } from './format';
import { vi } from './vi';

/** A language the interface speaks. */
export type Locale = 'en' | 'vi';

/** Every message key; English is the source of keys. */
export type MessageKey = keyof typeof en;

/** Values for a message's `{name}` placeholders; numbers are printed in the locale's style. */
export type MessageParams = Record<string, string | number>;

/** The locales in the order the language switch lists them, each with its own name for itself. */
export const LOCALES: readonly { readonly code: Locale; readonly name: string }[] = [
	{ code: 'en', name: en['language.en'] },
	{ code: 'vi', name: vi['language.vi'] }
];

/** The locale used when nothing else decides (also during server rendering). */
export const DEFAULT_LOCALE: Locale = 'en';

const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { en, vi };

/** True for 'en' and 'vi': for values read from storage or a URL. */
export function isLocale(value: unknown): value is Locale {
	return value === 'en' || value === 'vi';
}

/** True when `key` names a message (for keys built at run time, e.g. from a field path). */
export function isMessageKey(key: string): key is MessageKey {
	return Object.hasOwn(en, key);
}

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The message for `key` in `locale`, with `{name}` placeholders filled from `params`. A
 * placeholder without a value stays visible as `{name}`, so a forgotten parameter shows up on
 * screen instead of silently vanishing.
 */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
	const template = CATALOGUES[locale][key] ?? en[key] ?? key;
	if (!params) return template;
	return template.replace(PLACEHOLDER, (whole, name: string) => {
		if (!Object.hasOwn(params, name)) return whole;
		const value = params[name];
		if (value === undefined) return whole;
		return typeof value === 'number' ? formatNumber(value, { locale }) : value;
	});
}

/** The placeholder names in a message, in order of first appearance: "{a} {b} {a}" → ["a", "b"]. */
export function placeholdersOf(template: string): string[] {
	return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1] ?? ''))];
}

/**
 * The locale for a first visit, from the browser's preferred languages (`navigator.languages`):
 * Vietnamese if any of them is Vietnamese ('vi', 'vi-VN', …), otherwise English. Any position
 * counts because the app's Vietnamese audience often runs English-first browsers.
 */
export function detectLocale(languages: readonly string[]): Locale {
	return languages.some((tag) => /^vi(?:[-_]|$)/i.test(tag.trim())) ? 'vi' : 'en';
}

/** The part of a field's messages: its label, its one-sentence help or its unit hint. */
export type FieldPart = 'label' | 'help' | 'unit';

const STRATEGY_SUBGROUPS: ReadonlySet<string> = new Set(
	leverBlocks(LEVER_DEFINITIONS).map((lever) => lever.id)
);
const ROOT_GROUPS = new Set(['market', 'company', 'effects']);

/**
 * The message key of a scenario field given its path as validation reports it, e.g.
 * `company.cac` → `field.company.cac.label`, `strategies[1].lockIn.months` →
 * `field.lockIn.months.label`, `horizonMonths` → `field.root.horizonMonths.label`. A trailing
 * `.low`/`.likely`/`.high` of an uncertain value is ignored. Undefined when no message exists.
 */
export function fieldMessageKey(path: string, part: FieldPart): MessageKey | undefined {
	const segments = path
		.replace(/\[\d+\]/g, '')
		.split('.')
		.filter((segment) => segment !== '');
	const last = segments[segments.length - 1];
	if (last === 'low' || last === 'likely' || last === 'high') segments.pop();
	let group: string;
	let field: string | undefined;
	const [first, second, third] = segments;
	if (first === 'strategies') {
		if (second !== undefined && third !== undefined && STRATEGY_SUBGROUPS.has(second)) {
			group = second;
			field = third;
		} else {
			group = 'strategy';
			field = second;
		}
	} else if (first !== undefined && ROOT_GROUPS.has(first)) {
		group = first;
		field = second;
	} else {
		group = 'root';
		field = first;
	}
	if (field === undefined) return undefined;
	const key = `field.${group}.${field}.${part}`;
	return isMessageKey(key) ? key : undefined;
}
