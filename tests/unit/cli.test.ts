/** The CLI as a person or a script uses it: real processes, real files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { MONTHLY_METRICS, TOTALS } from '../../src/lib/sim/types';

const run = promisify(execFile);
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

	it('gives the same numbers on stdout JSON for the same seed', async () => {
		const a = await sim(
			'default',
			'--paths',
			'500',
			'--months',
			'12',
			'--seed',
			'x',
			'--json',
			'-'
		);
		const b = await sim(
			'default',
			'--paths',
			'500',
			'--months',
			'12',
			'--seed',
			'x',
			'--json',
			'-',
			'--no-noise'
		);
		const c = await sim(
			'default',
			'--paths',
			'500',
			'--months',
			'12',
			'--seed',
			'x',
			'--json',
			'-'
		);
		expect(a.stdout).toBe(c.stdout);
		expect(JSON.parse(b.stdout).scenario.processNoise).toBe(false);
		expect(b.stdout).not.toBe(a.stdout);
	});

	it.each([
		[['default', '--paths', '0'], /paths must be an integer from 1 to 100000; got 0/],
		[['default', '--months', 'ten'], /--months must be a whole number/],
		[['no-such-preset'], /neither a file nor a preset id/],
		[['default', '--bogus'], /Unknown option '--bogus'/],
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
});
