/**
 * The local scenario library over an in-memory Storage: saving, listing, opening, renaming,
 * duplicating and deleting; damaged entries are skipped with a reason without hiding the
 * others; a full quota fails the write and keeps every existing entry; entries survive a reload.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presetById } from '../../src/lib/scenario/presets/index';
import type { Scenario } from '../../src/lib/scenario/types';
import {
	LIBRARY_KEY_PREFIX,
	Library,
	keyOf,
	type LibraryEntry,
	type LibraryResult,
	type StorageLike
} from '../../src/lib/state/library';

/** Web Storage in memory, with an optional quota on the total characters of keys and values. */
class MemoryStorage implements StorageLike {
	readonly #items = new Map<string, string>();
	/** Total characters allowed (keys + values); Infinity for no limit. */
	quota: number;

	constructor(quota = Infinity) {
		this.quota = quota;
	}

	get length(): number {
		return this.#items.size;
	}

	key(index: number): string | null {
		return [...this.#items.keys()][index] ?? null;
	}

	getItem(key: string): string | null {
		return this.#items.get(key) ?? null;
	}

	setItem(key: string, value: string): void {
		const others =
			this.used() - (this.#items.has(key) ? key.length + this.#items.get(key)!.length : 0);
		if (others + key.length + value.length > this.quota) {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		}
		this.#items.set(key, String(value));
	}

	removeItem(key: string): void {
		this.#items.delete(key);
	}

	/** Characters in use. */
	used(): number {
		let total = 0;
		for (const [key, value] of this.#items) total += key.length + value.length;
		return total;
	}

	/** A copy of every key and value, to compare before and after a failed write. */
	snapshot(): Record<string, string> {
		return Object.fromEntries(this.#items);
	}
}

/** Ids `id-1`, `id-2`, … and a clock that ticks one minute per call, from 2025-01-01. */
function fixture(storage = new MemoryStorage()) {
	let nextId = 0;
	let minutes = 0;
	const options = {
		storage,
		randomId: () => `id-${++nextId}`,
		now: () => new Date(Date.UTC(2025, 0, 1, 0, minutes++))
	};
	return { storage, library: new Library(options), options };
}

function scenario(name = 'Mid-sized subscription business'): Scenario {
	const preset = presetById('default');
	if (!preset) throw new Error('The default preset is missing');
	return { ...structuredClone(preset.scenario), name };
}

/** The value of a successful result; fails the test otherwise. */
function valueOf<T>(result: LibraryResult<T>): T {
	if (!result.ok) throw new Error(`Expected success, got ${result.error}: ${result.message}`);
	return result.value;
}

function names(library: Library): string[] {
	return library.list().entries.map((entry) => entry.name);
}

describe('library', () => {
	it('saves a scenario under one key holding the versioned entry', () => {
		const { storage, library } = fixture();
		const entry = valueOf(library.save('  Baseline  ', scenario()));
		expect(entry).toEqual({
			id: 'id-1',
			name: 'Baseline',
			savedAt: '2025-01-01T00:00:00.000Z',
			scenario: scenario()
		});
		expect(Object.keys(storage.snapshot())).toEqual([`${LIBRARY_KEY_PREFIX}id-1`]);
		expect(JSON.parse(storage.getItem(keyOf('id-1'))!)).toEqual({ v: 1, ...entry });
	});

	it('lists entries newest first and opens one by id', () => {
		const { library } = fixture();
		valueOf(library.save('First', scenario('A')));
		valueOf(library.save('Second', scenario('B')));
		valueOf(library.save('Third', scenario('C')));
		expect(library.list()).toEqual({
			entries: [
				expect.objectContaining({ id: 'id-3', name: 'Third' }),
				expect.objectContaining({ id: 'id-2', name: 'Second' }),
				expect.objectContaining({ id: 'id-1', name: 'First' })
			],
			skipped: []
		});
		expect(library.get('id-2')?.scenario).toEqual(scenario('B'));
		expect(library.get('no-such-id')).toBeUndefined();
	});

	it('ignores keys that do not belong to the library', () => {
		const { storage, library } = fixture();
		storage.setItem('theme', 'dark');
		storage.setItem('cx-sim.locale', 'vi');
		valueOf(library.save('Kept', scenario()));
		expect(library.list()).toEqual({
			entries: [expect.objectContaining({ name: 'Kept' })],
			skipped: []
		});
	});

	it('renames an entry and keeps its scenario and time', () => {
		const { library } = fixture();
		const saved = valueOf(library.save('Draft', scenario()));
		const renamed = valueOf(library.rename(saved.id, 'Final'));
		expect(renamed).toEqual({ ...saved, name: 'Final' });
		expect(library.get(saved.id)).toEqual(renamed);
		expect(names(library)).toEqual(['Final']);
	});

	it('duplicates an entry under a new id and time', () => {
		const { library } = fixture();
		const original = valueOf(library.save('Plan', scenario()));
		const copy = valueOf(library.duplicate(original.id));
		expect(copy).toEqual({
			id: 'id-2',
			name: 'Plan (copy)',
			savedAt: '2025-01-01T00:01:00.000Z',
			scenario: original.scenario
		});
		expect(names(library)).toEqual(['Plan (copy)', 'Plan']);
		expect(valueOf(library.duplicate(original.id, 'Plan B')).name).toBe('Plan B');
	});

	it('keeps a duplicated long name within 120 characters', () => {
		const { library } = fixture();
		const original = valueOf(library.save('x'.repeat(120), scenario()));
		const copy = valueOf(library.duplicate(original.id));
		expect(copy.name).toHaveLength(120);
		expect(copy.name.endsWith(' (copy)')).toBe(true);
	});

	it('deletes an entry and leaves the others', () => {
		const { storage, library } = fixture();
		const first = valueOf(library.save('First', scenario()));
		valueOf(library.save('Second', scenario()));
		expect(library.remove(first.id)).toEqual({ ok: true, value: { id: first.id } });
		expect(names(library)).toEqual(['Second']);
		expect(storage.getItem(keyOf(first.id))).toBeNull();
	});

	it.each([
		['rename', (library: Library) => library.rename('missing', 'Name')],
		['duplicate', (library: Library) => library.duplicate('missing')],
		['remove', (library: Library) => library.remove('missing')]
	] as const)('reports not-found when asked to %s a missing entry', (_label, act) => {
		const { library } = fixture();
		expect(act(library)).toMatchObject({ ok: false, error: 'not-found' });
	});

	it.each([
		['an empty name', ''],
		['a name of spaces', '   '],
		['a name of 121 characters', 'x'.repeat(121)]
	])('refuses %s', (_label, name) => {
		const { storage, library } = fixture();
		const saved = valueOf(library.save('Kept', scenario()));
		expect(library.save(name, scenario())).toMatchObject({ ok: false, error: 'invalid-name' });
		expect(library.rename(saved.id, name)).toMatchObject({ ok: false, error: 'invalid-name' });
		expect(Object.keys(storage.snapshot())).toHaveLength(1);
		expect(library.get(saved.id)?.name).toBe('Kept');
	});

	it('refuses to save an invalid scenario', () => {
		const { storage, library } = fixture();
		const broken = scenario();
		broken.company.grossMargin = 2;
		const result = library.save('Broken', broken);
		expect(result).toMatchObject({ ok: false, error: 'invalid-scenario' });
		expect(result.ok ? '' : result.message).toMatch(/company\.grossMargin/);
		expect(storage.length).toBe(0);
	});

	it('never reuses the key of an existing entry', () => {
		const storage = new MemoryStorage();
		const ids = ['same', 'same', 'other'];
		const library = new Library({ storage, randomId: () => ids.shift()! });
		valueOf(library.save('First', scenario()));
		expect(valueOf(library.save('Second', scenario())).id).toBe('other');
		expect(names(library).sort()).toEqual(['First', 'Second']);
	});
});

describe('damaged entries', () => {
	/** A well-formed stored entry under `keyOf('bad')`, for the rows below to damage. */
	function stored(): Record<string, unknown> & { scenario: Scenario } {
		return {
			v: 1,
			id: 'bad',
			name: 'Bad',
			savedAt: '2025-02-01T00:00:00.000Z',
			scenario: scenario()
		};
	}

	it.each<[string, () => string, RegExp]>([
		['invalid JSON', () => '{"v":1,"id":', /not valid JSON/],
		['JSON that is not an object', () => '[1,2,3]', /not an object/],
		[
			'an entry without a version',
			() => JSON.stringify({ ...stored(), v: undefined }),
			/format version/
		],
		['an entry from a newer version', () => JSON.stringify({ ...stored(), v: 2 }), /newer version/],
		[
			'an id that does not match its key',
			() => JSON.stringify({ ...stored(), id: 'other' }),
			/does not match/
		],
		['a missing name', () => JSON.stringify({ ...stored(), name: undefined }), /name/],
		[
			'a time that is not a date',
			() => JSON.stringify({ ...stored(), savedAt: 'yesterday' }),
			/savedAt/
		],
		[
			'an invalid scenario',
			() => {
				const entry = stored();
				entry.scenario.company.grossMargin = 2;
				return JSON.stringify(entry);
			},
			/invalid scenario: company\.grossMargin/
		]
	])('skips %s with a reason and still lists the others', (_label, raw, reason) => {
		const { storage, library } = fixture();
		valueOf(library.save('Good one', scenario()));
		storage.setItem(keyOf('bad'), raw());
		valueOf(library.save('Good two', scenario()));

		const listing = library.list();
		expect(listing.entries.map((e) => e.name)).toEqual(['Good two', 'Good one']);
		expect(listing.skipped).toEqual([{ key: keyOf('bad'), reason: expect.stringMatching(reason) }]);
		expect(library.get('bad')).toBeUndefined();
		expect(library.rename('bad', 'Fixed')).toMatchObject({ ok: false, error: 'not-found' });
		// A damaged entry can still be deleted, which clears the notice.
		expect(library.remove('bad')).toMatchObject({ ok: true });
		expect(library.list().skipped).toEqual([]);
	});
});

describe('quota', () => {
	it('reports quota on a full store and keeps every existing entry', () => {
		const storage = new MemoryStorage();
		const { library } = fixture(storage);
		valueOf(library.save('First', scenario()));
		valueOf(library.save('Second', scenario()));
		storage.quota = storage.used() + 100; // room for a rename, not for another scenario
		const before = storage.snapshot();

		const result = library.save('Third', scenario());
		expect(result).toMatchObject({ ok: false, error: 'quota' });
		expect(result.ok ? '' : result.message).toMatch(/QuotaExceededError/);
		expect(library.duplicate('id-1')).toMatchObject({ ok: false, error: 'quota' });
		expect(storage.snapshot()).toEqual(before);
		expect(names(library)).toEqual(['Second', 'First']);

		// Renaming rewrites one key in place; if even that is refused, the old entry stays.
		storage.quota = storage.used();
		expect(library.rename('id-1', 'A much longer name than before')).toMatchObject({
			ok: false,
			error: 'quota'
		});
		expect(library.get('id-1')?.name).toBe('First');
	});

	it('treats any refusal by the store as quota', () => {
		const storage = new MemoryStorage();
		const { library } = fixture(storage);
		valueOf(library.save('Kept', scenario()));
		storage.setItem = () => {
			throw new Error('SecurityError: storage is disabled');
		};
		expect(library.save('New', scenario())).toMatchObject({ ok: false, error: 'quota' });
		expect(names(library)).toEqual(['Kept']);
	});
});

describe('persistence', () => {
	it('survives a reload: a new library over the same storage sees the same entries', () => {
		const storage = new MemoryStorage();
		const first = fixture(storage).library;
		valueOf(first.save('Saved before reload', scenario('A')));
		const renamed = valueOf(first.rename('id-1', 'Renamed before reload'));

		// Default ids (crypto.randomUUID), fixed clock.
		const reloaded = new Library({ storage, now: () => new Date(Date.UTC(2025, 5, 1)) });
		expect(reloaded.list()).toEqual({ entries: [renamed], skipped: [] });
		const added: LibraryEntry = valueOf(reloaded.save('Saved after reload', scenario('B')));
		expect(added.id).toMatch(
			/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
		);
		expect(
			fixture(storage)
				.library.list()
				.entries.map((e) => e.name)
		).toEqual(['Saved after reload', 'Renamed before reload']);
	});

	afterEach(() => {
		vi.unstubAllGlobals();
	});

	it('uses globalThis.localStorage by default, looked up on each use', () => {
		const library = new Library();
		vi.stubGlobal('localStorage', undefined);
		expect(library.list()).toEqual({ entries: [], skipped: [] });
		expect(library.get('anything')).toBeUndefined();
		expect(library.save('Nowhere', scenario())).toMatchObject({ ok: false, error: 'unavailable' });

		const storage = new MemoryStorage();
		vi.stubGlobal('localStorage', storage);
		const saved = valueOf(library.save('Somewhere', scenario()));
		expect(Object.keys(storage.snapshot())).toEqual([keyOf(saved.id)]);
	});
});
