/**
 * Sharing and saving without a browser: ShareState over a fake address bar and clipboard (links
 * open before the first run, failures fall back to the default with a message, edits reach the
 * address bar debounced and only when valid; presets open named in the interface language), file opening, notices, and LibraryState over an
 * in-memory store (quota and damaged entries never lose what was saved).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library, keyOf, type StorageLike } from '../../src/lib/state/library';
import { LibraryState } from '../../src/lib/state/library.svelte';
import { ScenarioState } from '../../src/lib/state/scenario.svelte';
import {
	MAX_LINK_LENGTH,
	Notices,
	ShareState,
	linkErrorLine,
	type ShareEnvironment
} from '../../src/lib/state/share.svelte';
import { fileNameFor, openScenarioFile } from '../../src/lib/ui/SharePanel.svelte';
import {
	decodeScenarioLink,
	encodeScenarioLink,
	packLink,
	packPayload,
	scenarioToFile
} from '../../src/lib/scenario/link-codec';
import { presetById, presetScenario } from '../../src/lib/scenario/presets/index';
import { translate, type Locale, type MessageKey } from '../../src/lib/i18n';
import type { Scenario } from '../../src/lib/scenario/types';

afterEach(() => {
	vi.useRealTimers();
});

const preset = (id: string): Scenario => structuredClone(presetById(id)!.scenario);
const DEFAULT = preset('default');

/** An address bar and clipboard in memory. */
function fakeBrowser(hash = '') {
	const state = { hash, writes: [] as string[], copied: [] as string[], refuse: false };
	const listeners = new Set<() => void>();
	const environment: ShareEnvironment = {
		hash: () => state.hash,
		href: () => `https://sim.example/${state.hash}`,
		replaceHash(fragment) {
			state.hash = `#${fragment}`;
			state.writes.push(fragment);
		},
		async copy(text) {
			if (state.refuse) throw new Error('NotAllowedError');
			state.copied.push(text);
		},
		onHashChange(listener) {
			listeners.add(listener);
			return () => listeners.delete(listener);
		}
	};
	/** The visitor pastes a link into the address bar of the open page. */
	const paste = (next: string) => {
		state.hash = next;
		for (const listener of listeners) listener();
	};
	return { state, environment, paste };
}

function setup(hash = '', locale: Locale = 'en') {
	const browser = fakeBrowser(hash);
	const scenario = new ScenarioState(DEFAULT);
	const notices = new Notices();
	/** The interface language, as a LocaleState would hold it; tests may switch it. */
	const language = { locale };
	const share = new ShareState(scenario, notices, {
		environment: browser.environment,
		debounceMs: 5,
		locale: language
	});
	return { ...browser, scenario, notices, share, language };
}

/** Text that compresses badly, so a link carrying it is long. */
const noise = (length: number, salt: number) =>
	Array.from({ length }, (_, j) =>
		String.fromCharCode(35 + ((salt * 7919 + j * 104729 + j * j * 31) % 88))
	).join('');

/** A valid scenario whose link is over 2,000 characters: four strategies, odd names and values. */
function longScenario(): Scenario {
	const scenario = structuredClone(DEFAULT);
	scenario.name = noise(120, 1);
	scenario.seed = noise(64, 2);
	while (scenario.strategies.length < 4) {
		scenario.strategies.push({
			...structuredClone(DEFAULT.strategies[0]!),
			id: `s${scenario.strategies.length}`
		});
	}
	scenario.strategies.forEach((strategy, i) => {
		strategy.name = noise(60, 3 + i);
		strategy.acquisitionBudgetMonthly = 123457 + i * 98765.4321;
		strategy.cxInvestmentMonthly = 54321.987 * (i + 1);
		strategy.retention = {
			hazardReduction: 0.1234567 + i / 97,
			costPerCustomerMonthly: 0.7654321 + i / 89
		};
		strategy.promo = {
			discount: 0.1357911 + i / 83,
			months: 3 + i,
			conversionLift: 0.2468013 + i / 79,
			exclusiveToNew: true,
			dealSeekerChurnMultiplier: 1.3579111 + i / 73
		};
	});
	return scenario;
}

