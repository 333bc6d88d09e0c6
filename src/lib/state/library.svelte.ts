/**
 * The local library as the page sees it: a reactive listing refreshed after every operation,
 * and each outcome reported as a notice. Storage stays in `Library` (plain TypeScript).
 */
import {
	Library,
	MAX_NAME_LENGTH,
	idOf,
	isLibraryKey,
	type LibraryEntry,
	type LibraryErrorKind,
	type LibraryListing,
	type LibraryResult,
	type SkippedEntry
} from './library';
import type { ScenarioState } from './scenario.svelte';
import type { NoticeLine, Notices } from './share.svelte';

const ERROR_LINES: Record<LibraryErrorKind, NoticeLine> = {
	quota: { key: 'library.storageFull' },
	unavailable: { key: 'library.storageUnavailable' },
	'invalid-name': { key: 'library.invalidName', params: { max: MAX_NAME_LENGTH } },
	'invalid-scenario': { key: 'share.invalidDraft' },
	'not-found': { key: 'library.notFound' }
};

/** Saved scenarios of this browser, for one ScenarioState. */
export class LibraryState {
	readonly #library: Library;
	readonly #scenario: ScenarioState;
	readonly #notices: Notices;
	/** Replaced whole by `refresh`. */
	#listing = $state.raw<LibraryListing>({ entries: [], skipped: [] });

	/** Saves and opens `scenario`, reporting through `notices`; `library` defaults to localStorage. */
	constructor(scenario: ScenarioState, notices: Notices, library: Library = new Library()) {
		this.#scenario = scenario;
		this.#notices = notices;
		this.#library = library;
		this.refresh();
	}

	/** Readable entries, newest first. */
	get entries(): LibraryEntry[] {
		return this.#listing.entries;
	}

	/** Entries that could not be read (damaged or from a newer version); the others still list. */
	get skipped(): SkippedEntry[] {
		return this.#listing.skipped;
	}

	/** Reads the listing again (another tab may have changed it). */
	refresh(): void {
		this.#listing = this.#library.list();
	}

	/**
	 * Follows saves, renames and deletions made in other tabs: the browser fires `storage` on
	 * every other document of the origin when one changes localStorage. Returns the unsubscribe.
	 */
	listen(
		target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = globalThis
	): () => void {
		const onStorage = (event: Event) => {
			if (isLibraryKey((event as StorageEvent).key)) this.refresh();
		};
		target.addEventListener('storage', onStorage);
		return () => target.removeEventListener('storage', onStorage);
	}

	/** Saves the current scenario under `name`; false (and a notice) when it was not saved. */
	save(name: string): boolean {
		const valid = this.#scenario.valid;
		if (!valid) return this.#report({ ok: false, error: 'invalid-scenario', message: '' });
		return this.#report(this.#library.save(name, valid), 'library.saved');
	}

	/** Replaces the current scenario with a saved one. */
	open(id: string): boolean {
		const entry = this.#library.get(id);
		if (!entry) return this.#report({ ok: false, error: 'not-found', message: '' });
		this.#scenario.load(entry.scenario);
		return this.#report({ ok: true, value: entry }, 'library.opened');
	}

	/** Gives a saved scenario a new name. */
	rename(id: string, name: string): boolean {
		return this.#report(this.#library.rename(id, name), 'library.renamed');
	}

	/** Saves a copy of an entry under `name` (the library's "(copy)" name when omitted). */
	duplicate(id: string, name?: string): boolean {
		const copyName = name && name.length <= MAX_NAME_LENGTH ? name : undefined;
		return this.#report(this.#library.duplicate(id, copyName), 'library.duplicated');
	}

	/** Deletes an entry for good. */
	remove(id: string): boolean {
		const name = this.#library.get(id)?.name ?? '';
		const result = this.#library.remove(id);
		return this.#report(result.ok ? { ok: true, value: { name } } : result, 'library.deleted');
	}

	/** Deletes every entry that could not be read. */
	removeSkipped(): void {
		for (const { key } of this.skipped) this.#library.remove(idOf(key));
		this.refresh();
	}

	/** Refreshes the listing and announces the outcome; true on success. */
	#report(
		result: LibraryResult<{ name: string }>,
		success?:
			| 'library.saved'
			| 'library.opened'
			| 'library.renamed'
			| 'library.duplicated'
			| 'library.deleted'
	): boolean {
		this.refresh();
		if (!result.ok) {
			this.#notices.show('error', ERROR_LINES[result.error]);
			return false;
		}
		if (success) this.#notices.show('info', { key: success, params: { name: result.value.name } });
		return true;
	}
}
