/**
 * The visitor's library of saved scenarios, kept in `localStorage` (or any `Storage`-like store).
 *
 * One key per entry (`cx-sim.library.<id>`) and no index or other shared key: a damaged entry
 * is skipped with a reason and cannot hide the others, and a failed write (a full quota) leaves
 * every existing entry as it was. Entries are validated when read, so a scenario saved by an
 * older build that no longer passes the format is reported, not loaded.
 *
 * Plain TypeScript: the reactive wrapper lives in a `.svelte.ts` file.
 */
import { validateScenario } from '../scenario/schema';
import type { Scenario } from '../scenario/types';

/** The part of the Web Storage interface the library uses. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** Prefix of every library key; the rest of the key is the entry id. */
export const LIBRARY_KEY_PREFIX = 'cx-sim.library.';

/** The version of the stored entry format written by this build. */
export const LIBRARY_ENTRY_VERSION = 1;

/** Longest entry name, in characters (the same limit as a scenario name). */
export const MAX_NAME_LENGTH = 120;

/** A saved scenario as the library hands it out. */
export interface LibraryEntry {
	/** Random UUID, also the end of the storage key. */
	id: string;
	/** Name chosen by the visitor, 1–120 characters, trimmed. */
	name: string;
	/** When the scenario was saved, as an ISO 8601 timestamp. */
	savedAt: string;
	/** The normalised scenario. */
	scenario: Scenario;
}

/** An entry that could not be read, with the storage key and why it was skipped. */
export interface SkippedEntry {
	key: string;
	reason: string;
}

/** What `list()` returns: readable entries (newest first) and those that were skipped. */
export interface LibraryListing {
	entries: LibraryEntry[];
	skipped: SkippedEntry[];
}

/**
 * Why an operation failed: `quota` (the store refused the write: full or blocked),
 * `not-found` (no readable entry with that id), `invalid-name`, `invalid-scenario`,
 * `unavailable` (no storage in this context, e.g. during server rendering or with storage
 * disabled).
 */
export type LibraryErrorKind =
	'quota' | 'not-found' | 'invalid-name' | 'invalid-scenario' | 'unavailable';

/** The outcome of an operation that changes the library. */
export type LibraryResult<T = LibraryEntry> =
	{ ok: true; value: T } | { ok: false; error: LibraryErrorKind; message: string };

/** Dependencies of the library, replaceable in tests. */
export interface LibraryOptions {
	/** The store; defaults to `globalThis.localStorage` (looked up on each use, never cached). */
	storage?: StorageLike;
	/** New entry ids; defaults to `crypto.randomUUID()`. */
	randomId?: () => string;
	/** The clock used for `savedAt`; defaults to `new Date()`. */
	now?: () => Date;
}

/** The JSON stored under each key. */
interface StoredEntry {
	v: 1;
	id: string;
	name: string;
	savedAt: string;
	scenario: Scenario;
}

/** A local library of saved scenarios over a `Storage`-like store. */
export class Library {
	readonly #storage: (() => StorageLike | undefined) | StorageLike;
	readonly #randomId: () => string;
	readonly #now: () => Date;

	constructor(options: LibraryOptions = {}) {
		this.#storage = options.storage ?? defaultStorage;
		this.#randomId = options.randomId ?? randomUuid;
		this.#now = options.now ?? (() => new Date());
	}

	/** Every readable entry, newest first, plus the entries that had to be skipped and why. */
	list(): LibraryListing {
		const storage = this.#store();
		const listing: LibraryListing = { entries: [], skipped: [] };
		if (!storage) return listing;
		const keys: string[] = [];
		try {
			for (let i = 0; i < storage.length; i++) {
				const key = storage.key(i);
				if (key !== null && key.startsWith(LIBRARY_KEY_PREFIX)) keys.push(key);
			}
		} catch {
			return listing; // storage became unreadable: nothing can be listed
		}
		for (const key of keys) {
			const read = readEntry(storage, key);
			if (read.ok) listing.entries.push(read.entry);
			else if (read.reason !== null) listing.skipped.push({ key, reason: read.reason });
		}
		listing.entries.sort(newestFirst);
		return listing;
	}