const keysOf = (notices: Notices) => notices.items.map((n) => n.lines.map((l) => l.key));

describe('opening a link on start', () => {
	it('loads #s=… before it is ready, without a notice or an address-bar write', async () => {
		const linked = preset('acquisition-trap');
		linked.paths = 2000;
		const { share, scenario, notices, state } = setup(`#${await encodeScenarioLink(linked)}`);
		expect(share.ready).toBe(false);
		await share.start();
		expect(share.ready).toBe(true);
		expect(scenario.valid).toEqual(linked);
		share.follow(scenario.valid);
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(state.writes).toEqual([]);
		expect(notices.items).toEqual([]);
	});

	it('#preset=<id> opens the preset and names it as the current one', async () => {
		const { share, scenario } = setup('#preset=telecom-turnaround');
		await share.start();
		expect(scenario.valid).toEqual(preset('telecom-turnaround'));
		expect(share.presetId).toBe('telecom-turnaround');
		scenario.set('paths', 2000);
		expect(share.presetId).toBeUndefined();
	});

	it('#preset=<id> opens in Vietnamese names with the same numbers and keeps the link', async () => {
		const { share, scenario, state, notices } = setup('#preset=telecom-turnaround', 'vi');
		await share.start();
		const telecom = presetById('telecom-turnaround')!;
		const vi = presetScenario(telecom, 'vi');
		expect(scenario.valid).toEqual(vi);
		expect(scenario.valid!.name).toBe(telecom.names!.vi.scenario);
		expect(scenario.valid!.strategies[0]!.name).not.toBe(telecom.scenario.strategies[0]!.name);
		expect(share.presetId).toBe('telecom-turnaround');
		share.follow(scenario.valid);
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(state.writes).toEqual([]); // the #preset= link stays in the address bar
		expect(notices.items).toEqual([]);

		// A copied link carries the Vietnamese names and reproduces the scenario exactly.
		await share.copyLink();
		const decoded = await decodeScenarioLink(state.hash);
		expect(decoded.ok && decoded.scenario).toEqual(vi);
		scenario.set('paths', 2000);
		expect(share.presetId).toBeUndefined();
	});

	it('the picker loads presets in the current language; either names count as the preset', async () => {
		const { share, scenario, language } = setup('', 'vi');
		await share.start();
		share.loadPreset('acquisition-trap');
		expect(scenario.valid).toEqual(presetScenario(presetById('acquisition-trap')!, 'vi'));
		expect(share.presetId).toBe('acquisition-trap');
		language.locale = 'en';
		share.loadPreset('healthcare-proactive-retention');
		expect(scenario.valid).toEqual(preset('healthcare-proactive-retention'));
		expect(share.presetId).toBe('healthcare-proactive-retention');
		share.loadPreset('no-such-preset');
		expect(scenario.valid).toEqual(preset('healthcare-proactive-retention'));
	});

	it('outside a component with no language given, presets open in English', () => {
		const scenario = new ScenarioState(DEFAULT);
		const share = new ShareState(scenario, new Notices(), {
			environment: fakeBrowser().environment
		});
		share.loadPreset('telecom-turnaround');
		expect(scenario.valid).toEqual(preset('telecom-turnaround'));
	});

	it('a bad link in Vietnamese falls back to the default named in Vietnamese', async () => {
		const { share, scenario, notices } = setup('#preset=nope', 'vi');
		await share.start();
		expect(scenario.valid).toEqual(presetScenario(presetById('default')!, 'vi'));
		expect(share.presetId).toBe('default');
		expect(keysOf(notices)).toEqual([['link.unknownPreset', 'link.fallback']]);
	});

	it('ignores in-page anchors such as #results', async () => {
		const { share, scenario, notices } = setup('#results');
		await share.start();
		expect(share.ready).toBe(true);
		expect(scenario.valid).toEqual(DEFAULT);
		expect(notices.items).toEqual([]);
	});

	const good = encodeScenarioLink({ ...DEFAULT, paths: 2000 });
	const cases: [string, () => Promise<string>, MessageKey][] = [
		['truncated', async () => (await good).slice(0, 40), 'link.truncated'],
		['corrupt', async () => 's=bm90IGEgc2NlbmFyaW8', 'link.corrupt'],
		['newer', async () => packLink(99, '{"v":99,"scenario":{}}'), 'link.newerVersion'],
		['unknown preset', async () => 'preset=nope', 'link.unknownPreset'],
		[
			'invalid',
			async () =>
				`s=${await packPayload(JSON.stringify({ v: 1, scenario: { ...DEFAULT, horizonMonths: 0 } }))}`,
			'link.invalid'
		]
	];
	it.each(cases)('a %s link opens the default scenario and says so', async (_, link, key) => {
		const { share, scenario, notices, state } = setup(`#${await link()}`);
		scenario.set('name', 'edited before the link was read');
		await share.start();
		expect(scenario.valid).toEqual(DEFAULT);
		expect(keysOf(notices)).toEqual([[key, 'link.fallback']]);
		expect(notices.items[0]!.tone).toBe('error');
		expect(state.writes).toEqual([]); // the link stays in the address bar as it was
	});

	it('an invalid scenario is reported with its first issue, in both languages', async () => {
		const decoded = await decodeScenarioLink(
			`s=${await packPayload(JSON.stringify({ v: 1, scenario: { ...DEFAULT, horizonMonths: 0 } }))}`
		);
		if (decoded.ok || decoded.error.kind !== 'invalid-scenario')
			throw new Error('expected invalid');
		const line = linkErrorLine(decoded.error);
		for (const locale of ['en', 'vi'] as const) {
			expect(translate(locale, line.key, line.params)).toContain(decoded.error.issues[0]!.message);
		}
	});
});

