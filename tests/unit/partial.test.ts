/**
 * Shards (MODEL.md section 11): the shards of any partition, through their file bytes and merged
 * in any order, give exactly the JSON of one run; every kind of bad set of shards is refused
 * with a message naming the culprit.
 */
import { describe, expect, it } from 'vitest';
import * as zlib from 'node:zlib';
import { crc32 } from '../../src/lib/crc32';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { BLOCK_PATHS, blockCount } from '../../src/lib/sim/blocks';
import { resultToJson } from '../../src/lib/sim/json';
import {
	ShardError,
	decodeShard,
	encodeShard,
	mergeShards,
	runShard,
	shardBlocks,
	type NamedShard,
	type ShardResult
} from '../../src/lib/sim/partial';
import { simulate } from '../../src/lib/sim/run';
import { engineFingerprint } from '../../src/lib/sim/fingerprint';

function scenario(overrides: Partial<Scenario> = {}): Scenario {
	const base = structuredClone(presetById('default')!.scenario);
	const result = validateScenario({ ...base, paths: 3_300, horizonMonths: 24, ...overrides });
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.scenario;
}

/** Shards of `s` as a merge reads them: through the bytes of their files. */
function shards(s: Scenario, count: number): NamedShard[] {
	return Array.from({ length: count }, (_, i) => ({
		name: `part-${i + 1}.bin`,
		result: decodeShard(encodeShard(runShard(s, { index: i + 1, count })))
	}));
}

