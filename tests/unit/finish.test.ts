/** Small helpers of the page's finish: label wrapping, names that follow the language, currencies. */
import { describe, expect, it } from 'vitest';
import { wrapText } from '$lib/charts/geometry/scales';
import { currencyOptions, isCurrencyCode } from '$lib/i18n/currencies';
import { PRESETS, presetNames, translatedNames } from '../../src/lib/scenario/presets/index';

describe('wrapText', () => {
	const perLine = (px: number, font = 12) => Math.floor(px / (font * 0.62));

	it('keeps every word of a long label on lines that fit, without cutting it', () => {
		const name = 'Share-of-wallet growth sensitivity to NPS';
		const lines = wrapText(name, 150, 12);
		expect(lines.join(' ')).toBe(name);
		expect(lines.length).toBeGreaterThan(1);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(perLine(150));
	});

	it('leaves a short label alone and cuts only what does not fit in the last line', () => {
		expect(wrapText('Churn', 150, 12)).toEqual(['Churn']);
		const lines = wrapText('one two three four five six seven eight nine ten', 40, 12, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1]!.endsWith('…')).toBe(true);
	});
});

describe('translatedNames', () => {
	it("renames a preset's own names to the new language, both ways", () => {
		for (const preset of PRESETS) {
			const en = presetNames(preset, 'en');
			const vi = presetNames(preset, 'vi');
			const scenario = {
				name: en.scenario,
				strategies: preset.scenario.strategies.map((s) => ({ id: s.id, name: s.name }))
			};
			const toVi = translatedNames(scenario, 'en', 'vi');
			if (en.scenario === vi.scenario && en.strategies.join() === vi.strategies.join()) continue;
			expect(toVi).toEqual(vi);
			const back = translatedNames(
				{
					name: vi.scenario,
					strategies: scenario.strategies.map((s, i) => ({ ...s, name: vi.strategies[i]! }))
				},
				'vi',
				'en'
			);
			expect(back).toEqual(en);
		}
	});

	it('keeps names a person typed', () => {
		const preset = PRESETS.find((p) => p.id === 'telecom-turnaround')!;
		const en = presetNames(preset, 'en');
		const vi = presetNames(preset, 'vi');
		const scenario = {
			name: 'Our Q3 plan',
			strategies: [
				{ id: preset.scenario.strategies[0]!.id, name: 'Plan A' },
				{ id: preset.scenario.strategies[1]!.id, name: en.strategies[1]! }
			]
		};
		expect(translatedNames(scenario, 'en', 'vi')).toEqual({
			scenario: 'Our Q3 plan',
			strategies: ['Plan A', vi.strategies[1]]
		});
		expect(translatedNames({ name: 'x', strategies: [] }, 'en', 'vi')).toBeUndefined();
		expect(translatedNames(scenario, 'en', 'en')).toBeUndefined();
	});
});

describe('currencies', () => {
	it('lists every ISO code Intl knows, VND, USD and EUR first, each named in the language', () => {
		const en = currencyOptions('en');
		expect(en.slice(0, 3).map((c) => c.code)).toEqual(['VND', 'USD', 'EUR']);
		expect(en.length).toBeGreaterThan(100);
		expect(new Set(en.map((c) => c.code)).size).toBe(en.length);
		for (const option of en) expect(option.code).toMatch(/^[A-Z]{3}$/);
		expect(en.find((c) => c.code === 'JPY')!.name).toBe('Japanese Yen');
		expect(currencyOptions('vi').find((c) => c.code === 'VND')!.name).toMatch(/Việt Nam/i);
		expect(isCurrencyCode('VND')).toBe(true);
		expect(isCurrencyCode('XYZ')).toBe(false);
	});
});