describe('the address bar follows edits', () => {
	it('writes one debounced link for a burst of valid edits, and none while invalid', async () => {
		const { share, scenario, state } = setup();
		await share.start();
		scenario.set('horizonMonths', 24);
		share.follow(scenario.valid);
		scenario.set('horizonMonths', 36);
		share.follow(scenario.valid);
		await vi.waitFor(() => expect(state.writes).toHaveLength(1));
		const decoded = await decodeScenarioLink(state.writes[0]!);
		expect(decoded.ok && decoded.scenario.horizonMonths).toBe(36);

		scenario.set('horizonMonths', 'abc');
		share.follow(scenario.valid);
		await new Promise((resolve) => setTimeout(resolve, 30));
		expect(state.writes).toHaveLength(1);
	});

	it('opens a link pasted into the open page; a bad one keeps the current work', async () => {
		const { share, scenario, notices, paste } = setup();
		await share.start();
		share.listen();
		const next = preset('logistics-existing-customers');
		paste(`#${await encodeScenarioLink(next)}`);
		await vi.waitFor(() => expect(scenario.valid).toEqual(next));
		paste('#preset=nope');
		await vi.waitFor(() =>
			expect(keysOf(notices)).toEqual([['link.unknownPreset', 'notice.keptCurrent']])
		);
		expect(scenario.valid).toEqual(next);
	});

	it('puts the scenario back after an in-page anchor (#results) replaced it', async () => {
		const { share, scenario, state, paste } = setup();
		await share.start();
		share.listen();
		paste('#results');
		await vi.waitFor(() => expect(state.hash.startsWith('#s2=')).toBe(true));
		const decoded = await decodeScenarioLink(state.hash);
		expect(decoded.ok && decoded.scenario).toEqual(scenario.valid);
	});
});

