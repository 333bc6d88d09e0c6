/**
 * Scenario links and files (STYLE.md practice 12): every valid scenario survives a round trip,
 * every kind of damaged link is reported with its own error kind and never throws, older link
 * versions are migrated, and the committed fixtures keep decoding to the same scenario.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	CURRENT_LINK_VERSION,
	MAX_PAYLOAD_BYTES,
	decodeScenarioLink,
	encodePresetLink,
	encodeScenarioLink,
	migrateEnvelope,
	migrations,
	packLink,
	packPayload,
	scenarioFromFile,
	scenarioToFile,
	type LinkErrorKind,
	type LinkResult,
	type Migrations
} from '../../src/lib/scenario/link-codec';
import { PRESETS, presetById, type Preset } from '../../src/lib/scenario/presets/index';
import { defaultScenario } from '../../src/lib/scenario/presets/default';
import { BOUNDS } from '../../src/lib/scenario/fields';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Pert, Scenario, Strategy, Uncertain } from '../../src/lib/scenario/types';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'links');
const ALL_KINDS: LinkErrorKind[] = [
	'not-a-scenario-link',
	'bad-encoding',
	'truncated',
	'corrupt',
	'newer-version',
	'unknown-preset',
	'invalid-scenario'
];

// ---------------------------------------------------------------------------------------------
// Arbitraries: valid, normalised scenarios within the MODEL.md section-7 ranges
// ---------------------------------------------------------------------------------------------

/** The largest money amounts (per customer; budgets go higher), to exercise big magnitudes. */
const BIG = BOUNDS.perCustomerMoney;

interface Range {
	integer?: boolean;
	/** The value must be strictly greater than `min`. */
	exclusiveMin?: boolean;
}

/** A number in [min, max] (or (min, max]); -0 is mapped to 0, as the validator writes it. */
function num(min: number, max: number, range: Range = {}): fc.Arbitrary<number> {
	if (range.integer) return fc.integer({ min: range.exclusiveMin ? min + 1 : min, max });
	return fc
		.double({ min, max, minExcluded: range.exclusiveMin, noNaN: true, noDefaultInfinity: true })
		.map((x) => (x === 0 ? 0 : x));
}

/** A PERT range inside [min, max]: three draws, sorted. */
function pert(min: number, max: number, range: Range = {}): fc.Arbitrary<Pert> {
	return fc
		.tuple(num(min, max, range), num(min, max, range), num(min, max, range))
		.map((xs) => xs.sort((a, b) => a - b))
		.map(([low, likely, high]) => ({ low: low!, likely: likely!, high: high! }));
}

/** An uncertain field: a plain number or a PERT range. */
function uncertain(min: number, max: number, range: Range = {}): fc.Arbitrary<Uncertain> {
	return fc.oneof(num(min, max, range), pert(min, max, range));
}

const promoArb = fc
	.record({
		discount: num(0, 1),
		months: num(1, 36, { integer: true }),
		conversionLift: uncertain(0, 10),
		exclusiveToNew: fc.boolean(),
		dealSeekerChurnMultiplier: uncertain(1, 20)
	})
	// An equal offer to existing customers may not cost more than a year's price.
	.map((promo) =>
		promo.exclusiveToNew
			? promo
			: { ...promo, discount: promo.discount * Math.min(1, 12 / promo.months) }
	);

const lockInArb = fc.record({
	share: num(0, 1),
	months: num(1, 60, { integer: true }),
	inContractChurnMultiplier: uncertain(0, 1),
	expiryChurn: uncertain(0, 1)
});

const retentionArb = fc.record({
	hazardReduction: uncertain(0, 1),
	costPerCustomerMonthly: uncertain(0, BIG)
});

const strategyArb: fc.Arbitrary<Strategy> = fc.record(
	{
		id: fc.stringMatching(/^[a-z0-9-]{1,32}$/),
		// At most 30 code points, so at most 60 UTF-16 units.
		name: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }),
		acquisitionBudgetMonthly: num(0, BIG),
		acquisitionBudgetGrowthAnnual: num(-1, 5),
		cxInvestmentMonthly: num(0, BIG),
		priceIncreaseAnnual: num(-0.5, 1),
		promo: promoArb,
		lockIn: lockInArb,
		retention: retentionArb
	},
	{
		requiredKeys: [
			'id',
			'name',
			'acquisitionBudgetMonthly',
			'acquisitionBudgetGrowthAnnual',
			'cxInvestmentMonthly',
			'priceIncreaseAnnual'
		]
	}
);

