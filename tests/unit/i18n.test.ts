import { afterEach, describe, expect, it, vi as vitest } from 'vitest';
import { en } from '$lib/i18n/en';
import { vi } from '$lib/i18n/vi';
import {
	LOCALES,
	detectLocale,
	fieldMessageKey,
	isMessageKey,
	placeholdersOf,
	translate,
	type FieldPart,
	type Locale,
	type MessageKey
} from '$lib/i18n';
import {
	EMPTY_VALUE,
	formatCompactNumber,
	formatCount,
	formatDate,
	formatMoney,
	formatMonths,
	formatMultiple,
	formatNumber,
	formatPercent,
	formattersFor
} from '$lib/i18n/format';
import { LOCALE_STORAGE_KEY, LocaleState, initialLocale } from '$lib/state/locale.svelte';
import { MONTHLY_METRICS, TOTALS } from '$lib/sim/types';
import { PRESETS } from '$lib/scenario/presets';

/** Intl separates amount and symbol with (narrow) no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const catalogues: Record<Locale, Record<string, string>> = { en, vi };
const enKeys = Object.keys(en) as MessageKey[];

describe('catalogues', () => {
	it('have the same keys in English and Vietnamese', () => {
		expect(Object.keys(vi).sort()).toEqual([...enKeys].sort());
	});

	it.each(['en', 'vi'] as const)('%s has a non-empty message for every key', (locale) => {
		const empty = enKeys.filter((key) => (catalogues[locale][key] ?? '').trim() === '');
		expect(empty).toEqual([]);
	});

	it('uses the same placeholders in both languages for every key', () => {
		const mismatched = enKeys
			.filter((key) => {
				const a = placeholdersOf(en[key]).sort();
				const b = placeholdersOf(vi[key]).sort();
				return a.join() !== b.join();
			})
			.map((key) => `${key}: en {${placeholdersOf(en[key])}} vi {${placeholdersOf(vi[key])}}`);
		expect(mismatched).toEqual([]);
	});

	it('has no broken placeholder syntax (a brace outside a {name})', () => {
		const broken = Object.entries(catalogues).flatMap(([locale, messages]) =>
			Object.entries(messages)
				.filter(([, text]) => /[{}]/.test(text.replace(/\{\w+\}/g, '')))
				.map(([key]) => `${locale}:${key}`)
		);
		expect(broken).toEqual([]);
	});

	it('translates the Vietnamese terms the trainers use', () => {
		expect(vi['metric.churnRate']).toContain('Tỷ lệ rời bỏ');
		expect(vi['field.company.cac.label']).toBe('Chi phí thu hút khách hàng (CAC)');
		expect(vi['total.clvNew']).toContain('Giá trị vòng đời khách hàng (CLV)');
		expect(vi['metric.nrr']).toBe('Tỷ lệ giữ chân doanh thu ròng (NRR)');
		expect(vi['total.npv']).toBe('Giá trị hiện tại ròng (NPV)');
		expect(vi['field.company.walletShareStart.label']).toContain('Tỷ trọng chi tiêu');
	});
});

/** Every field of MODEL.md section 7, by message group. */
const SCENARIO_FIELDS: Record<string, string[]> = {
	root: [
		'schema',
		'name',
		'currency',
		'horizonMonths',
		'discountRateAnnual',
		'paths',
		'seed',
		'processNoise'
	],
	market: [
		'addressableCustomers',
		'competitorShockRatePerYear',
		'shockChurnMultiplier',
		'shockCacMultiplier',
		'shockDurationMonths'
	],
	company: [
		'startingCustomers',
		'arpuMonthly',
		'grossMargin',
		'matureChurnMonthly',
		'earlyChurnMultiplier',
		'earlyChurnDecayMonths',
		'cac',
		'cacInflationAnnual',
		'saturationElasticity',
		'contactsPerCustomerMonthly',
		'costPerContact',
		'npsStart',
		'walletShareStart',
		'walletShareNew',
		'walletShareMax'
	],
	effects: [
		'churnNpsElasticity',
		'referralRateAtNps100',
		'expansionRateMonthly',
		'expansionNpsElasticity',
		'contactNpsElasticity',
		'detractorCacUplift',
		'unfairnessChurnUplift',
		'promoNpsPenalty',
		'lockInNpsPenalty',
		'npsMaxLift',
		'cxSpendHalfLift',
		'npsLagMonths'
	],
	strategy: [
		'id',
		'name',
		'acquisitionBudgetMonthly',
		'acquisitionBudgetGrowthAnnual',
		'cxInvestmentMonthly',
		'priceIncreaseAnnual',
		'promo',
		'lockIn',
		'retention'
	],
	promo: ['discount', 'months', 'conversionLift', 'exclusiveToNew', 'dealSeekerChurnMultiplier'],
	lockIn: ['share', 'months', 'inContractChurnMultiplier', 'expiryChurn'],
	retention: ['hazardReduction', 'costPerCustomerMonthly']
};
const PARTS: FieldPart[] = ['label', 'help', 'unit'];

