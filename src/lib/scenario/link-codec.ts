/**
 * Scenario links and files.
 *
 * A link carries the scenario in the URL fragment, so it never reaches a server, or is
 * `#preset=<id>` for a built-in scenario. A file carries the `{ v, scenario }` envelope as
 * indented JSON (a bare scenario is accepted too).
 *
 * Link formats:
 * - version 2 and later (written): `#s<v>=<payload>`, payload = base64url(crc ‖ length ‖
 *   deflated) where deflated = deflate-raw(UTF-8 JSON of `{ v, scenario }`), length = its byte
 *   count (u32, big-endian; it tells a cut-off link from a changed one without inflating) and
 *   crc = the CRC-32 (u32, big-endian) of the ASCII parameter name `s<v>`, length and deflated.
 *   Raw deflate has no checksum, so without
 *   one about 1% of damaged links inflated to another valid scenario; CRC-32 detects every change
 *   of up to 32 adjacent bits (any one base64 character is 6), and the parameter name is covered
 *   so a damaged version number is damage, not "a newer version". The name has two characters so
 *   that no single changed character turns a checked link into an unchecked version-1 one. Base64
 *   must be canonical (no stray bits in the last character), so every character matters.
 * - version 1 (read only): `#s=<payload>`, payload = base64url(deflated), no checksum; it must
 *   hold an envelope of version 1 or older.
 *
 * Reading never throws and never clamps: it migrates an older envelope to the current version,
 * validates the scenario, and otherwise returns one `LinkError` whose `kind` says what went wrong
 * (the interface translates by kind; `message` is plain English for logs and tests).
 *
 * Compatibility rule: any change to the envelope or to the scenario format bumps
 * `CURRENT_LINK_VERSION` and ships a migration from the previous version in `migrations`, so
 * links shared before the change keep opening.
 */
import { crc32 } from '../crc32';
import { deflate, fromBase64url, inflate, isCanonical, toBase64url } from './link-bytes';
import { presetById as builtInPresetById, type Preset } from './presets/index';
import { validateScenario } from './schema';
import type { Scenario, ScenarioIssue } from './types';

/** The envelope version this code writes and the newest one it reads. */
export const CURRENT_LINK_VERSION = 2;

/** What a link or file decodes to before validation: a version and what that version carries. */
export type LinkEnvelope = { v: number } & Record<string, unknown>;

/** Upgrades an envelope of version n to version n + 1; may throw on input it cannot read. */
export type Migration = (envelope: LinkEnvelope) => LinkEnvelope;

/** Migrations keyed by the version they upgrade from. */
export type Migrations = Readonly<Partial<Record<number, Migration>>>;

/**
 * The shipped migrations: version n → n + 1. Version 2 changed the link's container (a checksum),
 * not the scenario, so its envelope is version 1's.
 */
export const migrations: Migrations = { 1: (envelope) => envelope };

/** Why a link or file could not be opened; each kind has its own words in the interface. */
export type LinkError =
	| { kind: 'not-a-scenario-link'; message: string }
	| { kind: 'bad-encoding'; message: string }
	| { kind: 'truncated'; message: string }
	| { kind: 'corrupt'; message: string }
	| { kind: 'newer-version'; version: number; message: string }
	| { kind: 'unknown-preset'; id: string; message: string }
	| { kind: 'invalid-scenario'; issues: ScenarioIssue[]; message: string };

/** The kinds of `LinkError`. */
export type LinkErrorKind = LinkError['kind'];

/** The outcome of reading a link or file: a normalised scenario, or why there is none. */
export type LinkResult =
	| {
			ok: true;
			scenario: Scenario;
			/** The envelope version the link or file was written in, when older than the current. */
			migratedFrom?: number;
			/** The preset id, when the link was `#preset=<id>`. */
			presetId?: string;
	  }
	| { ok: false; error: LinkError };

/** Dependencies of decoding, replaceable in tests. */
export interface DecodeOptions {
	/** Migrations by source version; defaults to the shipped `migrations`. */
	migrations?: Migrations;
	/** Finds a built-in scenario by id; defaults to the preset registry. */
	presetById?: (id: string) => Preset | undefined;
}