	/** The readable entry with this id, or undefined. */
	get(id: string): LibraryEntry | undefined {
		const storage = this.#store();
		if (!storage) return undefined;
		const read = readEntry(storage, keyOf(id));
		return read.ok ? read.entry : undefined;
	}

	/** Saves a scenario as a new entry under a fresh id. */
	save(name: string, scenario: Scenario): LibraryResult {
		const storage = this.#store();
		if (!storage) return unavailable();
		const cleanName = checkName(name);
		if (!cleanName.ok) return cleanName;
		const validated = validateScenario(scenario);
		if (!validated.ok) {
			return {
				ok: false,
				error: 'invalid-scenario',
				message: `The scenario cannot be saved: ${validated.issues[0]?.message ?? 'it is invalid.'}`
			};
		}
		const id = this.#freshId(storage);
		const entry: LibraryEntry = {
			id,
			name: cleanName.value,
			savedAt: this.#now().toISOString(),
			scenario: validated.scenario
		};
		return write(storage, entry);
	}

	/** Gives an entry a new name; its scenario and `savedAt` are unchanged. */
	rename(id: string, name: string): LibraryResult {
		const storage = this.#store();
		if (!storage) return unavailable();
		const cleanName = checkName(name);
		if (!cleanName.ok) return cleanName;
		const read = readEntry(storage, keyOf(id));
		if (!read.ok) return notFound(id);
		return write(storage, { ...read.entry, name: cleanName.value });
	}

	/** Copies an entry under a fresh id, named `<name> (copy)` unless a name is given. */
	duplicate(id: string, name?: string): LibraryResult {
		const storage = this.#store();
		if (!storage) return unavailable();
		const read = readEntry(storage, keyOf(id));
		if (!read.ok) return notFound(id);
		const suffix = ' (copy)';
		const copyName =
			name ?? `${read.entry.name.slice(0, MAX_NAME_LENGTH - suffix.length).trimEnd()}${suffix}`;
		const cleanName = checkName(copyName);
		if (!cleanName.ok) return cleanName;
		return write(storage, {
			id: this.#freshId(storage),
			name: cleanName.value,
			savedAt: this.#now().toISOString(),
			scenario: structuredClone(read.entry.scenario)
		});
	}

	/** Deletes an entry, readable or not (a skipped entry can be removed by its id too). */
	remove(id: string): LibraryResult<{ id: string }> {
		const storage = this.#store();
		if (!storage) return unavailable();
		const key = keyOf(id);
		try {
			if (storage.getItem(key) === null) return notFound(id);
			storage.removeItem(key);
		} catch (error) {
			return {
				ok: false,
				error: 'unavailable',
				message: `The entry could not be deleted (${text(error)}).`
			};
		}
		return { ok: true, value: { id } };
	}

	#store(): StorageLike | undefined {
		return typeof this.#storage === 'function' ? this.#storage() : this.#storage;
	}

	/** A new id whose key is unused (a repeated id would overwrite another entry). */
	#freshId(storage: StorageLike): string {
		for (let attempt = 0; attempt < 8; attempt++) {
			const id = this.#randomId();
			if (storage.getItem(keyOf(id)) === null) return id;
		}
		throw new Error('Could not find an unused library id');
	}
}

/** The storage key of an entry id. */
export function keyOf(id: string): string {
	return LIBRARY_KEY_PREFIX + id;
}

/**
 * Whether a change to storage `key` can change the library: one of its keys, or `null`, which a
 * `storage` event reports when the whole store was cleared.
 */
export function isLibraryKey(key: string | null | undefined): boolean {
	return key === null || (typeof key === 'string' && key.startsWith(LIBRARY_KEY_PREFIX));
}

/** The entry id of a storage key (the inverse of `keyOf`). */
export function idOf(key: string): string {
	return key.slice(LIBRARY_KEY_PREFIX.length);
}

/** `globalThis.localStorage`, or undefined where there is none or reading it throws. */
function defaultStorage(): StorageLike | undefined {
	try {
		return (globalThis as { localStorage?: StorageLike }).localStorage;
	} catch {
		return undefined;
	}
}