/** A fixed shuffle (seeded LCG), so the order is not the natural one. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
	const out = [...items];
	let state = seed;
	for (let i = out.length - 1; i > 0; i--) {
		state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
		const j = state % (i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

function refusal(run: () => unknown): ShardError {
	try {
		run();
	} catch (error) {
		if (error instanceof ShardError) return error;
		throw error;
	}
	throw new Error('expected a ShardError');
}

describe('CRC-32', () => {
	it('equals zlib.crc32 on random inputs, whole and continued', () => {
		let state = 7;
		for (let n = 0; n < 200; n++) {
			const bytes = new Uint8Array(n * 13);
			for (let i = 0; i < bytes.length; i++) bytes[i] = (state = (state * 69_069 + 1) >>> 0) >>> 24;
			expect(crc32(bytes)).toBe(zlib.crc32(bytes));
			const cut = Math.floor(bytes.length / 3);
			expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(crc32(bytes));
		}
	});
});

describe('shard ranges', () => {
	it.each([1, 2, 3, 7, 9, 20])(
		'%i shards partition the blocks into contiguous near-equal ranges',
		(count) => {
			const paths = 3_300;
			const total = blockCount(paths);
			let next = 0;
			const sizes: number[] = [];
			for (let index = 1; index <= count; index++) {
				const range = shardBlocks(paths, { index, count });
				expect(range.firstBlock).toBe(next);
				next += range.blockCount;
				sizes.push(range.blockCount);
			}
			expect(next).toBe(total);
			expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
		}
	);
});

describe('merging shards', () => {
	const s = scenario();
	const plain = JSON.stringify(resultToJson(simulate(s)));

	it.each([
		[1, 11],
		[2, 12],
		[3, 13],
		[7, 14],
		[9, 15]
	])('%i shards in shuffled order merge to the bytes of one run', (count, seed) => {
		expect(blockCount(s.paths)).toBe(7);
		const merged = mergeShards(shuffled(shards(s, count), seed));
		expect(JSON.stringify(resultToJson(merged))).toBe(plain);
	});

	it('a path count that is not a whole number of blocks still merges exactly', () => {
		const odd = scenario({ paths: 2 * BLOCK_PATHS + 7, seed: 'odd' });
		const merged = mergeShards(shuffled(shards(odd, 3), 3));
		expect(JSON.stringify(resultToJson(merged))).toBe(JSON.stringify(resultToJson(simulate(odd))));
	});

	const three = shards(s, 3);

	it('refuses a missing shard, naming it', () => {
		const error = refusal(() => mergeShards([three[0]!, three[2]!]));
		expect(error.kind).toBe('missing');
		expect(error.message).toBe('shard missing: 2/3');
	});

	it('refuses a duplicated shard, naming both files', () => {
		const twin = { ...three[1]!, name: 'copy-of-2.bin' };
		const error = refusal(() => mergeShards([...three, twin]));
		expect(error.kind).toBe('duplicate');
		expect(error.message).toBe('shard 2/3 is given twice (part-2.bin and copy-of-2.bin)');
	});

	it.each([
		['seed', { seed: 'other' }, /seed "other" where part-1\.bin has seed "1"/],
		['paths', { paths: 3_800 }, /3800 paths where part-1\.bin has 3300/],
		['scenario', { discountRateAnnual: 0.2 }, /another scenario/]
	] as const)('refuses a shard of another %s', (_label, overrides, message) => {
		const foreign = shards(scenario(overrides), 3)[1]!;
		const error = refusal(() =>
			mergeShards([three[0]!, { ...foreign, name: 'stranger.bin' }, three[2]!])
		);
		expect(error.kind).toBe('foreign');
		expect(error.message).toMatch(/^stranger\.bin is from another run: /);
		expect(error.message).toMatch(message);
	});

	it('refuses a shard of another shard count', () => {
		const other = shards(s, 4)[1]!;
		const error = refusal(() => mergeShards([...three, { ...other, name: 'of-four.bin' }]));
		expect(error.kind).toBe('foreign');
		expect(error.message).toMatch(
			/of-four\.bin is from another run: 4 shards where part-1\.bin has 3/
		);
	});

	it('refuses a shard whose chunk layout is not this build’s', () => {
		const chunk = { ...three[1]!.result.chunk } as Record<string, unknown>;
		chunk.totals = Float32Array.from(chunk.totals as Float64Array);
		const changed: NamedShard = {
			name: 'old.bin',
			result: { ...three[1]!.result, chunk: chunk as unknown as ShardResult['chunk'] }
		};
		const error = refusal(() => mergeShards([three[0]!, changed, three[2]!]));
		expect(error.kind).toBe('foreign');
		expect(error.message).toMatch(/old\.bin was written by another version.*chunk layout/);
	});

	it('refuses a shard computed by another build of the engine (same layout, other numbers)', () => {
		const changed: NamedShard = {
			name: 'other-build.bin',
			result: { ...three[1]!.result, engine: 'deadbeef' }
		};
		const error = refusal(() => mergeShards([three[0]!, changed, three[2]!]));
		expect(error.kind).toBe('foreign');
		expect(error.message).toMatch(/other-build\.bin was written by another version.*engine build/);
		// The fingerprint survives the file, and is this build's own.
		const decoded = decodeShard(encodeShard(three[0]!.result));
		expect(decoded.engine).toBe(engineFingerprint());
		expect(engineFingerprint()).toMatch(/^[0-9a-f]{8}$/);
	});
});

describe('shard files', () => {
	const s = scenario({ paths: 1_000 });
	const bytes = encodeShard({ ...runShard(s, { index: 2, count: 2 }), simulateSeconds: 1.5 });

	it('round-trip every field, typed arrays with their types', () => {
		const original = runShard(s, { index: 2, count: 2 });
		const decoded = decodeShard(bytes);
		expect(decoded.shard).toEqual({ index: 2, count: 2 });
		expect(decoded.simulateSeconds).toBe(1.5);
		expect(decoded.scenario).toEqual(s);
		expect(Object.keys(decoded.chunk)).toEqual(Object.keys(original.chunk));
		for (const [key, value] of Object.entries(original.chunk)) {
			const copy = (decoded.chunk as unknown as Record<string, unknown>)[key];
			if (ArrayBuffer.isView(value)) expect(copy?.constructor).toBe(value.constructor);
			expect(copy).toEqual(value);
		}
	});

	it('serialise a chunk generically: nested typed arrays, non-finite numbers, any field names', () => {
		const chunk = {
			firstBlock: 0,
			blockCount: 1,
			layout: { kind: 'rows', bands: [Float64Array.of(1, NaN, -Infinity), Int32Array.of(-3)] },
			weight: NaN,
			counts: Uint8Array.of(1, 2, 3)
		};
		const decoded = decodeShard(
			encodeShard({
				scenario: s,
				shard: { index: 1, count: 1 },
				chunk: chunk as unknown as ShardResult['chunk'],
				engine: engineFingerprint()
			})
		);
		expect(decoded.chunk).toEqual(chunk);
		expect((decoded.chunk as unknown as typeof chunk).layout.bands[1]).toBeInstanceOf(Int32Array);
	});

	it.each([
		['a file that is not a shard', () => new TextEncoder().encode('{"v":1}'), /not a shard file/],
		['a cut-off file', () => bytes.subarray(0, bytes.length - 100), /checksum|cut off/],
		[
			'a flipped bit in the numbers',
			() => {
				const copy = bytes.slice();
				copy[copy.length - 40]! ^= 0x10;
				return copy;
			},
			/checksum does not match/
		]
	])('refuses %s as damaged', (_label, make, message) => {
		const error = refusal(() => decodeShard(make()));
		expect(error.kind).toBe('damaged');
		expect(error.message).toMatch(message);
	});
});
