/** The CLI's decision analytics as a person or a script uses them: real processes. */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PNL_LINES } from '../../src/lib/decision/paths';

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

const small = ['default', '--paths', '500', '--months', '24'];

describe('npm run sim -- --decide / --frontier', () => {
	it('adds the decision analytics to the JSON, parts adding up to the totals', async () => {
		const { code, stdout } = await sim(...small, '--decide', '--json', '-');
		expect(code).toBe(0);
		const { decision, comparisons } = JSON.parse(stdout);
		expect(decision.paths).toBe(500);
		const c = decision.comparisons[0];
		expect(c).toMatchObject({ strategy: 'experience-led', baseline: 'acquisition-heavy' });
		expect(c.pnl.map((l: { line: string }) => l.line)).toEqual([...PNL_LINES]);
		for (const line of c.pnl)
			expect(Object.keys(line)).toEqual(['line', 'mean', 'p5', 'p50', 'p95']);
		const sum = (xs: { mean?: number; value?: number }[], key: 'mean' | 'value') =>
			xs.reduce((a, x) => a + x[key]!, 0);
		const total = c.npvDifference.mean;
		expect(Math.abs(sum(c.pnl, 'mean') - total)).toBeLessThan(1e-9 * Math.abs(total));
		expect(Math.abs(sum(c.levers, 'value') - total)).toBeLessThan(1e-9 * Math.abs(total));
		expect(c.revenueSplit).toHaveProperty('customers');
		expect(c.revenueSplit).toHaveProperty('perCustomer');
		expect(c.businessCase.sentence).toMatch(
			/^Choosing Experience-led over Acquisition-heavy (adds|costs) /
		);
		expect(c.businessCase.years).toBe(2);
		// On all 500 paths the NPV difference is the run's own comparison.
		expect(c.npvDifference.p50).toBe(comparisons[0].npvDifference.p50);
		expect(decision.evpi).toBeGreaterThanOrEqual(0);
		for (const entry of decision.evppi) {
			expect(entry.value).toBeGreaterThanOrEqual(0);
			expect(entry.value).toBeLessThanOrEqual(decision.evpi);
		}
	});

	it('adds the budget frontier, and prints both reports as text', async () => {
		const { code, stdout } = await sim(
			...small,
			'--frontier',
			'experience-led',
			'--steps',
			'3',
			'--json',
			'-'
		);
		expect(code).toBe(0);
		const { frontier } = JSON.parse(stdout);
		expect(frontier).toMatchObject({ strategy: 'experience-led', budget: 550_000, paths: 500 });
		expect(frontier.points.map((p: { cxShare: number }) => p.cxShare)).toEqual([0, 0.5, 1]);
		expect(Object.keys(frontier.points[0])).toEqual([
			'cxShare',
			'acquisitionBudgetMonthly',
			'cxInvestmentMonthly',
			'npv',
			'probabilityHigherNpv',
			'bestShare'
		]);
		expect(frontier.points[0].npv.quantiles).toHaveProperty('p50');
		expect(frontier.best).toHaveProperty('cxShare');
		const text = await sim(...small, '--decide', '--frontier', 'acquisition-heavy', '--steps', '2');
		expect(text.code).toBe(0);
		expect(text.stdout).toContain('Decision analytics on the first 500 of 500 paths');
		expect(text.stdout).toContain('Budget frontier of acquisition-heavy');
	});

	it('refuses bad flags with one line naming the allowed range, exit 2', async () => {
		const cases: [string[], RegExp][] = [
			[
				[...small, '--frontier', 'experience-led', '--steps', '1'],
				/--steps must be an integer from 2 to 51; got "1"/
			],
			[
				[...small, '--frontier', 'nope'],
				/--frontier must name a strategy of the scenario \(acquisition-heavy, experience-led\)/
			],
			[[...small, '--steps', '4'], /--steps needs --frontier/],
			[
				['pilot', '--from', '0.2', '--to', '0.15', '--alpha', '2'],
				/--alpha must be a number from 0.001 to 0.5; got "2"/
			],
			[
				['pilot', '--from', '1.2', '--to', '0.15'],
				/--from must be a number strictly between 0 and 1/
			],
			[['pilot', '--from', '0.2', '--to', '0.2'], /--to must differ from --from/],
			[['pilot', '--from', '0.2'], /usage: npm run sim -- pilot/],
			[
				['pilot', '--from', '0.2', '--to', '0.1', '--months', '2.5'],
				/--months must be an integer from 1 to 120/
			]
		];
		for (const [args, message] of cases) {
			const { code, stderr, stdout } = await sim(...args);
			expect(code).toBe(2);
			expect(stdout).toBe('');
			expect(stderr.trim().split('\n')).toHaveLength(1);
			expect(stderr).toMatch(message);
		}
	});
});

describe('npm run sim -- pilot', () => {
	it('prints the MODEL.md 10.6 sizes per arm', async () => {
		const a = await sim('pilot', '--from', '0.2', '--to', '0.15', '--alpha', '0.05', '--json', '-');
		expect(a.code).toBe(0);
		expect(JSON.parse(a.stdout)).toMatchObject({
			perArm: 906,
			arms: 2,
			totalCustomers: 1812,
			power: 0.8
		});
		const b = await sim('pilot', '--from', '0.2', '--to', '0.15', '--power', '0.9', '--json', '-');
		expect(JSON.parse(b.stdout).perArm).toBe(1212);
		const c = await sim(
			'pilot',
			'--from',
			'0.2',
			'--to',
			'0.15',
			'--available',
			'600',
			'--months',
			'6',
			'--cost',
			'2'
		);
		expect(c.stdout).toContain('906 customers per arm');
		expect(c.stdout).toContain('runs 10 months (4 to enrol)');
	});
});