describe('copying the link', () => {
	it('copies the full URL and says so; warns about long links; reports a refusal', async () => {
		const { share, state, notices } = setup();
		await share.start();
		await share.copyLink();
		expect(state.copied).toEqual([`https://sim.example/${state.hash}`]);
		expect(state.hash.startsWith('#s2=')).toBe(true);
		expect(keysOf(notices)).toEqual([['link.copied']]);
		expect(state.copied[0]!.length).toBeLessThan(MAX_LINK_LENGTH);

		state.refuse = true;
		await share.copyLink();
		expect(keysOf(notices)).toContainEqual(['link.copyFailed']);
		expect(state.hash.startsWith('#s2=')).toBe(true); // still in the address bar
	});

	it('warns when the link is over 2,000 characters', async () => {
		const { share, scenario, notices, state } = setup();
		await share.start();
		scenario.load(longScenario());
		expect(scenario.valid).not.toBeNull();
		await share.copyLink();
		expect(state.copied[0]!.length).toBeGreaterThan(MAX_LINK_LENGTH);
		expect(keysOf(notices)).toEqual([['link.copied'], ['link.tooLong']]);
	});

	it('refuses to share an invalid draft', async () => {
		const { share, scenario, state, notices } = setup();
		await share.start();
		scenario.set('paths', -1);
		await share.copyLink();
		expect(state.copied).toEqual([]);
		expect(keysOf(notices)).toEqual([['share.invalidDraft']]);
	});
});

describe('files', () => {
	const file = (text: string, name = 'plan.json', type = 'application/json') => ({
		name,
		type,
		size: text.length,
		text: async () => text
	});

	it.each([
		['Q3: plan', 'Q3 plan.json'],
		['a/b\\c*?', 'a b c.json'],
		['  ...hidden', 'hidden.json'],
		['Kế hoạch quý 3', 'Kế hoạch quý 3.json'],
		['', 'scenario.json']
	])('names the download of %j %j', (name, expected) => {
		expect(fileNameFor(name)).toBe(expected);
	});

	it('opens a downloaded file exactly', async () => {
		const { scenario, notices } = setup();
		const saved = preset('b2b-fragmented-journeys');
		expect(await openScenarioFile(file(scenarioToFile(saved)), scenario, notices)).toBe(true);
		expect(scenario.valid).toEqual(saved);
		expect(keysOf(notices)).toEqual([['file.loaded']]);
	});

	it.each([
		['cut off', file('{"v":1,"scenario":{"name":"x'), 'file.truncated'],
		['not JSON', file('hello'), 'file.corrupt'],
		['not a scenario', file('{"v":1}'), 'file.notScenario'],
		['JSON of another kind', file('{"name":"app","version":"1.0.0"}'), 'file.notScenario'],
		['newer', file('{"v":99,"scenario":{}}'), 'file.newerVersion'],
		['invalid', file(JSON.stringify({ ...DEFAULT, paths: -1 })), 'file.invalid'],
		['wrong type', file('{}', 'plan.txt', 'text/plain'), 'file.wrongType']
	])('reports a %s file and keeps the current work', async (_, bad, key) => {
		const { scenario, notices } = setup();
		scenario.set('name', 'my work');
		expect(await openScenarioFile(bad, scenario, notices)).toBe(false);
		expect(scenario.draft.name).toBe('my work');
		expect(keysOf(notices)).toEqual([[key, 'notice.keptCurrent']]);
	});
});

describe('notices', () => {
	it('info closes itself, errors stay, an equal notice replaces the older one', () => {
		vi.useFakeTimers();
		const notices = new Notices();
		notices.show('error', { key: 'link.corrupt' });
		notices.show('info', { key: 'link.copied' });
		notices.show('info', { key: 'link.copied' });
		expect(keysOf(notices)).toEqual([['link.corrupt'], ['link.copied']]);
		vi.advanceTimersByTime(5000);
		expect(keysOf(notices)).toEqual([['link.corrupt']]);
		notices.dismiss(notices.items[0]!.id);
		expect(notices.items).toEqual([]);
	});
});

/** Web Storage in memory that refuses writes beyond `quota` characters. */
class MemoryStorage implements StorageLike {
	readonly items = new Map<string, string>();
	constructor(public quota = Infinity) {}
	get length() {
		return this.items.size;
	}
	key = (i: number) => [...this.items.keys()][i] ?? null;
	getItem = (key: string) => this.items.get(key) ?? null;
	removeItem = (key: string) => void this.items.delete(key);
	setItem(key: string, value: string) {
		const used = [...this.items].reduce((n, [k, v]) => n + k.length + v.length, 0);
		if (used + key.length + value.length > this.quota)
			throw new DOMException('full', 'QuotaExceededError');
		this.items.set(key, value);
	}
}