describe('scenario field messages', () => {
	const expected = Object.entries(SCENARIO_FIELDS).flatMap(([group, fields]) =>
		fields.flatMap((field) => PARTS.map((part) => `field.${group}.${field}.${part}`))
	);

	it('give every field of the scenario format a label, a help sentence and a unit hint', () => {
		expect(expected.filter((key) => !isMessageKey(key))).toEqual([]);
	});

	it('exist only for fields of the scenario format', () => {
		const extra = enKeys.filter((key) => key.startsWith('field.') && !expected.includes(key));
		expect(extra).toEqual([]);
	});

	it('write help texts as one sentence ending with a full stop', () => {
		const bad = Object.entries(catalogues).flatMap(([locale, messages]) =>
			expected
				.filter((key) => key.endsWith('.help'))
				.filter((key) => {
					const text = messages[key] ?? '';
					// One sentence: a final full stop and no ". " that starts another sentence.
					return !text.endsWith('.') || /\.\s+\p{Lu}/u.test(text.replace(/e\.g\./g, ''));
				})
				.map((key) => `${locale}:${key}`)
		);
		expect(bad).toEqual([]);
	});

	it('cover every field of every preset scenario', () => {
		const paths: string[] = [];
		const walk = (value: unknown, path: string) => {
			if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
			else if (value !== null && typeof value === 'object' && !('likely' in value)) {
				for (const [key, child] of Object.entries(value)) {
					const childPath = path === '' ? key : `${path}.${key}`;
					if (!['market', 'company', 'effects', 'strategies'].includes(childPath))
						paths.push(childPath);
					walk(child, childPath);
				}
			}
		};
		for (const preset of PRESETS) walk(preset.scenario, '');
		expect(paths.length).toBeGreaterThan(20);
		expect(paths.filter((path) => fieldMessageKey(path, 'label') === undefined)).toEqual([]);
	});

	it.each([
		['company.cac', 'field.company.cac.label'],
		['company.cac.likely', 'field.company.cac.label'],
		['horizonMonths', 'field.root.horizonMonths.label'],
		['strategies[1].lockIn.months', 'field.lockIn.months.label'],
		['strategies[0].promo.conversionLift.high', 'field.promo.conversionLift.label'],
		['strategies[2].retention', 'field.strategy.retention.label'],
		['strategies[0].cxInvestmentMonthly', 'field.strategy.cxInvestmentMonthly.label'],
		['effects.npsLagMonths', 'field.effects.npsLagMonths.label'],
		['market.nonsense', undefined],
		['strategies', undefined],
		['', undefined]
	])('maps the field path %j to %j', (path, key) => {
		expect(fieldMessageKey(path, 'label')).toBe(key);
	});
});