/** A valid scenario with every field present, i.e. already in normalised form. */
const scenarioArb: fc.Arbitrary<Scenario> = fc
	.record({
		name: fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
		currency: fc.constantFrom('USD', 'EUR', 'VND', 'JPY', 'GBP'),
		horizonMonths: num(12, 240, { integer: true }),
		discountRateAnnual: num(0, 0.5),
		paths: num(1, 100_000, { integer: true }),
		seed: fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 32 }), fc.maxSafeInteger()),
		processNoise: fc.boolean(),
		market: fc.record({
			addressableCustomers: num(0, BOUNDS.customers, { exclusiveMin: true }),
			competitorShockRatePerYear: uncertain(0, 12),
			shockChurnMultiplier: uncertain(1, 10),
			shockCacMultiplier: uncertain(1, 10),
			shockDurationMonths: num(1, 60, { integer: true })
		}),
		startingShare: num(0, 1),
		company: fc.record({
			arpuMonthly: uncertain(0, BIG, { exclusiveMin: true }),
			grossMargin: uncertain(0, 1),
			matureChurnMonthly: uncertain(0, 1),
			earlyChurnMultiplier: uncertain(1, 20),
			earlyChurnDecayMonths: num(0.1, 120),
			cac: uncertain(0, BIG, { exclusiveMin: true }),
			cacInflationAnnual: uncertain(-0.5, 2),
			saturationElasticity: uncertain(0, 10),
			contactsPerCustomerMonthly: uncertain(0, BOUNDS.contactsPerCustomerMonthly),
			costPerContact: uncertain(0, BIG),
			npsStart: num(-100, 100),
			walletShareStart: num(0.01, 1),
			walletShareNew: num(0.01, 1)
		}),
		walletShareMaxPosition: num(0, 1),
		effects: fc.record({
			churnNpsElasticity: uncertain(0, 10),
			referralRateAtNps100: uncertain(0, 1),
			expansionRateMonthly: uncertain(0, 1),
			expansionNpsElasticity: uncertain(0, 10),
			contactNpsElasticity: uncertain(0, 10),
			detractorCacUplift: uncertain(0, 10),
			unfairnessChurnUplift: uncertain(0, 5),
			promoNpsPenalty: uncertain(0, 200),
			lockInNpsPenalty: uncertain(0, 200),
			npsMaxLift: uncertain(0, 200),
			cxSpendHalfLift: uncertain(0, BIG, { exclusiveMin: true }),
			npsLagMonths: uncertain(0.1, 120)
		}),
		strategies: fc.uniqueArray(strategyArb, {
			minLength: 1,
			maxLength: 4,
			selector: (s) => s.id
		})
	})
	.map(({ startingShare, walletShareMaxPosition, company, ...rest }) => {
		const { walletShareStart, walletShareNew } = company;
		const least = Math.max(walletShareStart, walletShareNew);
		const walletShareMax = Math.min(1, least + (1 - least) * walletShareMaxPosition);
		return {
			schema: 1 as const,
			...rest,
			company: {
				// A product with a factor ≤ 1 never exceeds the market (rounding is monotone).
				startingCustomers: rest.market.addressableCustomers * startingShare,
				...company,
				walletShareMax
			}
		};
	});

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function defaultPreset(): Preset {
	const preset = presetById('default');
	if (!preset) throw new Error('The default preset is missing');
	return preset;
}

/** The error kind of a result, or 'ok'. */
function kindOf(result: LinkResult): LinkErrorKind | 'ok' {
	return result.ok ? 'ok' : result.error.kind;
}

/** The payload of an `s=` (version 1) or `s2=` fragment. */
function payloadOf(fragment: string): string {
	expect(fragment).toMatch(/^s2?=/);
	return fragment.slice(fragment.indexOf('=') + 1);
}

/** A fixture link, as committed (version 1: the default scenario with 2,000 paths). */
function fixtureLink(version = 1): string {
	return readFileSync(join(FIXTURES, `v${version}.txt`), 'utf8').trim();
}

