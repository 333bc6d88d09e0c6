/**
 * Validation issues carry rule codes and are translated by them: every code has a message in
 * both languages naming the field and what is allowed, every issue the validator raises has a
 * known code, the translation does not depend on the English sentence, and no interface code
 * recognises a rule by its words.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/en';
import { vi } from '$lib/i18n/vi';
import { placeholdersOf, type Locale } from '$lib/i18n';
import { ISSUE_CODES, type IssueCode } from '$lib/scenario/issue-codes';
import { FIELDS, validateScenario, type FieldSpec } from '$lib/scenario/schema';
import type { ScenarioIssue } from '$lib/scenario/types';
import { LocaleState } from '$lib/state/locale.svelte';
import { ISSUE_MESSAGE_KEY, issueFieldName, issueSummaryText, issueText } from '$lib/ui/issue-text';
import { formatInput } from '$lib/ui/number-input';
import { richScenario } from './helpers/scenarios';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const catalogues: Record<Locale, Record<string, string>> = { en, vi };

function base(): Json {
	const scenario: Json = structuredClone(richScenario());
	scenario.strategies[1].retention = { hazardReduction: 0.2, costPerCustomerMonthly: 1 };
	return scenario;
}

/** A concrete path for a field of `FIELDS` in `base()`. */
function pathOf(spec: FieldSpec): string {
	if (spec.group === 'strategy') return `strategies[0].${spec.key}`;
	if (spec.group === 'retention') return `strategies[1].retention.${spec.key}`;
	if (spec.group === 'promo' || spec.group === 'lockIn')
		return `strategies[0].${spec.group}.${spec.key}`;
	return spec.group === 'root' ? spec.key : `${spec.group}.${spec.key}`;
}

function setAt(target: Json, path: string, value: unknown): void {
	const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
	const last = keys.pop()!;
	let node = target;
	for (const key of keys) node = node[key];
	if (value === undefined) delete node[last];
	else node[last] = value;
}

function issuesOf(edit: (s: Json) => void): ScenarioIssue[] {
	const scenario = base();
	edit(scenario);
	const result = validateScenario(scenario);
	return result.ok ? [] : result.issues;
}

interface Case {
	name: string;
	edit: (s: Json) => void;
	path: string;
	code: IssueCode;
}