/** Largest inflated payload accepted, in bytes; far above any scenario, it stops deflate bombs. */
export const MAX_PAYLOAD_BYTES = 1 << 20;

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/** The URL fragment (without '#') that opens this scenario: `s2=<payload>`. */
export async function encodeScenarioLink(scenario: Scenario): Promise<string> {
	const envelope = { v: CURRENT_LINK_VERSION, scenario };
	return packLink(CURRENT_LINK_VERSION, JSON.stringify(envelope));
}

/** A checked link fragment `s<version>=…` carrying `text` (see the header for the format). */
export async function packLink(version: number, text: string): Promise<string> {
	const name = linkParameter(version);
	const deflated = await deflate(text);
	const bytes = new Uint8Array(CHECKED_HEADER_BYTES + deflated.length);
	const view = new DataView(bytes.buffer);
	view.setUint32(4, deflated.length);
	bytes.set(deflated, CHECKED_HEADER_BYTES);
	view.setUint32(0, checksum(name, bytes));
	return `${name}=${toBase64url(bytes)}`;
}

/** CRC-32 and length, before the deflated bytes of a checked link. */
const CHECKED_HEADER_BYTES = 8;

/** The fragment parameter of a checked link of `version` (2 or later). */
function linkParameter(version: number): string {
	return `s${version}`;
}

/** The CRC-32 of a checked link: its parameter name, then its bytes after the CRC itself. */
function checksum(name: string, bytes: Uint8Array): number {
	return crc32(bytes.subarray(4), crc32(new TextEncoder().encode(name)));
}

/** The URL fragment (without '#') that opens a built-in scenario: `preset=<id>`. */
export function encodePresetLink(id: string): string {
	return new URLSearchParams({ preset: id }).toString();
}

/** base64url(deflate-raw(UTF-8 text)): the payload of an unchecked version-1 `s=` link. */
export async function packPayload(text: string): Promise<string> {
	return toBase64url(await deflate(text));
}