describe('metric and total labels', () => {
	it.each(MONTHLY_METRICS)('monthly metric %s has a label and a description', (metric) => {
		expect(isMessageKey(`metric.${metric}`)).toBe(true);
		expect(isMessageKey(`metricHelp.${metric}`)).toBe(true);
	});

	it.each(TOTALS)('total %s has a label and a description', (total) => {
		expect(isMessageKey(`total.${total}`)).toBe(true);
		expect(isMessageKey(`totalHelp.${total}`)).toBe(true);
	});
});

describe('translate', () => {
	it('fills placeholders in the chosen language', () => {
		const params = {
			probability: '72%',
			paths: '10,000',
			challenger: 'Experience-led',
			baseline: 'Acquisition-heavy',
			years: 5,
			advantage: '$4.2M',
			month: 27
		};
		expect(translate('en', 'verdict.pullsAhead', params)).toBe(
			'In 72% of 10,000 simulated futures, Experience-led earns a higher 5-year NPV than Acquisition-heavy; median advantage $4.2M; it pulls ahead for good in month 27.'
		);
		const vietnamese = translate('vi', 'verdict.pullsAhead', params);
		expect(vietnamese).toContain('từ tháng 27');
		expect(vietnamese).not.toMatch(/\{\w+\}/);
	});

	it('prints number parameters in the locale’s style', () => {
		expect(translate('en', 'status.progress', { done: 2500, total: 10000 })).toBe(
			'2,500 of 10,000 paths'
		);
		expect(plain(translate('vi', 'status.progress', { done: 2500, total: 10000 }))).toBe(
			'2.500/10.000 lượt mô phỏng'
		);
	});

	it('leaves a placeholder visible when its parameter is missing', () => {
		expect(translate('en', 'status.progress', { done: 3 })).toBe('3 of {total} paths');
		expect(translate('en', 'status.progress')).toBe('{done} of {total} paths');
	});

	it('ignores extra parameters and never reads inherited properties', () => {
		expect(translate('en', 'library.saved', { name: 'Q3 plan', other: 'x' })).toBe(
			'Saved “Q3 plan”.'
		);
		expect(translate('en', 'legend.cohortYear', {})).toBe('Won in year {year}');
		expect(translate('en', 'legend.cohortYear', Object.create({ year: 3 }))).toBe(
			'Won in year {year}'
		);
	});

	it('returns the message unchanged when there are no parameters', () => {
		expect(translate('vi', 'action.copyLink')).toBe('Sao chép liên kết');
		expect(translate('en', 'action.copyLink')).toBe('Copy link');
	});
});

describe('detectLocale', () => {
	it.each([
		[['vi-VN', 'en-US'], 'vi'],
		[['en-US', 'en', 'vi'], 'vi'],
		[['VI'], 'vi'],
		[['vi_VN'], 'vi'],
		[['en-GB'], 'en'],
		[['fr-FR', 'de'], 'en'],
		[['vai'], 'en'],
		[['video'], 'en'],
		[[], 'en']
	] as const)('%j → %s', (languages, locale) => {
		expect(detectLocale(languages)).toBe(locale);
	});

	it('lists both locales, each named in its own language', () => {
		expect(LOCALES).toEqual([
			{ code: 'en', name: 'English' },
			{ code: 'vi', name: 'Tiếng Việt' }
		]);
	});
});

