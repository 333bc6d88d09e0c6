/**
 * Partial results (shards, MODEL.md section 11). Shard K of N runs a contiguous range of whole
 * blocks; because the Accumulator places per-path values by path index and folds block sums in
 * block order, merging the shards of a partition in any order gives exactly the result of one
 * run: the same bytes of JSON.
 *
 * A shard file is self-describing and checked: a magic line, a CRC-32 of everything after it, a
 * JSON header (the scenario, the shard's place, the chunk's scalar fields and the name, type and
 * length of every typed array), then the arrays' bytes. The chunk is serialised generically —
 * whatever typed arrays and plain fields `runChunk` returns, by name — so this file does not
 * change when the chunk layout does; a shard whose layout differs from this build's is refused.
 */
import type { Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/schema';
import { crc32 } from '../crc32';
import { Accumulator, blockCount, runChunk, type ChunkResult } from './blocks';
import { engineFingerprint } from './fingerprint';
import { summarize } from './summarize';
import type { SimulationResult } from './types';

/** Which of how many shards a partial result is (index is 1-based, as on the command line). */
export interface ShardPlace {
	index: number;
	count: number;
}

/** A partial result: the scenario, the shard's place, and the chunk of its blocks. */
export interface ShardResult {
	scenario: Scenario;
	shard: ShardPlace;
	chunk: ChunkResult;
	/** The engine build that computed it (see engineFingerprint): shards of other builds never merge. */
	engine: string;
	/** Seconds the shard's simulation took, as measured by the caller (never part of the numbers). */
	simulateSeconds?: number;
}

/** A shard and the name (file) it came from, for messages. */
export interface NamedShard {
	name: string;
	result: ShardResult;
}

/**
 * Why shards cannot be read or merged: `damaged` (not a shard file, cut off or changed),
 * `foreign` (another scenario, seed, path count or shard count, or another engine build),
 * `duplicate` (the same shard twice), `missing` (a shard of the partition is absent).
 */
export class ShardError extends Error {
	readonly kind: 'damaged' | 'foreign' | 'duplicate' | 'missing';
	constructor(kind: ShardError['kind'], message: string) {
		super(message);
		this.name = 'ShardError';
		this.kind = kind;
	}
}

/** The version of the shard file layout this build writes and reads. */
export const SHARD_FORMAT_VERSION = 1;
const MAGIC = new TextEncoder().encode('CXSHARD\n');
/** Magic, header length (u32), CRC-32 of the rest (u32). */
const PREFIX_BYTES = MAGIC.length + 8;

/** Blocks of shard `index` of `count`: the index-th of count near-equal ranges of whole blocks. */
export function shardBlocks(
	paths: number,
	place: ShardPlace
): { firstBlock: number; blockCount: number } {
	checkPlace(place);
	const total = blockCount(paths);
	const first = Math.floor(((place.index - 1) * total) / place.count);
	const end = Math.floor((place.index * total) / place.count);
	return { firstBlock: first, blockCount: end - first };
}

/** Runs one shard of a validated scenario. */
export function runShard(scenario: Scenario, place: ShardPlace): ShardResult {
	const { firstBlock, blockCount: count } = shardBlocks(scenario.paths, place);
	return {
		scenario,
		shard: { index: place.index, count: place.count },
		chunk: runChunk(scenario, firstBlock, count),
		engine: engineFingerprint()
	};
}

/**
 * Merges the shards of one run, given in any order, into the result of that run. Throws a
 * ShardError naming the shard that is foreign, duplicated or missing.
 */
export function mergeShards(shards: readonly NamedShard[]): SimulationResult {
	if (shards.length === 0) throw new ShardError('missing', 'no shard files were given');
	const first = shards[0]!;
	const layout = layoutOf(runChunk(first.result.scenario, 0, 0));
	const byIndex = new Map<number, NamedShard>();
	for (const shard of shards) {
		const why = foreignReason(first.result, shard.result);
		if (why) {
			throw new ShardError(
				'foreign',
				`${shard.name} is from another run: ${why.theirs} where ${first.name} has ${why.ours}`
			);
		}
		if (layoutOf(shard.result.chunk) !== layout || shard.result.engine !== engineFingerprint()) {
			throw new ShardError(
				'foreign',
				`${shard.name} was written by another version of the simulator (its ${
					layoutOf(shard.result.chunk) !== layout ? 'chunk layout' : 'engine build'
				} differs from this one's)`
			);
		}
		const { index, count } = shard.result.shard;
		const twin = byIndex.get(index);
		if (twin) {
			throw new ShardError(
				'duplicate',
				`shard ${index}/${count} is given twice (${twin.name} and ${shard.name})`
			);
		}
		const expected = shardBlocks(shard.result.scenario.paths, shard.result.shard);
		if (
			shard.result.chunk.firstBlock !== expected.firstBlock ||
			shard.result.chunk.blockCount !== expected.blockCount
		) {
			throw new ShardError(
				'damaged',
				`${shard.name} does not hold the blocks of shard ${index}/${count}`
			);
		}
		byIndex.set(index, shard);
	}
	const count = first.result.shard.count;
	const missing: string[] = [];
	for (let k = 1; k <= count; k++) if (!byIndex.has(k)) missing.push(`${k}/${count}`);
	if (missing.length > 0) {
		const list = missing.length > 5 ? `${missing.slice(0, 5).join(', ')}, …` : missing.join(', ');
		throw new ShardError(
			'missing',
			`${missing.length === 1 ? 'shard' : `${missing.length} shards`} missing: ${list}`
		);
	}
	const accumulator = new Accumulator(first.result.scenario);
	for (let k = 1; k <= count; k++) {
		const chunk = byIndex.get(k)!.result.chunk;
		if (chunk.blockCount > 0) accumulator.add(chunk);
	}
	return summarize(accumulator);
}

/** What differs between `other` and `reference` so that they cannot merge, or undefined. */
function foreignReason(
	reference: ShardResult,
	other: ShardResult
): { theirs: string; ours: string } | undefined {
	const a = reference.scenario;
	const b = other.scenario;
	const seed = (s: Scenario) => `seed ${JSON.stringify(s.seed)}`;
	if (seed(a) !== seed(b)) return { theirs: seed(b), ours: seed(a) };
	if (a.paths !== b.paths) return { theirs: `${b.paths} paths`, ours: `${a.paths}` };
	if (reference.shard.count !== other.shard.count) {
		return { theirs: `${other.shard.count} shards`, ours: `${reference.shard.count}` };
	}
	const rest = (s: Scenario) => JSON.stringify({ ...s, seed: 0, paths: 0 });
	if (rest(a) !== rest(b)) {
		return { theirs: `another scenario ("${b.name}")`, ours: `"${a.name}"` };
	}
	return undefined;
}

function checkPlace(place: ShardPlace): void {
	const { index, count } = place;
	if (!Number.isSafeInteger(count) || count < 1 || !Number.isSafeInteger(index)) {
		throw new RangeError(`a shard is K/N with whole numbers 1 ≤ K ≤ N; got ${index}/${count}`);
	}
	if (index < 1 || index > count) {
		throw new RangeError(`shard K/N needs K from 1 to ${count}; got ${index}/${count}`);
	}
}

// ---------------------------------------------------------------------------------------------
// The file
// ---------------------------------------------------------------------------------------------

const TYPED_ARRAYS = {
	Int8Array,
	Uint8Array,
	Uint8ClampedArray,
	Int16Array,
	Uint16Array,
	Int32Array,
	Uint32Array,
	Float32Array,
	Float64Array,
	BigInt64Array,
	BigUint64Array
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;
type AnyTypedArray = InstanceType<(typeof TYPED_ARRAYS)[TypedArrayName]>;

interface ArrayEntry {
	type: TypedArrayName;
	length: number;
}

interface Header {
	format: number;
	littleEndian: boolean;
	scenario: Scenario;
	shard: ShardPlace;
	engine: string;
	simulateSeconds?: number;
	/** The chunk with every typed array replaced by `{ $array: i }` (see `arrays`). */
	chunk: unknown;
	arrays: ArrayEntry[];
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The bytes of a shard file. */
export function encodeShard(result: ShardResult): Uint8Array {
	const arrays: ArrayEntry[] = [];
	const views: Uint8Array[] = [];
	const chunk = toPlain(result.chunk, (array) => {
		const type = typedArrayName(array);
		arrays.push({ type, length: array.length });
		views.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
		return arrays.length - 1;
	});
	const header: Header = {
		format: SHARD_FORMAT_VERSION,
		littleEndian: LITTLE_ENDIAN,
		scenario: result.scenario,
		shard: result.shard,
		engine: result.engine,
		...(result.simulateSeconds === undefined ? {} : { simulateSeconds: result.simulateSeconds }),
		chunk,
		arrays
	};
	const headerBytes = new TextEncoder().encode(JSON.stringify(header));
	let size = align8(PREFIX_BYTES + headerBytes.length);
	const offsets = views.map((view) => {
		const at = size;
		size = align8(size + view.byteLength);
		return at;
	});
	const out = new Uint8Array(size);
	out.set(MAGIC, 0);
	const data = new DataView(out.buffer);
	data.setUint32(MAGIC.length, headerBytes.length, true);
	out.set(headerBytes, PREFIX_BYTES);
	views.forEach((view, i) => out.set(view, offsets[i]!));
	data.setUint32(MAGIC.length + 4, crc32(out.subarray(PREFIX_BYTES)), true);
	return out;
}

/** Reads a shard file; throws a ShardError (kind `damaged`) saying what is wrong with it. */
export function decodeShard(bytes: Uint8Array): ShardResult {
	const damaged = (why: string) => new ShardError('damaged', why);
	if (bytes.length < PREFIX_BYTES || MAGIC.some((b, i) => bytes[i] !== b)) {
		throw damaged('is not a shard file (written by --shard K/N --partial FILE)');
	}
	const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const headerLength = data.getUint32(MAGIC.length, true);
	if (PREFIX_BYTES + headerLength > bytes.length)
		throw damaged('is cut off (its header is incomplete)');
	if (crc32(bytes.subarray(PREFIX_BYTES)) !== data.getUint32(MAGIC.length + 4, true)) {
		throw damaged('is damaged or cut off (its checksum does not match)');
	}
	let header: Header;
	try {
		header = JSON.parse(
			new TextDecoder('utf-8', { fatal: true }).decode(
				bytes.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength)
			)
		) as Header;
	} catch {
		throw damaged('has an unreadable header');
	}
	if (header.format !== SHARD_FORMAT_VERSION) {
		throw new ShardError(
			'foreign',
			`uses shard format ${String(header.format)}; this version reads format ${SHARD_FORMAT_VERSION}`
		);
	}
	if (header.littleEndian !== LITTLE_ENDIAN) {
		throw new ShardError('foreign', 'was written on a machine of the other byte order');
	}
	const validated = validateScenario(header.scenario);
	if (!validated.ok) throw damaged(`holds an invalid scenario (${validated.issues[0]?.message})`);
	try {
		checkPlace(header.shard);
	} catch (error) {
		throw damaged(`has no valid shard place (${(error as Error).message})`);
	}
	let offset = align8(PREFIX_BYTES + headerLength);
	const arrays = header.arrays.map((entry) => {
		const Type = TYPED_ARRAYS[entry.type];
		if (!Type || !Number.isSafeInteger(entry.length) || entry.length < 0) {
			throw damaged('lists an array it cannot hold');
		}
		const byteLength = entry.length * Type.BYTES_PER_ELEMENT;
		if (offset + byteLength > bytes.length) throw damaged('is cut off (an array is incomplete)');
		// A copy (of the bytes, not of a view: Node's Buffer#slice shares memory), since the file's
		// buffer may not be aligned for the array's element size.
		const copy = new Uint8Array(bytes.subarray(offset, offset + byteLength));
		offset = align8(offset + byteLength);
		return new Type(copy.buffer, 0, entry.length);
	});
	const chunk = fromPlain(header.chunk, (index) => {
		const array = arrays[index];
		if (!array) throw damaged('refers to an array it does not hold');
		return array;
	}) as ChunkResult;
	return {
		scenario: header.scenario,
		shard: { index: header.shard.index, count: header.shard.count },
		chunk,
		engine: typeof header.engine === 'string' ? header.engine : '',
		...(typeof header.simulateSeconds === 'number'
			? { simulateSeconds: header.simulateSeconds }
			: {})
	};
}

function align8(n: number): number {
	return Math.ceil(n / 8) * 8;
}

function typedArrayName(array: ArrayBufferView): TypedArrayName {
	for (const [name, Type] of Object.entries(TYPED_ARRAYS)) {
		if (array instanceof Type) return name as TypedArrayName;
	}
	throw new TypeError(`a chunk field is a ${array.constructor.name}, which a shard cannot hold`);
}

/** The field names and typed-array types of a chunk, as one comparable string. */
function layoutOf(chunk: ChunkResult): string {
	return JSON.stringify(
		toPlain(chunk, (array) => typedArrayName(array)),
		(_key, value: unknown) => (typeof value === 'number' ? 0 : value)
	);
}

/**
 * `value` as JSON-safe data: typed arrays become `{ $array: place(array) }`, non-finite numbers
 * `{ $number: "NaN" }` and so on; anything else that JSON cannot hold is refused.
 */
function toPlain(value: unknown, place: (array: AnyTypedArray) => unknown): unknown {
	if (typeof value === 'number') {
		return Number.isFinite(value) ? value : { $number: String(value) };
	}
	if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
	if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
		return { $array: place(value as AnyTypedArray) };
	}
	if (Array.isArray(value)) return value.map((item) => toPlain(item, place));
	if (Object.prototype.toString.call(value) === '[object Object]') {
		return Object.fromEntries(
			Object.entries(value as object).map(([key, inner]) => [key, toPlain(inner, place)])
		);
	}
	throw new TypeError(`a chunk field holds a ${typeof value}, which a shard cannot hold`);
}

function fromPlain(value: unknown, array: (index: number) => AnyTypedArray): unknown {
	if (Array.isArray(value)) return value.map((item) => fromPlain(item, array));
	if (value !== null && typeof value === 'object') {
		const record = value as Record<string, unknown>;
		if (typeof record.$array === 'number') return array(record.$array);
		if (typeof record.$number === 'string') return Number(record.$number);
		return Object.fromEntries(
			Object.entries(record).map(([key, inner]) => [key, fromPlain(inner, array)])
		);
	}
	return value;
}