const BASE64URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

describe('round trips', () => {
	it('the scenario arbitrary only builds valid, already normalised scenarios', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				const result = validateScenario(scenario);
				expect(result).toEqual({ ok: true, scenario });
			}),
			{ numRuns: 200 }
		);
	});

	it('decode(encode(x)) equals x for every valid scenario', async () => {
		await fc.assert(
			fc.asyncProperty(scenarioArb, async (scenario) => {
				const fragment = await encodeScenarioLink(scenario);
				expect(fragment).toMatch(/^s2=[A-Za-z0-9_-]+$/);
				const result = await decodeScenarioLink(fragment);
				expect(result).toEqual({ ok: true, scenario });
			}),
			{ numRuns: 150 }
		);
	});

	it('accepts the fragment with its leading "#"', async () => {
		const { scenario } = defaultPreset();
		const result = await decodeScenarioLink(`#${await encodeScenarioLink(scenario)}`);
		expect(result).toEqual({ ok: true, scenario });
	});

	it('scenarioFromFile(scenarioToFile(x)) equals x for every valid scenario', () => {
		fc.assert(
			fc.property(scenarioArb, (scenario) => {
				expect(scenarioFromFile(scenarioToFile(scenario))).toEqual({ ok: true, scenario });
			}),
			{ numRuns: 100 }
		);
	});

	it('keeps the default preset link under 2,000 characters', async () => {
		const fragment = await encodeScenarioLink(defaultPreset().scenario);
		expect(`#${fragment}`.length).toBeLessThan(2000);
	});
});

// ---------------------------------------------------------------------------------------------
// Damaged links: one kind per failure class
// ---------------------------------------------------------------------------------------------

