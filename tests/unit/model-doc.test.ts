/**
 * The model page's two languages are held in step: the same sections in the same order, the same
 * formulas, the same scenario fields named, the same tables; and every number it quotes from the
 * engine or the validator is read from the code (none is typed into the text).
 */
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Locale } from '$lib/i18n';
import { BOUNDS, FIELDS, KEY_ORDER } from '$lib/scenario/fields';
import { BAND_VALUE_BUDGET, BLOCK_PATHS } from '$lib/sim/blocks';
import { MONTHLY_METRICS } from '$lib/sim/types';
import ModelDocEn from '$lib/ui/ModelDoc.en.svelte';
import ModelDocVi from '$lib/ui/ModelDoc.vi.svelte';
import { DRAWN_METRICS } from '$lib/ui/drawn-metrics';
import { modelFacts } from '$lib/ui/model-doc-facts';

const html: Record<Locale, string> = {
	en: render(ModelDocEn).body,
	vi: render(ModelDocVi).body
};

const text = (fragment: string) =>
	fragment
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Names of scenario fields (any key of the format) mentioned in <code>. */
function fieldNames(page: string): string[] {
	const keys = new Set([...FIELDS.map((f) => f.key), ...Object.values(KEY_ORDER).flat()]);
	const names = new Set<string>();
	for (const [, code] of page.matchAll(/<code>([\s\S]*?)<\/code>/g)) {
		for (const [token] of text(code!).matchAll(
			/[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*/g
		)) {
			if (keys.has(token.split('.').pop()!) && token.length > 3) names.add(token);
		}
	}
	return [...names].sort();
}

function shape(page: string) {
	return {
		headings: [...page.matchAll(/<h([23])[^>]*\sid="([^"]+)"/g)].map((m) => `h${m[1]}#${m[2]}`),
		formulas: [...page.matchAll(/<pre class="formula">([\s\S]*?)<\/pre>/g)].map((m) => text(m[1]!)),
		tables: [...page.matchAll(/<table[\s\S]*?<\/table>/g)].map(
			(m) => (m[0].match(/<tr/g) ?? []).length
		),
		links: [...page.matchAll(/href="([^"]+)"/g)].map((m) => m[1])
	};
}

describe('model page', () => {
	it('has the same structure in English and Vietnamese', () => {
		const en = shape(html.en);
		const vi = shape(html.vi);
		expect(vi.headings).toEqual(en.headings);
		expect(vi.formulas).toEqual(en.formulas);
		expect(vi.tables).toEqual(en.tables);
		expect(vi.links).toEqual(en.links);
		expect(en.headings.length).toBeGreaterThan(20);
	});

	it('names the same scenario fields in both languages', () => {
		expect(fieldNames(html.vi)).toEqual(fieldNames(html.en));
		expect(fieldNames(html.en)).toContain('cxInvestmentMonthly');
	});

	it('keeps a section on process noise in both languages', () => {
		for (const page of Object.values(html)) expect(page).toContain('id="pool-noise"');
	});

	it.each(['en', 'vi'] as const)(
		'%s: quotes the engine constants and the bounds from the code',
		(locale) => {
			const facts = modelFacts(locale);
			const page = text(html[locale]);
			for (const quoted of [
				facts.bandValueBudget,
				facts.blockPaths,
				facts.drawnMetrics,
				facts.allMetrics,
				facts.paths.default,
				facts.paths.max,
				facts.horizonYears.max,
				...Object.values(facts.bounds).map((b) => b.words)
			])
				expect(page).toContain(quoted);
			// The facts are the code's numbers.
			const plain = (s: string) => Number(s.replace(/[.,\s]/g, ''));
			expect(plain(facts.blockPaths)).toBe(BLOCK_PATHS);
			expect(plain(facts.drawnMetrics)).toBe(DRAWN_METRICS.length);
			expect(plain(facts.allMetrics)).toBe(MONTHLY_METRICS.length);
			expect(facts.bounds.customers.power).toBe(`10${'¹⁰'}`);
			expect(facts.bounds.monthlyMoney.power).toBe('10¹⁶');
			expect(BOUNDS.contactsPerCustomerMonthly).toBe(
				plain(facts.bounds.contactsPerCustomerMonthly.words)
			);
			const millions = BAND_VALUE_BUDGET / 1e6;
			expect(facts.bandValueBudget).toBe(
				locale === 'en' ? `${millions} million` : `${millions} triệu`
			);
		}
	);

	it('types none of those numbers into its text', () => {
		for (const file of ['src/lib/ui/ModelDoc.en.svelte', 'src/lib/ui/ModelDoc.vi.svelte']) {
			const source = readFileSync(file, 'utf8');
			expect(source).not.toMatch(
				/\b[24]0 million|\b[24]0 triệu|500-path|500 lượt|\b8 metrics|all 17|cả 17|10[,.]000\)|20 years|20 năm/
			);
		}
	});
});