describe('formatMoney', () => {
	it('prints VND without decimals', () => {
		expect(plain(formatMoney(1_200_000, { locale: 'vi', currency: 'VND' }))).toBe('1.200.000 ₫');
		expect(plain(formatMoney(1_234.56, { locale: 'vi', currency: 'VND' }))).toBe('1.235 ₫');
		expect(plain(formatMoney(99.5, { locale: 'vi', currency: 'VND' }))).toBe('100 ₫');
		expect(formatMoney(1_200_000, { locale: 'en', currency: 'VND' })).not.toMatch(/[.,]\d{2}$/);
	});

	it('prints USD in full and compact forms', () => {
		expect(formatMoney(4_200_000, { locale: 'en', currency: 'USD' })).toBe('$4,200,000');
		expect(formatMoney(4_200_000, { locale: 'en', currency: 'USD', compact: true })).toBe('$4.2M');
		expect(formatMoney(-4_200_000, { locale: 'en', currency: 'USD', compact: true })).toBe(
			'-$4.2M'
		);
		expect(formatMoney(12.5, { locale: 'en', currency: 'USD' })).toBe('$12.50');
		expect(formatMoney(12.5, { locale: 'en', currency: 'usd', digits: 0 })).toBe('$13');
	});

	it('spells out Vietnamese compact magnitudes', () => {
		const compact = (value: number, currency = 'VND') =>
			plain(formatMoney(value, { locale: 'vi', currency, compact: true }));
		expect(compact(1.2e9)).toContain('tỷ');
		expect(compact(1.2e9)).toBe('1,2 tỷ ₫');
		expect(compact(350e6)).toBe('350 triệu ₫');
		expect(compact(-3.5e9)).toBe('-3,5 tỷ ₫');
		expect(compact(1.2e12)).toBe('1,2 nghìn tỷ ₫');
		expect(compact(800)).toBe('800 ₫');
		expect(compact(-0.0001)).toBe('0 ₫');
		expect(formatMoney(12.5, { locale: 'en', currency: 'USD', compact: true })).toBe('$12.50');
		expect(compact(4.2e6, 'USD')).toBe('4,2 triệu US$');
	});

	it('never prints a negative zero', () => {
		expect(formatMoney(-0.001, { locale: 'en', currency: 'USD' })).toBe('$0.00');
		expect(formatPercent(-0.00001, { locale: 'en' })).toBe('0%');
	});

	it('does not throw on a malformed currency code', () => {
		expect(formatMoney(1500, { locale: 'en', currency: 'DOLLARS' })).toBe('1,500 DOLLARS');
	});
});

describe('other formatters', () => {
	it('formats percentages with at most the given digits', () => {
		expect(formatPercent(0.125, { locale: 'en' })).toBe('12.5%');
		expect(formatPercent(0.125, { locale: 'vi' })).toBe('12,5%');
		expect(formatPercent(0.125, { locale: 'en', digits: 0 })).toBe('13%');
		expect(formatPercent(0.02345, { locale: 'en', digits: 2 })).toBe('2.35%');
		expect(formatPercent(0.5, { locale: 'en', digits: 1 })).toBe('50%');
	});

	it('formats counts, numbers, months, multiples and compact numbers', () => {
		expect(formatCount(12_345.6, { locale: 'en' })).toBe('12,346');
		expect(formatCount(12_345.6, { locale: 'vi' })).toBe('12.346');
		expect(formatNumber(1234.567, { locale: 'en' })).toBe('1,234.57');
		expect(formatNumber(1234.567, { locale: 'vi', digits: 1 })).toBe('1.234,6');
		expect(formatMonths(18, { locale: 'en' })).toBe('18 months');
		expect(formatMonths(1, { locale: 'en' })).toBe('1 month');
		expect(formatMonths(14.5, { locale: 'vi' })).toBe('14,5 tháng');
		expect(formatMultiple(2.43, { locale: 'en' })).toBe('2.4×');
		expect(formatMultiple(2.43, { locale: 'vi' })).toBe('2,4×');
		expect(formatCompactNumber(1_200_000, { locale: 'en' })).toBe('1.2M');
		expect(formatCompactNumber(1_200_000, { locale: 'vi' })).toBe('1,2 triệu');
	});

	it('formats dates in each locale and rejects invalid ones', () => {
		const date = new Date(2025, 0, 5, 14, 30);
		expect(formatDate(date, { locale: 'en' })).toBe('Jan 5, 2025');
		expect(formatDate(date.getTime(), { locale: 'vi' })).toMatch(/^5 .*1.*2025$/);
		expect(formatDate(date, { locale: 'en', withTime: true })).toMatch(/2:30/);
		expect(formatDate('not a date', { locale: 'en' })).toBe(EMPTY_VALUE);
	});

	it.each([NaN, undefined, null, Infinity])('prints %s as a dash everywhere', (value) => {
		for (const locale of ['en', 'vi'] as const) {
			expect(formatMoney(value, { locale, currency: 'USD' })).toBe('—');
			expect(formatMoney(value, { locale, currency: 'VND', compact: true })).toBe('—');
			expect(formatNumber(value, { locale })).toBe('—');
			expect(formatCount(value, { locale })).toBe('—');
			expect(formatPercent(value, { locale })).toBe('—');
			expect(formatMonths(value, { locale })).toBe('—');
			expect(formatMultiple(value, { locale })).toBe('—');
			expect(formatCompactNumber(value, { locale })).toBe('—');
		}
		expect(formatDate(value === null || value === undefined ? value : NaN, { locale: 'en' })).toBe(
			'—'
		);
	});

	it('binds formatters to a locale and reuses them', () => {
		const vietnamese = formattersFor('vi');
		expect(formattersFor('vi')).toBe(vietnamese);
		expect(plain(vietnamese.money(1.2e9, 'VND', true))).toBe('1,2 tỷ ₫');
		expect(vietnamese.percent(0.125)).toBe('12,5%');
		expect(formattersFor('en').money(4.2e6, 'USD', true)).toBe('$4.2M');
	});
});