/** A scenario as the contents of a downloadable `.json` file: the versioned envelope, indented. */
export function scenarioToFile(scenario: Scenario): string {
	return `${JSON.stringify({ v: CURRENT_LINK_VERSION, scenario }, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------

/** A checked link's parameter: `s` and a version number from 2 up. */
const CHECKED_PARAMETER = /^s([1-9][0-9]{0,8})$/;

/**
 * A fragment parameter this long (name or value, in base64url characters) is a link payload: if
 * its name is not one we know, the link was damaged (no in-page anchor looks like this).
 */
const PAYLOAD_LIKE = /^[A-Za-z0-9_-]{32}/;

/**
 * Reads a URL fragment (with or without '#'): `s<v>=<payload>` (checked, version 2 on), `s=`
 * (version 1) or `preset=<id>`, in that order of precedence; other parameters are ignored.
 * Never throws.
 */
export async function decodeScenarioLink(
	fragment: string,
	options: DecodeOptions = {}
): Promise<LinkResult> {
	try {
		const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment);
		for (const [name, value] of params) {
			const version = CHECKED_PARAMETER.exec(name)?.[1];
			if (version !== undefined && Number(version) >= 2) {
				return await decodeChecked(name, Number(version), value, options);
			}
		}
		const payload = params.get('s');
		if (payload !== null) return await decodePayload(payload, options);
		const presetId = params.get('preset');
		if (presetId !== null) return openPreset(presetId, options);
		for (const [name, value] of params) {
			if (PAYLOAD_LIKE.test(name) || PAYLOAD_LIKE.test(value)) return failure(damagedLink());
		}
		return failure({
			kind: 'not-a-scenario-link',
			message: 'This address does not contain a scenario (expected #s2=… or #preset=…).'
		});
	} catch (error) {
		return failure(unexpected('link', error));
	}
}

/**
 * Reads the text of a scenario file: the `{ v, scenario }` envelope or a bare scenario.
 * Never throws.
 */
export function scenarioFromFile(text: string, options: DecodeOptions = {}): LinkResult {
	try {
		let value: unknown;
		try {
			value = JSON.parse(text);
		} catch (error) {
			return failure({
				kind: 'corrupt',
				message: `This file is not valid JSON (${errorText(error)}).`
			});
		}
		if (isPlainObject(value) && Object.prototype.hasOwnProperty.call(value, 'v')) {
			return fromEnvelope(value, options, 'file');
		}
		return fromScenario(value, 'file');
	} catch (error) {
		return failure(unexpected('file', error));
	}
}

/**
 * Brings an envelope up to `CURRENT_LINK_VERSION` by applying `registry[n]` for each older n.
 * Returns the upgraded envelope, or the reason it cannot be read.
 */
export function migrateEnvelope(
	value: unknown,
	registry: Migrations = migrations,
	source: Source = 'link'
): { ok: true; envelope: LinkEnvelope; migratedFrom?: number } | { ok: false; error: LinkError } {
	if (!isPlainObject(value)) {
		return failure({
			kind: 'corrupt',
			message: `This ${source} does not hold a scenario: its contents are not a JSON object.`
		});
	}
	const version = value.v;
	if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
		return failure({
			kind: 'corrupt',
			message:
				`This ${source} does not hold a scenario: its format version is missing or not a ` +
				'whole number.'
		});
	}
	if (version > CURRENT_LINK_VERSION) return failure(newerVersion(version, source));
	let envelope = value as LinkEnvelope;
	for (let from = version; from < CURRENT_LINK_VERSION; from++) {
		const migration = registry[from];
		if (!migration) {
			return failure({
				kind: 'corrupt',
				message:
					`This ${source} uses format ${version}, which this version of the simulator cannot ` +
					`upgrade (no migration from format ${from}).`
			});
		}
		try {
			envelope = { ...migration(envelope), v: from + 1 };
		} catch (error) {
			return failure({
				kind: 'corrupt',
				message:
					`This ${source} uses format ${version} and could not be upgraded from format ${from} ` +
					`(${errorText(error)}).`
			});
		}
	}
	return version < CURRENT_LINK_VERSION
		? { ok: true, envelope, migratedFrom: version }
		: { ok: true, envelope };
}

function newerVersion(version: number, source: Source): LinkError {
	return {
		kind: 'newer-version',
		version,
		message:
			`This ${source} was made by a newer version of the simulator (format ${version}; this ` +
			`version reads up to ${CURRENT_LINK_VERSION}). Reload the page to update, then open it ` +
			'again.'
	};
}

/** Where a payload came from, for the wording of messages. */
export type Source = 'link' | 'file';

/** Reads an unchecked version-1 `s=` payload. */
async function decodePayload(payload: string, options: DecodeOptions): Promise<LinkResult> {
	const bytes = fromBase64url(payload);
	if (bytes === null) return failure(badEncoding());
	const inflated = await inflate(bytes, MAX_PAYLOAD_BYTES);
	if (!inflated.ok) return failure(inflateError(inflated.reason));
	const value = parseJson(inflated.bytes);
	if (value === undefined) return failure(notJson());
	// Only version 1 was ever written unchecked: a later version here was damaged into this form.
	if (isPlainObject(value) && typeof value.v === 'number' && value.v > 1) {
		return failure(damagedLink());
	}
	return fromEnvelope(value, options, 'link');
}

/** Reads a checked `s<version>=` payload: checksum first, then the envelope it must hold. */
async function decodeChecked(
	name: string,
	version: number,
	payload: string,
	options: DecodeOptions
): Promise<LinkResult> {
	const bytes = fromBase64url(payload);
	if (bytes === null) return failure(badEncoding());
	if (bytes.length < CHECKED_HEADER_BYTES) return failure(truncatedLink());
	const view = new DataView(bytes.buffer);
	const deflated = bytes.subarray(CHECKED_HEADER_BYTES);
	if (view.getUint32(0) !== checksum(name, bytes)) {
		// A cut-off link fails the checksum too: its recorded length says which it is.
		if (deflated.length < view.getUint32(4)) return failure(truncatedLink());
		return failure({
			kind: 'corrupt',
			message:
				'This scenario link is damaged: its checksum does not match, so it was changed after ' +
				'it was made (often when it was copied).'
		});
	}
	// Stray bits in the last character are ignored by decoders, so they must be zero: then every
	// character of the link counts.
	if (!isCanonical(payload) || deflated.length !== view.getUint32(4)) {
		return failure(damagedLink());
	}
	if (version > CURRENT_LINK_VERSION) return failure(newerVersion(version, 'link'));
	const inflated = await inflate(deflated, MAX_PAYLOAD_BYTES);
	if (!inflated.ok) return failure(inflateError(inflated.reason));
	const value = parseJson(inflated.bytes);
	if (value === undefined) return failure(notJson());
	if (!isPlainObject(value) || value.v !== version) {
		return failure({
			kind: 'corrupt',
			message: `This scenario link is damaged: it is marked format ${version} but holds another.`
		});
	}
	return fromEnvelope(value, options, 'link');
}

function parseJson(bytes: Uint8Array): unknown {
	try {
		return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
	} catch {
		return undefined;
	}
}

function badEncoding(): LinkError {
	return {
		kind: 'bad-encoding',
		message:
			'This scenario link contains characters that a link payload cannot have; it may have ' +
			'been changed when it was copied.'
	};
}

function truncatedLink(): LinkError {
	return {
		kind: 'truncated',
		message:
			'This scenario link is incomplete: it was probably cut off when it was copied. Copy ' +
			'the whole link and try again.'
	};
}

function damagedLink(): LinkError {
	return {
		kind: 'corrupt',
		message: 'This scenario link is damaged: it was changed after it was made.'
	};
}

function notJson(): LinkError {
	return {
		kind: 'corrupt',
		message: 'This scenario link is damaged: its contents are not valid JSON text.'
	};
}

function inflateError(reason: 'truncated' | 'corrupt' | 'too-large'): LinkError {
	if (reason === 'truncated') return truncatedLink();
	return {
		kind: 'corrupt',
		message:
			reason === 'too-large'
				? `This scenario link is damaged: it unpacks to more than ${MAX_PAYLOAD_BYTES} bytes.`
				: 'This scenario link is damaged and cannot be unpacked.'
	};
}

function fromEnvelope(value: unknown, options: DecodeOptions, source: Source): LinkResult {
	const migrated = migrateEnvelope(value, options.migrations ?? migrations, source);
	if (!migrated.ok) return migrated;
	const { envelope, migratedFrom } = migrated;
	if (!Object.prototype.hasOwnProperty.call(envelope, 'scenario')) {
		return failure({
			kind: 'corrupt',
			message: `This ${source} does not hold a scenario: its "scenario" field is missing.`
		});
	}
	const result = fromScenario(envelope.scenario, source);
	return result.ok && migratedFrom !== undefined ? { ...result, migratedFrom } : result;
}

function fromScenario(value: unknown, source: Source): LinkResult {
	const result = validateScenario(value);
	if (result.ok) return { ok: true, scenario: result.scenario };
	const count = result.issues.length;
	return failure({
		kind: 'invalid-scenario',
		issues: result.issues,
		message:
			`The scenario in this ${source} breaks ${count === 1 ? 'a rule' : `${count} rules`}: ` +
			`${result.issues[0]?.message ?? ''}`
	});
}

function openPreset(id: string, options: DecodeOptions): LinkResult {
	const preset = (options.presetById ?? builtInPresetById)(id);
	if (!preset) {
		return failure({
			kind: 'unknown-preset',
			id,
			message: `There is no built-in scenario called "${id}".`
		});
	}
	// Validating again returns a fresh copy, so the caller cannot edit the preset itself.
	const result = fromScenario(preset.scenario, 'link');
	return result.ok ? { ...result, presetId: preset.id } : result;
}

function failure(error: LinkError): { ok: false; error: LinkError } {
	return { ok: false, error };
}

function unexpected(source: Source, error: unknown): LinkError {
	return {
		kind: 'corrupt',
		message: `This ${source} could not be read (${errorText(error)}).`
	};
}

function errorText(error: unknown): string {
	try {
		return error instanceof Error ? error.message : String(error);
	} catch {
		return 'unknown error';
	}
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return Object.prototype.toString.call(value) === '[object Object]';
}
