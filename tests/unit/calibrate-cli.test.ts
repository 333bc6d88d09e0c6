/** `npm run sim -- calibrate`: real processes, real files. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../src/lib/scenario/schema';
import { syntheticCustomers, telcoCsv } from './helpers/customers';

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

describe('npm run sim -- calibrate', () => {
	const dir = mkdtempSync(join(tmpdir(), 'cx-calibrate-'));
	const customers = join(dir, 'customers.csv');
	writeFileSync(
		customers,
		telcoCsv(
			syntheticCustomers({
				customers: 2000,
				params: { matureChurnMonthly: 0.02, earlyChurnMultiplier: 3, earlyChurnDecayMonths: 4 },
				seed: 'cli',
				oneYearShare: 0.3,
				inContractMultiplier: 0.4
			})
		) + 'X1,-2,Month-to-month,20,No\n'
	);

	it('prints the fit and writes the JSON document of the issue', async () => {
		const { code, stdout } = await sim(
			'calibrate',
			customers,
			'--json',
			'-',
			'--as-of',
			'2025-01-01'
		);
		expect(code).toBe(0);
		const json = JSON.parse(stdout);
		expect(Object.keys(json)).toEqual([
			'schema',
			'rows',
			'customers',
			'active',
			'left',
			'skipped',
			'startingCustomers',
			'arpuMonthly',
			'lockInShare',
			'lifeTable',
			'byContract',
			'fit',
			'sbg',
			'scenarioPatch'
		]);
		expect(json).toMatchObject({ schema: 1, rows: 2001, customers: 2000 });
		expect(json.active + json.left).toBe(2000);
		expect(json.skipped).toEqual([{ row: 2002, reason: 'tenure is negative: -2' }]);
		expect(Object.keys(json.lifeTable[0])).toEqual([
			'age',
			'atRisk',
			'left',
			'hazard',
			'survival',
			'low',
			'high'
		]);
		expect(json.lifeTable[0].atRisk).toBeLessThanOrEqual(2000);
		expect(json.byContract.map((c: { contract: string }) => c.contract).sort()).toEqual([
			'Month-to-month',
			'One year'
		]);
		expect(Object.keys(json.byContract[0])).toEqual(['contract', 'customers', 'left', 'lifeTable']);
		expect(Object.keys(json.fit)).toEqual([
			'matureChurnMonthly',
			'earlyChurnMultiplier',
			'earlyChurnDecayMonths',
			'logLikelihood',
			'survival'
		]);
		for (const key of ['matureChurnMonthly', 'earlyChurnMultiplier', 'earlyChurnDecayMonths']) {
			const r = json.fit[key];
			expect(r.low).toBeLessThanOrEqual(r.likely);
			expect(r.likely).toBeLessThanOrEqual(r.high);
		}
		expect(Object.keys(json.sbg)).toEqual(['alpha', 'beta', 'logLikelihood', 'survival']);
		expect(json.fit.survival.length).toBeGreaterThanOrEqual(36);
		expect(json.scenarioPatch.company.startingCustomers).toBe(json.active);
		expect(json.scenarioPatch.lockIn.share).toBeCloseTo(json.lockInShare, 3);
	});

	it('prints a readable summary', async () => {
		const { code, stdout } = await sim('calibrate', customers, '--resamples', '50');
		expect(code).toBe(0);
		expect(stdout).toContain('2,001 rows, 2,000 customers');
		expect(stdout).toContain('row 2002: tenure is negative: -2');
		expect(stdout).toMatch(/mature churn\s+[\d.]+% \([\d.]+% – [\d.]+%\) a month/);
		expect(stdout).toMatch(/90% interval from 50 bootstrap resamples/);
		expect(stdout).toMatch(/Kaplan–Meier\s+[\d.]+%\s+[\d.]+%/);
	});

	it('writes a calibrated scenario with --apply and --out', async () => {
		const out = join(dir, 'calibrated.json');
		const { code } = await sim(
			'calibrate',
			customers,
			'--apply',
			'telecom-turnaround',
			'--out',
			out,
			'--resamples',
			'20'
		);
		expect(code).toBe(0);
		const validation = validateScenario(JSON.parse(readFileSync(out, 'utf8')));
		expect(validation.ok).toBe(true);
		if (!validation.ok) return;
		const { scenario } = validation;
		expect(typeof scenario.company.matureChurnMonthly).toBe('object');
		const contracted = scenario.strategies.filter((s) => s.lockIn !== undefined);
		expect(contracted.length).toBeGreaterThan(0);
		const json = JSON.parse(
			(await sim('calibrate', customers, '--json', '-', '--resamples', '20')).stdout
		);
		for (const s of contracted) expect(s.lockIn!.share).toBe(json.scenarioPatch.lockIn.share);
		// And the engine runs it.
		const again = await sim(out, '--paths', '50', '--months', '12');
		expect(again.code).toBe(0);
	});

	it.each([
		[['calibrate'], /usage: npm run sim -- calibrate/],
		[['calibrate', join(dir, 'missing.csv')], /no such file/],
		[['calibrate', 'EMPTY'], /The file is empty/],
		[['calibrate', 'HEADER'], /header row but no customer rows/],
		[['calibrate', 'BINARY'], /not a text file/],
		[['calibrate', 'CUSTOMERS', '--apply', 'default'], /--apply and --out go together/],
		[['calibrate', 'CUSTOMERS', '--as-of', 'yesterday'], /--as-of must be a date/],
		[['calibrate', 'CUSTOMERS', '--resamples', '0'], /--resamples must be a whole number/]
	])('refuses %j with one line on stderr and exit code 2', async (args, message) => {
		writeFileSync(join(dir, 'empty.csv'), '');
		writeFileSync(join(dir, 'header.csv'), 'customerID,tenure,Churn\n');
		writeFileSync(join(dir, 'binary.csv'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
		const files: Record<string, string> = {
			EMPTY: join(dir, 'empty.csv'),
			HEADER: join(dir, 'header.csv'),
			BINARY: join(dir, 'binary.csv'),
			CUSTOMERS: customers
		};
		const { code, stderr } = await sim(...args.map((a) => files[a] ?? a));
		expect(code).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr.trim().split('\n')).toHaveLength(1);
	});
});