/** `crypto.randomUUID()` (secure contexts only), else a v4 UUID built from random bytes. */
function randomUuid(): string {
	const cryptoApi = globalThis.crypto;
	if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
	const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40;
	bytes[8] = (bytes[8]! & 0x3f) | 0x80;
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	const parts = [
		hex.slice(0, 8),
		hex.slice(8, 12),
		hex.slice(12, 16),
		hex.slice(16, 20),
		hex.slice(20)
	];
	return parts.join('-');
}

function newestFirst(a: LibraryEntry, b: LibraryEntry): number {
	const byTime = Date.parse(b.savedAt) - Date.parse(a.savedAt);
	if (byTime !== 0) return byTime;
	return a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Reads one key: the entry, or why it cannot be used (`reason: null` when the key is absent). */
function readEntry(
	storage: StorageLike,
	key: string
): { ok: true; entry: LibraryEntry } | { ok: false; reason: string | null } {
	let raw: string | null;
	try {
		raw = storage.getItem(key);
	} catch (error) {
		return { ok: false, reason: `could not be read (${text(error)})` };
	}
	if (raw === null) return { ok: false, reason: null };
	let value: unknown;
	try {
		value = JSON.parse(raw);
	} catch {
		return { ok: false, reason: 'is not valid JSON' };
	}
	if (!isPlainObject(value)) return { ok: false, reason: 'is not a library entry (not an object)' };
	if (typeof value.v === 'number' && value.v > LIBRARY_ENTRY_VERSION) {
		return {
			ok: false,
			reason: `was saved by a newer version of the app (entry format ${value.v})`
		};
	}
	if (value.v !== LIBRARY_ENTRY_VERSION) {
		return { ok: false, reason: 'is not a library entry (missing or unknown format version)' };
	}
	if (value.id !== idOf(key)) {
		return { ok: false, reason: 'is not a library entry (its id does not match its key)' };
	}
	const name = value.name;
	if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME_LENGTH) {
		return { ok: false, reason: 'is not a library entry (missing or invalid name)' };
	}
	const savedAt = value.savedAt;
	if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt))) {
		return { ok: false, reason: 'is not a library entry (missing or invalid savedAt)' };
	}
	const validated = validateScenario(value.scenario);
	if (!validated.ok) {
		const first = validated.issues[0]?.message ?? '';
		return { ok: false, reason: `holds an invalid scenario: ${first}` };
	}
	return { ok: true, entry: { id: value.id, name, savedAt, scenario: validated.scenario } };
}

/** Writes an entry to its key; any refusal by the store is reported as `quota`. */
function write(storage: StorageLike, entry: LibraryEntry): LibraryResult {
	const stored: StoredEntry = { v: LIBRARY_ENTRY_VERSION, ...entry };
	try {
		// setItem either stores the whole value or throws and leaves the key as it was.
		storage.setItem(keyOf(entry.id), JSON.stringify(stored));
	} catch (error) {
		return {
			ok: false,
			error: 'quota',
			message:
				'The browser refused to store the scenario; its storage may be full ' + `(${text(error)}).`
		};
	}
	return { ok: true, value: entry };
}

function checkName(name: string): LibraryResult<string> {
	const trimmed = typeof name === 'string' ? name.trim() : '';
	if (trimmed.length < 1 || trimmed.length > MAX_NAME_LENGTH) {
		return {
			ok: false,
			error: 'invalid-name',
			message: `A name must have 1 to ${MAX_NAME_LENGTH} characters; got ${trimmed.length}.`
		};
	}
	return { ok: true, value: trimmed };
}

function notFound(id: string): { ok: false; error: 'not-found'; message: string } {
	return { ok: false, error: 'not-found', message: `There is no saved scenario with id "${id}".` };
}

function unavailable(): { ok: false; error: 'unavailable'; message: string } {
	return {
		ok: false,
		error: 'unavailable',
		message: 'Saving is not available: this browser does not allow local storage here.'
	};
}

function text(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return Object.prototype.toString.call(value) === '[object Object]';
}