function cases(): Case[] {
	const list: Case[] = [];
	for (const spec of FIELDS) {
		const path = pathOf(spec);
		const inside = spec.exclusiveMin ? spec.min + 1 : spec.min;
		list.push({
			name: `${path} above max`,
			edit: (s) => setAt(s, path, spec.max * 2 + 1),
			path,
			code: 'number.outOfRange'
		});
		list.push({
			name: `${path} below min`,
			edit: (s) => setAt(s, path, spec.min - 1),
			path,
			code: 'number.outOfRange'
		});
		list.push({
			name: `${path} text`,
			edit: (s) => setAt(s, path, '12abc'),
			path,
			code: 'number.invalid'
		});
		list.push({
			name: `${path} Infinity`,
			edit: (s) => setAt(s, path, Infinity),
			path,
			code: 'number.invalid'
		});
		if (spec.required)
			list.push({
				name: `${path} missing`,
				edit: (s) => setAt(s, path, undefined),
				path,
				code: 'number.required'
			});
		if (spec.integer)
			list.push({
				name: `${path} fractional`,
				edit: (s) => setAt(s, path, spec.min + 0.5),
				path,
				code: 'number.notInteger'
			});
		if (spec.uncertain) {
			list.push({
				name: `${path} range out of order`,
				edit: (s) => setAt(s, path, { low: inside + 0.5, likely: inside, high: inside + 0.5 }),
				path,
				code: 'range.order'
			});
			list.push({
				name: `${path} range high above max`,
				edit: (s) => setAt(s, path, { low: inside, likely: inside, high: spec.max * 2 + 1 }),
				path: `${path}.high`,
				code: 'number.outOfRange'
			});
		}
	}
	const explicit: Case[] = [
		{
			name: 'unknown key',
			edit: (s) => (s.company.arpu = 3),
			path: 'company.arpu',
			code: 'field.unknown'
		},
		{ name: 'market null', edit: (s) => (s.market = null), path: 'market', code: 'object.invalid' },
		{ name: 'empty name', edit: (s) => (s.name = ''), path: 'name', code: 'text.length' },
		{
			name: 'long strategy name',
			edit: (s) => (s.strategies[1].name = 'x'.repeat(61)),
			path: 'strategies[1].name',
			code: 'text.length'
		},
		{
			name: 'bad id',
			edit: (s) => (s.strategies[0].id = 'Not OK'),
			path: 'strategies[0].id',
			code: 'id.format'
		},
		{
			name: 'duplicate id',
			edit: (s) => (s.strategies[1].id = s.strategies[0].id),
			path: 'strategies[1].id',
			code: 'id.duplicate'
		},
		{
			name: 'currency',
			edit: (s) => (s.currency = 'usd'),
			path: 'currency',
			code: 'currency.code'
		},
		{ name: 'seed', edit: (s) => (s.seed = ''), path: 'seed', code: 'seed.format' },
		{
			name: 'processNoise',
			edit: (s) => (s.processNoise = 'yes'),
			path: 'processNoise',
			code: 'boolean.invalid'
		},
		{ name: 'schema 2', edit: (s) => (s.schema = 2), path: 'schema', code: 'schema.version' },
		{
			name: 'no strategies',
			edit: (s) => (s.strategies = []),
			path: 'strategies',
			code: 'strategies.count'
		},
		{
			name: 'negative price',
			edit: (s) =>
				Object.assign(s.strategies[0].promo, { exclusiveToNew: false, discount: 0.8, months: 24 }),
			path: 'strategies[0].promo.discount',
			code: 'promo.negativePrice'
		},
		{
			name: 'wallet max below start',
			edit: (s) => (s.company.walletShareMax = 0.3),
			path: 'company.walletShareMax',
			code: 'wallet.maxBelowStart'
		},
		{
			name: 'starting above market',
			edit: (s) => (s.company.startingCustomers = s.market.addressableCustomers + 1),
			path: 'company.startingCustomers',
			code: 'market.startingAboveMarket'
		},
		{
			name: 'unreadable',
			edit: (s) =>
				Object.defineProperty(s.company, 'cac', {
					enumerable: true,
					get() {
						throw new Error('boom');
					}
				}),
			path: '',
			code: 'scenario.unreadable'
		}
	];
	return [...list, ...explicit];
}

describe('rule codes', () => {
	it.each(cases().map((c) => [c.name, c] as const))('%s is reported with its code', (_name, c) => {
		const issues = issuesOf(c.edit);
		const codes = issues.filter((i) => i.path === c.path).map((i) => i.code);
		expect(codes, JSON.stringify(issues)).toContain(c.code);
		for (const issue of issues) expect(ISSUE_CODES).toContain(issue.code);
	});

	it('every code is raised by some case', () => {
		const raised = new Set(cases().flatMap((c) => issuesOf(c.edit).map((i) => i.code)));
		expect([...ISSUE_CODES].filter((code) => !raised.has(code))).toEqual([]);
	});
});