describe('LibraryState', () => {
	function library(storage = new MemoryStorage()) {
		let id = 0;
		const scenario = new ScenarioState(DEFAULT);
		const notices = new Notices();
		const state = new LibraryState(
			scenario,
			notices,
			new Library({
				storage,
				randomId: () => `id-${++id}`,
				now: () => new Date(Date.UTC(2025, 0, 1, 0, id))
			})
		);
		return { state, scenario, notices, storage };
	}

	it('saves, lists, renames, duplicates, opens and deletes, refreshing after each', () => {
		const { state, scenario, notices } = library();
		expect(state.save('  First  ')).toBe(true);
		expect(state.entries.map((e) => e.name)).toEqual(['First']);
		expect(state.rename('id-1', 'Renamed')).toBe(true);
		expect(state.duplicate('id-1', 'Renamed (copy)')).toBe(true);
		expect(state.entries.map((e) => e.name)).toEqual(['Renamed (copy)', 'Renamed']);
		scenario.load(preset('acquisition-trap'));
		expect(state.open('id-1')).toBe(true);
		expect(scenario.valid).toEqual(DEFAULT);
		expect(state.remove('id-2')).toBe(true);
		expect(state.entries.map((e) => e.id)).toEqual(['id-1']);
		// The last four notices (older ones have left the screen).
		expect(keysOf(notices).flat()).toEqual([
			'library.renamed',
			'library.duplicated',
			'library.opened',
			'library.deleted'
		]);
		expect(notices.items.at(-1)!.lines[0]!.params).toEqual({ name: 'Renamed (copy)' });
	});

	it('follows saves and deletions made in another tab (storage events)', () => {
		const storage = new MemoryStorage();
		const here = library(storage);
		const there = library(storage);
		const window = new EventTarget();
		const stop = here.state.listen(window);
		const storageEvent = (key: string | null) =>
			window.dispatchEvent(Object.assign(new Event('storage'), { key }));
		there.state.save('From the other tab');
		expect(here.state.entries).toEqual([]); // the browser has not told this tab yet
		storageEvent('cx-sim.locale'); // not the library's: nothing to read again
		expect(here.state.entries).toEqual([]);
		storageEvent(keyOf('id-1'));
		expect(here.state.entries.map((e) => e.name)).toEqual(['From the other tab']);
		there.state.remove('id-1');
		storageEvent(null); // the other tab cleared the store
		expect(here.state.entries).toEqual([]);
		stop();
		there.state.save('After unsubscribing');
		storageEvent(keyOf('id-2'));
		expect(here.state.entries).toEqual([]);
	});

	it('reports a full store and loses nothing already saved', () => {
		const storage = new MemoryStorage();
		const { state, notices } = library(storage);
		state.save('Kept');
		const before = new Map(storage.items);
		storage.quota = 0;
		expect(state.save('Too much')).toBe(false);
		expect(storage.items).toEqual(before);
		expect(state.entries.map((e) => e.name)).toEqual(['Kept']);
		expect(keysOf(notices).at(-1)).toEqual(['library.storageFull']);
	});

	it('skips a damaged entry without hiding the others, and can delete it', () => {
		const storage = new MemoryStorage();
		storage.setItem(keyOf('broken'), '{"v":1,');
		const { state } = library(storage);
		state.save('Fine');
		expect(state.entries.map((e) => e.name)).toEqual(['Fine']);
		expect(state.skipped.map((s) => s.key)).toEqual([keyOf('broken')]);
		state.removeSkipped();
		expect(state.skipped).toEqual([]);
		expect(state.entries.map((e) => e.name)).toEqual(['Fine']);
	});

	it('will not save an invalid draft or a blank name', () => {
		const { state, scenario, notices } = library();
		expect(state.save('   ')).toBe(false);
		scenario.set('paths', -1);
		expect(state.save('Broken')).toBe(false);
		expect(state.entries).toEqual([]);
		expect(keysOf(notices)).toEqual([['library.invalidName'], ['share.invalidDraft']]);
	});
});