describe('damaged links', () => {
	it.each([
		['an empty fragment', 'not-a-scenario-link', ''],
		['a bare "#"', 'not-a-scenario-link', '#'],
		['an unrelated fragment', 'not-a-scenario-link', '#section-2'],
		['unrelated parameters', 'not-a-scenario-link', 'tab=charts&lang=vi'],
		['characters outside base64url', 'bad-encoding', 's=abc!def'],
		['a space inside the payload', 'bad-encoding', 's=abc def'],
		['standard base64 "+" (read as a space)', 'bad-encoding', 's=ab+cd'],
		['padding in the middle', 'bad-encoding', 's=ab=cd'],
		['an empty payload', 'truncated', 's=']
	] as const)('reports %s as %s', async (_label, kind, fragment) => {
		const result = await decodeScenarioLink(fragment);
		expect(kindOf(result)).toBe(kind);
		expect(result.ok || result.error.message.length > 0).toBe(true);
	});

	it('never throws and never succeeds on random fragments', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.string({ unit: 'binary' }).map((s) => `s=${s}`),
					fc.string({ unit: fc.constantFrom(...BASE64URL_ALPHABET) }).map((s) => `s=${s}`),
					fc.uint8Array({ minLength: 1, maxLength: 400 }).map((bytes) => `s=${toBase64url(bytes)}`)
				),
				async (fragment) => {
					const result = await decodeScenarioLink(fragment);
					expect(result.ok).toBe(false);
					if (!result.ok) {
						expect(ALL_KINDS).toContain(result.error.kind);
						expect(result.error.message).not.toBe('');
					}
				}
			),
			{ numRuns: 300 }
		);
	});

	it('reports a flipped character early in the payload as corrupt', async () => {
		const payload = payloadOf(fixtureLink());
		const position = 10;
		const flipped = payload[position] === 'A' ? 'B' : 'A';
		const damaged = `s=${payload.slice(0, position)}${flipped}${payload.slice(position + 1)}`;
		expect(kindOf(await decodeScenarioLink(damaged))).toBe('corrupt');
	});

	it('never throws on a flipped character and never returns an invalid scenario', async () => {
		// deflate-raw has no checksum, so a few flips still inflate to a valid (different) scenario;
		// the contract is that whatever comes back has passed validation.
		const payload = payloadOf(fixtureLink());
		await fc.assert(
			fc.asyncProperty(
				fc.nat({ max: payload.length - 1 }),
				fc.constantFrom(...BASE64URL_ALPHABET),
				async (position, replacement) => {
					fc.pre(payload[position] !== replacement);
					const damaged = payload.slice(0, position) + replacement + payload.slice(position + 1);
					const result = await decodeScenarioLink(`s=${damaged}`);
					if (result.ok) expect(validateScenario(result.scenario).ok).toBe(true);
					else expect(ALL_KINDS).toContain(result.error.kind);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('reports a payload cut in half as truncated', async () => {
		const payload = payloadOf(fixtureLink());
		const result = await decodeScenarioLink(`s=${payload.slice(0, payload.length / 2)}`);
		expect(kindOf(result)).toBe('truncated');
		expect(result.ok ? '' : result.error.message).toMatch(/incomplete/);
	});

	it('reports every shorter prefix of a payload as truncated', async () => {
		const payload = payloadOf(await encodeScenarioLink(defaultPreset().scenario));
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 1, max: payload.length - 1 }), async (length) => {
				const result = await decodeScenarioLink(`s2=${payload.slice(0, length)}`);
				expect(kindOf(result)).toBe('truncated');
			}),
			{ numRuns: 200 }
		);
	});

	it.each([
		['text that is not JSON', 'not a scenario, just words'],
		['JSON that is not an object', '[1, 2, 3]'],
		['JSON null', 'null'],
		['an envelope without a version', '{"scenario":{}}'],
		['a version that is not a whole number', '{"v":"1","scenario":{}}'],
		['a negative version', '{"v":-1,"scenario":{}}'],
		['an envelope without a scenario', '{"v":1}'],
		['an old version with no migration', '{"v":0,"scenario":{}}']
	])('reports a valid deflate stream of %s as corrupt', async (_label, text) => {
		const result = await decodeScenarioLink(`s=${await packPayload(text)}`);
		expect(kindOf(result)).toBe('corrupt');
	});

	it('reports bytes that are not UTF-8 as corrupt', async () => {
		const stream = new Blob([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])])
			.stream()
			.pipeThrough(new CompressionStream('deflate-raw'));
		const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
		expect(kindOf(await decodeScenarioLink(`s=${toBase64url(bytes)}`))).toBe('corrupt');
	});

	it('refuses a payload that inflates beyond the size limit (a deflate bomb)', async () => {
		const bomb = `{"v":1,"scenario":"${'a'.repeat(MAX_PAYLOAD_BYTES + 1)}"}`;
		const payload = await packPayload(bomb);
		expect(payload.length).toBeLessThan(5000);
		const result = await decodeScenarioLink(`s=${payload}`);
		expect(kindOf(result)).toBe('corrupt');
		expect(result.ok ? '' : result.error.message).toMatch(/more than/);
	});

	it('reports a link from a newer version with that version', async () => {
		const text = JSON.stringify({ v: 99, scenario: defaultPreset().scenario });
		const result = await decodeScenarioLink(await packLink(99, text));
		expect(result).toEqual({
			ok: false,
			error: { kind: 'newer-version', version: 99, message: expect.stringMatching(/newer/) }
		});
	});

	it('reports an unchecked s= link holding a later envelope as damaged, not newer', async () => {
		const text = JSON.stringify({ v: 99, scenario: defaultPreset().scenario });
		expect(kindOf(await decodeScenarioLink(`s=${await packPayload(text)}`))).toBe('corrupt');
	});

	it('reports an invalid scenario with the path of the broken rule', async () => {
		const scenario = structuredClone(defaultPreset().scenario);
		scenario.company.grossMargin = 2;
		const result = await decodeScenarioLink(await encodeScenarioLink(scenario));
		expect(kindOf(result)).toBe('invalid-scenario');
		if (!result.ok && result.error.kind === 'invalid-scenario') {
			expect(result.error.issues.map((issue) => issue.path)).toEqual(['company.grossMargin']);
			expect(result.error.message).toMatch(/company\.grossMargin/);
		}
	});

	it('reports every issue of an invalid scenario, in document order', async () => {
		const scenario = structuredClone(defaultPreset().scenario);
		scenario.horizonMonths = 6;
		scenario.strategies[0]!.lockIn!.months = 0;
		const result = await decodeScenarioLink(await encodeScenarioLink(scenario));
		expect(
			result.ok ? [] : 'issues' in result.error ? result.error.issues.map((i) => i.path) : []
		).toEqual(['horizonMonths', 'strategies[0].lockIn.months']);
	});
});