describe('LocaleState', () => {
	afterEach(() => {
		vitest.unstubAllGlobals();
	});

	function stubBrowser(languages: string[], saved: Record<string, string> = {}) {
		const store = new Map(Object.entries(saved));
		const localStorage = {
			getItem: (key: string) => store.get(key) ?? null,
			setItem: (key: string, value: string) => void store.set(key, value)
		};
		const documentElement = { lang: '' };
		vitest.stubGlobal('window', { localStorage });
		vitest.stubGlobal('navigator', { languages, language: languages[0] });
		vitest.stubGlobal('document', { documentElement });
		return { store, documentElement };
	}

	it('starts in English without a window (server rendering)', () => {
		expect(typeof window).toBe('undefined');
		expect(initialLocale()).toBe('en');
		expect(new LocaleState().locale).toBe('en');
	});

	it('follows the browser on a first visit and a saved choice afterwards', () => {
		stubBrowser(['en-US', 'vi']);
		expect(new LocaleState().locale).toBe('vi');
		vitest.unstubAllGlobals();
		stubBrowser(['vi-VN'], { [LOCALE_STORAGE_KEY]: 'en' });
		expect(new LocaleState().locale).toBe('en');
	});

	it('switches language, remembers it and updates <html lang>', () => {
		const { store, documentElement } = stubBrowser(['en-US']);
		const state = new LocaleState();
		expect(state.t('action.save')).toBe('Save');
		state.set('vi');
		expect(state.locale).toBe('vi');
		expect(store.get(LOCALE_STORAGE_KEY)).toBe('vi');
		const { t } = state;
		expect(t('action.save')).toBe('Lưu');
		expect(state.format.percent(0.125)).toBe('12,5%');
		state.applyToDocument();
		expect(documentElement.lang).toBe('vi');
	});

	it('still switches when storage refuses to save', () => {
		vitest.stubGlobal('window', {
			localStorage: {
				getItem: () => {
					throw new Error('denied');
				},
				setItem: () => {
					throw new Error('quota');
				}
			}
		});
		vitest.stubGlobal('navigator', { languages: ['vi'] });
		const state = new LocaleState();
		expect(state.locale).toBe('vi');
		state.set('en');
		expect(state.locale).toBe('en');
	});
});