describe('translation by code', () => {
	it('every code has a message in English and Vietnamese that names the field', () => {
		for (const code of ISSUE_CODES) {
			const key = ISSUE_MESSAGE_KEY[code];
			for (const locale of ['en', 'vi'] as const) {
				const text = catalogues[locale][key];
				expect(text, `${locale} ${key}`).toBeTruthy();
				expect(placeholdersOf(text!), `${locale} ${key}`).toContain('field');
				if (code.startsWith('number.')) expect(placeholdersOf(text!)).toContain('range');
			}
		}
		for (const kind of ['closed', 'aboveMin', 'integer']) {
			for (const locale of ['en', 'vi'] as const) {
				expect(placeholdersOf(catalogues[locale][`issue.rangeText.${kind}`]!).sort()).toEqual([
					'max',
					'min'
				]);
			}
		}
	});

	it.each(['en', 'vi'] as const)(
		'%s: a number out of range names the field and the allowed range',
		(code) => {
			const locale = new LocaleState(code);
			for (const spec of FIELDS) {
				const path = pathOf(spec);
				const [issue] = issuesOf((s) => setAt(s, path, spec.max * 2 + 1)).filter(
					(i) => i.path === path
				);
				const text = issueText(locale, issue!);
				expect(text).toContain(issueFieldName(locale, path));
				const percent = spec.unit === 'fraction' || spec.unit === 'rate';
				const show = (x: number) =>
					formatInput(Number((percent ? x * 100 : x).toPrecision(10)), code) + (percent ? '%' : '');
				expect(text, path).toContain(show(spec.min));
				expect(text, path).toContain(show(spec.max));
				expect(text).not.toMatch(/\{\w+\}|∞|Infinity|NaN|undefined/);
			}
		}
	);

	it('words fields in the units they are entered in, in both languages', () => {
		const [margin] = issuesOf((s) => (s.company.grossMargin = 1.5));
		expect(issueText(new LocaleState('en'), margin!)).toBe(
			'Gross margin must be a value from 0% to 100%.'
		);
		expect(issueText(new LocaleState('vi'), margin!)).toBe(
			'Biên lợi nhuận gộp phải là một giá trị từ 0% đến 100%.'
		);
		const [months] = issuesOf((s) => (s.strategies[0].lockIn.months = 2.5));
		expect(issueText(new LocaleState('en'), months!)).toMatch(
			/a whole number from 1 to 60, without decimals\.$/
		);
		const [order] = issuesOf((s) => (s.company.arpuMonthly = { low: 40, likely: 30, high: 50 }));
		expect(order!.code).toBe('range.order');
		expect(issueText(new LocaleState('vi'), order!)).toMatch(/giá trị thấp không được lớn hơn/);
	});

	it('translates the cross-field rules with their numbers', () => {
		const en = new LocaleState('en');
		const vi = new LocaleState('vi');
		const [market] = issuesOf((s) => (s.company.startingCustomers = 500_000));
		expect(issueText(en, market!)).toContain('400,000');
		expect(issueText(vi, market!)).toContain('400.000');
		const [wallet] = issuesOf((s) => (s.company.walletShareMax = 0.3));
		expect(issueText(vi, wallet!)).toMatch(/^Tỷ trọng chi tiêu .* từ 50% đến 100%/);
		const [promo] = issuesOf((s) =>
			Object.assign(s.strategies[0].promo, { exclusiveToNew: false, discount: 0.8, months: 24 })
		);
		expect(issueText(en, promo!)).toContain(
			'at most 50% when everyone gets the offer for 24 months'
		);
		const [dup] = issuesOf((s) => (s.strategies[1].id = s.strategies[0].id));
		expect(issueText(en, dup!)).toContain('strategy 1 already has this one');
	});

	it('prefixes the strategy name in the list above the editor', () => {
		const [issue] = issuesOf((s) => (s.strategies[1].acquisitionBudgetMonthly = -1));
		expect(issueSummaryText(new LocaleState('en'), issue!, ['Acquisition', 'Experience'])).toMatch(
			/^Experience · Acquisition budget/
		);
	});

	it('does not depend on the English sentence', () => {
		for (const locale of [new LocaleState('en'), new LocaleState('vi')]) {
			for (const c of cases()) {
				for (const issue of issuesOf(c.edit)) {
					const garbled = {
						...issue,
						message: 'negative price must be unique low ≤ likely ≤ high walletShareStart'
					};
					expect(issueText(locale, garbled)).toBe(issueText(locale, issue));
					expect(issueSummaryText(locale, garbled, ['a', 'b'])).toBe(
						issueSummaryText(locale, issue, ['a', 'b'])
					);
				}
			}
		}
	});
});

/** Every source file under `dir`. */
function sources(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sources(path);
		return /\.(ts|svelte)$/.test(name) ? [path] : [];
	});
}

describe('interface code', () => {
	it('never recognises a validation rule by the words of its message', () => {
		// A rule read from its words: `message.includes(…)`, `/…/.test(issue.message)`, etc.
		const matching =
			/\bmessage\b[\w?.!\]]*\.(includes|startsWith|endsWith|match|matchAll|search|indexOf|replace)\(|\.(test|exec)\([^)]*\bmessage\b/;
		const offenders = ['src/lib/ui', 'src/lib/state', 'src/routes']
			.flatMap(sources)
			.filter((file) =>
				readFileSync(file, 'utf8')
					.split('\n')
					.some((line) => matching.test(line))
			);
		expect(offenders).toEqual([]);
		// The matcher does catch what the editor used to do.
		expect(
			matching.test("if (path.endsWith('.promo.discount') && message.includes('negative price'))")
		).toBe(true);
		expect(matching.test('return /low ≤ likely ≤ high/.test(issue.message)')).toBe(true);
	});
});
