/**
 * Validation issues in the interface language. Each issue is translated by its rule code
 * (scenario/issue-codes.ts) with the numbers it carries, in the units the field is entered in
 * (percentages for fractions); the validator's English sentence is never read here.
 */
import { fieldMessageKey, isMessageKey, type MessageKey } from '$lib/i18n';
import type { IssueCode, RangeKind } from '$lib/scenario/issue-codes';
import type { FieldSpec } from '$lib/scenario/schema';
import type { ScenarioIssue } from '$lib/scenario/types';
import type { LocaleState } from '$lib/state/locale.svelte';
import { specForPath } from '$lib/state/scenario.svelte';
import { formatInput, isPercent, toDisplay } from './number-input';

/** The catalogue key of each rule's message; every code has one (a unit test checks it). */
export const ISSUE_MESSAGE_KEY: { readonly [C in IssueCode]: MessageKey } = {
	'number.required': 'issue.number.required',
	'number.invalid': 'issue.number.invalid',
	'number.outOfRange': 'issue.number.outOfRange',
	'number.notInteger': 'issue.number.notInteger',
	'range.order': 'issue.range.order',
	'field.unknown': 'issue.field.unknown',
	'object.invalid': 'issue.object.invalid',
	'text.length': 'issue.text.length',
	'id.format': 'issue.id.format',
	'id.duplicate': 'issue.id.duplicate',
	'currency.code': 'issue.currency.code',
	'seed.format': 'issue.seed.format',
	'boolean.invalid': 'issue.boolean.invalid',
	'schema.version': 'issue.schema.version',
	'strategies.count': 'issue.strategies.count',
	'promo.negativePrice': 'issue.promo.negativePrice',
	'wallet.maxBelowStart': 'issue.wallet.maxBelowStart',
	'market.startingAboveMarket': 'issue.market.startingAboveMarket',
	'scenario.unreadable': 'issue.scenario.unreadable'
};

const RANGE_KEY: { readonly [K in RangeKind]: MessageKey } = {
	closed: 'issue.rangeText.closed',
	aboveMin: 'issue.rangeText.aboveMin',
	integer: 'issue.rangeText.integer'
};

const PART = /\.(low|likely|high)$/;
const SECTION = /^(?:strategies\[\d+\]\.)?(market|company|effects|promo|lockIn|retention)$/;

/**
 * What people call the field at `path`: its label ("Revenue per customer (ARPU)"), with the
 * part of a range ("… (Low)"), a section or a strategy; the path itself when it has no label.
 */
export function issueFieldName(locale: LocaleState, path: string): string {
	if (path === '') return locale.t('issue.theScenario');
	if (path === 'strategies') return locale.t('group.strategies');
	const strategy = /^strategies\[(\d+)\]$/.exec(path);
	if (strategy) return locale.t('strategy.defaultName', { number: Number(strategy[1]) + 1 });
	const section = SECTION.exec(path)?.[1];
	if (section) return locale.t(`group.${section as 'market'}`);
	const key = fieldMessageKey(path, 'label');
	if (!key) return path;
	const label = locale.t(key);
	const part = PART.exec(path)?.[1] as 'low' | 'likely' | 'high' | undefined;
	return part ? `${label} (${locale.t(`input.${part}`)})` : label;
}

/** An unknown key has no label (its path may even look like a known one): show the path. */
function defaultFieldName(locale: LocaleState, issue: ScenarioIssue): string {
	return issue.code === 'field.unknown' ? issue.path : issueFieldName(locale, issue.path);
}

/**
 * The issue as the list above the editor shows it: prefixed with the strategy's name when it
 * is inside one ("Experience-led · Acquisition budget must be …").
 */
export function issueSummaryText(
	locale: LocaleState,
	issue: ScenarioIssue,
	strategyNames: readonly unknown[]
): string {
	let field = defaultFieldName(locale, issue);
	const strategy = /^strategies\[(\d+)\]\./.exec(issue.path);
	if (strategy && !/^strategies\[\d+\]\.name$/.test(issue.path)) {
		const name = strategyNames[Number(strategy[1])];
		if (typeof name === 'string' && name.trim() !== '') field = `${name} · ${field}`;
	}
	return issueText(locale, issue, field);
}

/** A number of `spec`'s field as the person types it: "2%" for 0.02, "1,000" for 1000. */
function shown(locale: LocaleState, spec: FieldSpec | undefined, x: number): string {
	const percent = isPercent(spec);
	return formatInput(toDisplay(x, percent), locale.locale) + (percent ? '%' : '');
}

/**
 * The issue as one sentence in the interface language, naming the field (`field`, by default
 * its label) and what is allowed: "Gross margin must be a value from 0% to 100%."
 */
export function issueText(
	locale: LocaleState,
	issue: ScenarioIssue,
	field: string = defaultFieldName(locale, issue)
): string {
	const spec = specForPath(issue.path.replace(PART, ''));
	const raw = issue.params;
	const num = (name: string) => (typeof raw[name] === 'number' ? (raw[name] as number) : NaN);
	const params: Record<string, string | number> = { field };
	switch (issue.code) {
		case 'number.required':
		case 'number.invalid':
		case 'number.outOfRange':
		case 'number.notInteger': {
			const kind = (raw.range as RangeKind | undefined) ?? 'closed';
			params.range = locale.t(RANGE_KEY[kind] ?? RANGE_KEY.closed, {
				min: shown(locale, spec, num('min')),
				max: shown(locale, spec, num('max'))
			});
			break;
		}
		case 'promo.negativePrice':
			params.limit = shown(locale, spec, num('limit'));
			params.months = num('months');
			break;
		case 'wallet.maxBelowStart':
			params.least = shown(locale, spec, num('least'));
			break;
		case 'market.startingAboveMarket':
			params.addressable = shown(locale, spec, num('addressable'));
			break;
		case 'id.duplicate':
			params.first = num('first') + 1;
			break;
		default:
			for (const [name, value] of Object.entries(raw)) params[name] = value;
	}
	const key = ISSUE_MESSAGE_KEY[issue.code];
	// An issue from an older build (e.g. kept in storage) may carry a code this one lacks.
	return isMessageKey(key ?? '') ? locale.t(key, params) : field;
}
