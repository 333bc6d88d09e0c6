/** The CLI as a person or a script uses it: real processes, real files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { defaultScenario } from '../../src/lib/scenario/presets/default';
import { MONTHLY_METRICS, TOTALS } from '../../src/lib/sim/types';

const run = promisify(execFile);

/** The JSON text without its `timing` field (the last one), byte for byte otherwise. */
function withoutTiming(text: string): string {
	const stripped = text.trim().replace(/,"timing":\{"simulateSeconds":[-\d.e+]+\}\}$/, '}');
	expect(stripped).not.toBe(text.trim());
	return stripped;
}
const tsx = join('node_modules', '.bin', 'tsx');

async function sim(...args: string[]) {
	try {
		const { stdout, stderr } = await run(tsx, ['scripts/sim.ts', ...args], { encoding: 'utf8' });
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

describe('npm run sim', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cx-sim-'));

	it('prints a summary and writes the full result as JSON', async () => {
		const file = join(dir, 'out.json');
		const { code, stdout } = await sim(
			'default',
			'--paths',
			'600',
			'--months',
			'24',
			'--json',
			file
		);
		expect(code).toBe(0);
		expect(stdout).toMatch(/Experience-led vs Acquisition-heavy: higher NPV in [\d.]+% of paths/);
		expect(stdout).toContain('end customers');
		const json = JSON.parse(readFileSync(file, 'utf8'));
		expect(json).toMatchObject({ schema: 1, paths: 600, seed: '1', horizonMonths: 24 });
		expect(json.scenario.paths).toBe(600);
		const strategy = json.strategies[0];
		expect(Object.keys(strategy.monthly)).toEqual([...MONTHLY_METRICS]);
		expect(Object.keys(strategy.totals)).toEqual([...TOTALS]);
		expect(strategy.monthly.revenue.p50).toHaveLength(24);
		expect(strategy.monthly.nrr.mean[10]).toBeNull();
		expect(typeof strategy.monthly.nrr.mean[11]).toBe('number');
		expect(strategy.cohorts.layers).toEqual(['base', 'year 1', 'year 2']);
		expect(strategy.cohorts.revenue).toHaveLength(3);
		const comparison = json.comparisons[0];
		expect(comparison).toMatchObject({ strategy: 'experience-led', baseline: 'acquisition-heavy' });
		expect(comparison.probabilityHigherNpv).toBeGreaterThanOrEqual(0);
		expect(comparison.breakEvenMonth).toHaveProperty('neverShare');
		expect(comparison.sensitivity[0]).toHaveProperty('rankCorrelation');
	});

	it('gives the same JSON for the same seed: only the timing differs', async () => {
		const args = ['default', '--paths', '500', '--months', '12', '--seed', 'x', '--json', '-'];
		const a = await sim(...args);
		const b = await sim(...args, '--no-noise');
		const c = await sim(...args);
		expect(JSON.parse(b.stdout).scenario.processNoise).toBe(false);
		expect(withoutTiming(b.stdout)).not.toBe(withoutTiming(a.stdout));
		expect(withoutTiming(a.stdout)).toBe(withoutTiming(c.stdout));
		// Timing is the last field, so everything before it is byte-identical.
		const first = JSON.parse(a.stdout);
		expect(Object.keys(first).at(-1)).toBe('timing');
		expect(Object.keys(first.timing)).toEqual(['simulateSeconds']);
		expect(first.timing.simulateSeconds).toBeGreaterThan(0);
		expect(first.timing.simulateSeconds).toBeLessThan(60);
		const third = JSON.parse(c.stdout);
		delete first.timing;
		delete third.timing;
		expect(first).toEqual(third);
	});

	it.each([
		[['default', '--paths', '0'], /paths must be an integer from 1 to 100000; got 0/],
		[['default', '--months', 'ten'], /--months must be a whole number/],
		[['no-such-preset'], /neither a file nor a preset id/],
		[['default', '--bogus'], /Unknown option '--bogus'/],
		[['default', '--paths', '-1'], /paths must be an integer from 1 to 100000; got -1/],
		[['default', '--months', '-5'], /horizonMonths must be an integer from 12 to 240; got -5/],
		[
			['default', '--shard', '4/3', '--partial', 'x.bin'],
			/--shard must be K\/N .*1 ≤ K ≤ N.*"4\/3"/
		],
		[['default', '--shard', '1/2'], /--shard K\/N and --partial FILE go together/],
		[['merge'], /merge needs the shard files/],
		[['merge', 'a.bin', '--seed', '3'], /merge takes shard files and --json only; not --seed/],
		[[], /usage: npm run sim/]
	])('refuses %j with one line and exit code 2', async (args, message) => {
		const { code, stderr, stdout } = await sim(...args);
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
		expect(stdout).toBe('');
	});

	it('names the field of an invalid scenario file, and a broken file', async () => {
		const bad = join(dir, 'bad.json');
		writeFileSync(
			bad,
			JSON.stringify({ schema: 1, name: 'x', market: {}, company: {}, strategies: [] })
		);
		const invalid = await sim(bad);
		expect(invalid.code).toBe(2);
		expect(invalid.stderr).toMatch(/^sim: invalid scenario: \S+ /);
		const broken = join(dir, 'broken.json');
		writeFileSync(broken, '{"schema": 1,');
		const result = await sim(broken);
		expect(result.code).toBe(2);
		expect(result.stderr).toMatch(/is not valid JSON/);
	});

	describe('scenario files as the page reads them', () => {
		const scenario = { ...defaultScenario, paths: 500, horizonMonths: 12 };

		it('refuses an envelope of an unknown version, as the page does', async () => {
			const file = join(dir, 'v99.json');
			writeFileSync(file, JSON.stringify({ v: 99, scenario }));
			const { code, stderr, stdout } = await sim(file);
			expect(code).toBe(2);
			expect(stderr).toMatch(/made by a newer version of the simulator \(format 99/);
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stdout).toBe('');
		});

		it('reads a file that starts with a UTF-8 byte-order mark', async () => {
			const file = join(dir, 'bom.json');
			writeFileSync(file, '\ufeff' + JSON.stringify({ v: 1, scenario }, null, 2));
			const { code, stdout } = await sim(file, '--json', '-');
			expect(code).toBe(0);
			expect(JSON.parse(stdout).paths).toBe(500);
		});

		it.each([
			[
				'a PNG (its header holds line breaks)',
				[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]
			],
			['bytes that are UTF-8 but not JSON', [...new TextEncoder().encode('\n\n{\n\u2028x\r\n')]],
			['a JSON array', [...new TextEncoder().encode('[1,\n2]')]]
		])('prints exactly one line for %s', async (_label, content) => {
			const file = join(dir, 'bad.bin');
			writeFileSync(file, Uint8Array.from(content));
			const { code, stderr } = await sim(file);
			expect(code).toBe(2);
			expect(stderr.endsWith('\n')).toBe(true);
			expect(stderr.slice(0, -1)).not.toMatch(/[\n\r\u2028\u2029]/);
			expect(stderr).toMatch(/^sim: /);
		});
	});

	describe('shards', () => {
		const common = ['default', '--paths', '1700', '--months', '12', '--seed', 'shards'];
		const part = (k: number, n: number, extra: string[] = []) =>
			sim(
				...common,
				...extra,
				'--shard',
				`${k}/${n}`,
				'--partial',
				join(dir, `part-${k}-of-${n}${extra.join('')}.bin`)
			);

		it('three shards, merged in any order, give the bytes of one run (timing aside)', async () => {
			const plain = await sim(...common, '--json', '-');
			for (const k of [1, 2, 3]) {
				const shard = await part(k, 3);
				expect(shard.code).toBe(0);
				expect(shard.stdout).toMatch(
					new RegExp(`^shard ${k}/3: blocks \\d+–\\d+ \\(\\d+ paths\\)`)
				);
			}
			const out = join(dir, 'merged.json');
			const merged = await sim(
				'merge',
				...[3, 1, 2].map((k) => join(dir, `part-${k}-of-3.bin`)),
				'--json',
				out
			);
			expect(merged.code).toBe(0);
			expect(merged.stdout).toMatch(/1,700 paths, seed shards, 12 months/);
			expect(withoutTiming(readFileSync(out, 'utf8'))).toBe(withoutTiming(plain.stdout));
			expect(JSON.parse(readFileSync(out, 'utf8')).timing.simulateSeconds).toBeGreaterThan(0);
		});

		it('refuses a missing, a duplicated and a foreign shard with exit 2 and one line', async () => {
			for (const k of [1, 2]) expect((await part(k, 2)).code).toBe(0);
			expect((await part(2, 2, ['--months', '13'])).code).toBe(0);
			const one = join(dir, 'part-1-of-2.bin');
			const two = join(dir, 'part-2-of-2.bin');
			const foreign = join(dir, 'part-2-of-2--months13.bin');
			const notShard = join(dir, 'not-a-shard.bin');
			writeFileSync(notShard, '{"v":1}');
			const cases: [string[], RegExp][] = [
				[[one], /^sim: cannot merge: shard missing: 2\/2$/],
				[
					[one, two, two],
					/^sim: cannot merge: shard 2\/2 is given twice \(.*part-2-of-2\.bin and .*part-2-of-2\.bin\)$/
				],
				[
					[one, foreign],
					/^sim: cannot merge: .*months13\.bin is from another run: another scenario/
				],
				[[one, notShard], /^sim: .*not-a-shard\.bin is not a shard file/]
			];
			for (const [files, message] of cases) {
				const { code, stderr, stdout } = await sim('merge', ...files, '--json', '-');
				expect(code).toBe(2);
				expect(stderr.trim()).toMatch(message);
				expect(stderr.trim().split('\n')).toHaveLength(1);
				expect(stdout).toBe('');
			}
		});
	});
});