// ---------------------------------------------------------------------------------------------
// Presets
// ---------------------------------------------------------------------------------------------

describe('preset links', () => {
	it('opens a built-in preset by id, as a copy', async () => {
		const preset = defaultPreset();
		const result = await decodeScenarioLink(`#${encodePresetLink('default')}`);
		expect(result).toEqual({ ok: true, scenario: preset.scenario, presetId: 'default' });
		if (result.ok) expect(result.scenario).not.toBe(preset.scenario);
	});

	it('reports an unknown preset with its id', async () => {
		const result = await decodeScenarioLink('preset=no-such-preset');
		expect(result).toEqual({
			ok: false,
			error: { kind: 'unknown-preset', id: 'no-such-preset', message: expect.any(String) }
		});
	});

	it('percent-encodes preset ids and decodes them back', async () => {
		const id = 'ả b&c';
		const fragment = encodePresetLink(id);
		expect(fragment).not.toContain(' ');
		const result = await decodeScenarioLink(fragment, {
			presetById: (wanted) => (wanted === id ? { ...defaultPreset(), id } : undefined)
		});
		expect(result.ok && result.presetId).toBe(id);
	});

	it('prefers the scenario payload when a fragment has both', async () => {
		const scenario = { ...defaultPreset().scenario, name: 'Edited copy' };
		const fragment = `preset=default&${await encodeScenarioLink(scenario)}`;
		expect(await decodeScenarioLink(fragment)).toEqual({ ok: true, scenario });
	});

	it('holds only valid presets with unique ids, the default first', () => {
		expect(PRESETS[0]?.id).toBe('default');
		expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
		for (const preset of PRESETS) {
			expect(validateScenario(preset.scenario)).toEqual({ ok: true, scenario: preset.scenario });
			expect(
				preset.title.en && preset.title.vi && preset.description.en && preset.description.vi
			).toBeTruthy();
		}
	});
});

// ---------------------------------------------------------------------------------------------
// Versions and migrations
// ---------------------------------------------------------------------------------------------

/**
 * A made-up version 0 that kept the scenario under `s` and called the horizon `months`; the
 * fake migration shows the path a real v1 → v2 change will take.
 */
function v0Envelope(scenario: Scenario): Record<string, unknown> {
	const { horizonMonths, ...rest } = scenario;
	return { v: 0, s: { ...rest, months: horizonMonths } };
}

const fakeMigrations: Migrations = {
	...migrations,
	0: (envelope) => {
		const { months, ...rest } = envelope.s as Record<string, unknown>;
		return { v: 1, scenario: { ...rest, horizonMonths: months } };
	}
};

describe('versions and migrations', () => {
	it('writes the current version', async () => {
		const { scenario } = defaultPreset();
		expect(JSON.parse(scenarioToFile(scenario))).toEqual({ v: CURRENT_LINK_VERSION, scenario });
	});

	it('ships a migration from every older version', () => {
		const missing = [];
		for (let version = 1; version < CURRENT_LINK_VERSION; version++) {
			if (!migrations[version]) missing.push(version);
		}
		expect(missing).toEqual([]);
	});

	it('migrates an older link and says from which version', async () => {
		const { scenario } = defaultPreset();
		const fragment = `s=${await packPayload(JSON.stringify(v0Envelope(scenario)))}`;
		const result = await decodeScenarioLink(fragment, { migrations: fakeMigrations });
		expect(result).toEqual({ ok: true, scenario, migratedFrom: 0 });
	});

	it('opens a version-1 link (unchecked s=) and says it was migrated from version 1', async () => {
		const { scenario } = defaultPreset();
		const fragment = `s=${await packPayload(JSON.stringify({ v: 1, scenario }))}`;
		expect(await decodeScenarioLink(fragment)).toEqual({ ok: true, scenario, migratedFrom: 1 });
	});

	it('reports an older link as corrupt when no migration is available', async () => {
		const fragment = `s=${await packPayload(JSON.stringify(v0Envelope(defaultPreset().scenario)))}`;
		const result = await decodeScenarioLink(fragment, { migrations: {} });
		expect(kindOf(result)).toBe('corrupt');
		expect(result.ok ? '' : result.error.message).toMatch(/no migration from format 0/);
	});

	it('reports a migration that throws as corrupt instead of throwing', async () => {
		const fragment = `s=${await packPayload('{"v":0,"s":null}')}`;
		const result = await decodeScenarioLink(fragment, { migrations: fakeMigrations });
		expect(kindOf(result)).toBe('corrupt');
	});

	it('validates what a migration produces', async () => {
		const broken: Migrations = { ...migrations, 0: () => ({ v: 1, scenario: { schema: 1 } }) };
		const fragment = `s=${await packPayload('{"v":0}')}`;
		expect(kindOf(await decodeScenarioLink(fragment, { migrations: broken }))).toBe(
			'invalid-scenario'
		);
	});

	it('migrateEnvelope leaves a current envelope alone', () => {
		const envelope = { v: CURRENT_LINK_VERSION, scenario: 'anything' };
		expect(migrateEnvelope(envelope, fakeMigrations)).toEqual({ ok: true, envelope });
	});

	it('migrates an older file too', () => {
		const text = JSON.stringify(v0Envelope(defaultPreset().scenario));
		expect(scenarioFromFile(text, { migrations: fakeMigrations })).toEqual({
			ok: true,
			scenario: defaultPreset().scenario,
			migratedFrom: 0
		});
	});
});

// ---------------------------------------------------------------------------------------------
// Files
// ---------------------------------------------------------------------------------------------

describe('scenario files', () => {
	it('writes indented JSON ending in a newline', () => {
		const text = scenarioToFile(defaultPreset().scenario);
		expect(text).toMatch(/^\{\n {2}"v": 2,\n {2}"scenario": \{\n/);
		expect(text.endsWith('}\n')).toBe(true);
	});

	it('accepts a bare scenario and fills in its defaults', () => {
		const result = scenarioFromFile(JSON.stringify(defaultScenario));
		expect(result).toEqual({ ok: true, scenario: defaultPreset().scenario });
	});

	it.each([
		['an empty file', 'corrupt', ''],
		['text that is not JSON', 'corrupt', 'name: my scenario'],
		[
			'a cut-off file',
			'corrupt',
			scenarioToFile(defaultScenario as unknown as Scenario).slice(0, 200)
		],
		['an envelope from a newer version', 'newer-version', '{"v":3,"scenario":{}}'],
		['an envelope without a scenario', 'corrupt', '{"v":1}'],
		['a JSON array', 'invalid-scenario', '[]'],
		['an empty object', 'invalid-scenario', '{}']
	] as const)('reports %s as %s', (_label, kind, text) => {
		expect(kindOf(scenarioFromFile(text))).toBe(kind);
	});

	it('reports an invalid scenario in a file with the path of the broken rule', () => {
		const scenario = structuredClone(defaultPreset().scenario);
		scenario.company.grossMargin = 2;
		const result = scenarioFromFile(scenarioToFile(scenario));
		expect(
			result.ok ? [] : 'issues' in result.error ? result.error.issues.map((i) => i.path) : []
		).toEqual(['company.grossMargin']);
	});

	it('never throws on arbitrary text', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
				const result = scenarioFromFile(text);
				if (result.ok) expect(validateScenario(result.scenario).ok).toBe(true);
				else expect(ALL_KINDS).toContain(result.error.kind);
			}),
			{ numRuns: 300 }
		);
	});
});

// ---------------------------------------------------------------------------------------------
// Fixtures: links written by earlier builds must keep opening
// ---------------------------------------------------------------------------------------------

describe('link fixtures', () => {
	const names = readdirSync(FIXTURES)
		.filter((file) => file.endsWith('.txt'))
		.map((file) => file.slice(0, -'.txt'.length))
		.sort();

	it('has one fixture per version, up to the current one', () => {
		const versions = Array.from({ length: CURRENT_LINK_VERSION }, (_, i) => `v${i + 1}`);
		expect(names).toEqual(versions);
	});

	it.each(names)('%s.txt still decodes to %s.expected.json', async (name) => {
		const fragment = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8').trim();
		const expected: unknown = JSON.parse(
			readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')
		);
		const result = await decodeScenarioLink(fragment);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.scenario).toEqual(expected);
	});
});

function toBase64url(bytes: Uint8Array): string {
	return Buffer.from(bytes).toString('base64url');
}
