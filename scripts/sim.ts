/**
 * Headless runner over the same engine as the page.
 *
 *   npm run sim -- <scenario.json | preset-id> [--paths N] [--seed S] [--months T]
 *                  [--json FILE|-] [--no-noise] [--link] [--decide] [--frontier ID [--steps K]]
 *   npm run sim -- pilot --from P1 --to P2 [--alpha A] [--power W] [--json -]
 *
 * A bad file or flag prints one line on stderr and exits with code 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { validateScenario } from '../src/lib/scenario/schema';
import { presetById, PRESETS } from '../src/lib/scenario/presets/index';
import { encodeScenarioLink } from '../src/lib/scenario/link-codec';
import { simulate } from '../src/lib/sim/run';
import { resultToJson } from '../src/lib/sim/json';
import type { SimulationResult, Summary } from '../src/lib/sim/types';
import { decisionOutputs, FlagError, pilotCommand } from './decide';

class UsageError extends Error {}

const USAGE =
	'usage: npm run sim -- <scenario.json | preset-id> [--paths N] [--seed S] [--months T] [--json FILE|-] [--no-noise] [--link] [--decide] [--frontier STRATEGY_ID [--steps K]]';

function parse() {
	try {
		return parseArgs({
			allowPositionals: true,
			options: {
				paths: { type: 'string' },
				seed: { type: 'string' },
				months: { type: 'string' },
				json: { type: 'string' },
				'no-noise': { type: 'boolean' },
				link: { type: 'boolean' },
				decide: { type: 'boolean' },
				frontier: { type: 'string' },
				steps: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
	}
}

function whole(flag: string, text: string): number {
	if (!/^-?\d+$/.test(text.trim()))
		throw new UsageError(`--${flag} must be a whole number; got "${text}"`);
	return Number(text);
}

/** The scenario JSON named on the command line: a file path or a preset id. */
function load(source: string): unknown {
	const preset = presetById(source);
	if (preset && !existsSync(source)) return structuredClone(preset.scenario);
	if (!existsSync(source)) {
		const ids = PRESETS.map((p) => p.id).join(', ');
		throw new UsageError(`"${source}" is neither a file nor a preset id (presets: ${ids})`);
	}
	let text: string;
	try {
		text = readFileSync(source, 'utf8');
	} catch (error) {
		throw new UsageError(`cannot read ${source}: ${(error as Error).message}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
	}
	// A file saved by the app wraps the scenario in a versioned envelope.
	if (json && typeof json === 'object' && 'v' in json && 'scenario' in json) {
		return (json as { scenario: unknown }).scenario;
	}
	return json;
}

const money = (currency: string) =>
	new Intl.NumberFormat('en-US', {
		style: 'currency',
		currency,
		notation: 'compact',
		maximumFractionDigits: 1
	});
const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

function band(summary: Summary, format: (x: number) => string): string {
	const f = (x: number) => (Number.isFinite(x) ? format(x) : '—');
	return `${f(summary.p5)} / ${f(summary.p50)} / ${f(summary.p95)}`;
}

function report(result: SimulationResult): string {
	const { scenario } = result;
	const cash = money(scenario.currency);
	const lines = [
		`${scenario.name} — ${result.paths.toLocaleString('en-US')} paths, seed ${result.seed}, ${result.horizonMonths} months`,
		'p5 / p50 / p95'
	];
	for (const s of result.strategies) {
		lines.push(
			`  ${s.name}`,
			`    end customers   ${band(s.totals.endCustomers, (x) => count.format(x))}`,
			`    revenue         ${band(s.totals.revenue, (x) => cash.format(x))}`,
			`    NPV             ${band(s.totals.npv, (x) => cash.format(x))}`,
			`    average churn   ${band(s.totals.averageChurnRate, (x) => percent.format(x))} a month`
		);
	}
	for (const c of result.comparisons) {
		const challenger = result.strategies.find((s) => s.id === c.strategy)!;
		const baseline = result.strategies.find((s) => s.id === c.baseline)!;
		const breakEven =
			c.breakEvenMonth.neverShare >= 0.5
				? `does not pull ahead for good in ${percent.format(c.breakEvenMonth.neverShare)} of paths`
				: `median break-even month ${c.breakEvenMonth.p50}`;
		lines.push(
			`${challenger.name} vs ${baseline.name}: higher NPV in ${percent.format(c.probabilityHigherNpv)} of paths; ` +
				`median NPV difference ${cash.format(c.npvDifference.p50)} (± ${cash.format(c.npvDifferenceStandardError)} s.e. of the mean); ${breakEven}`
		);
	}
	return lines.join('\n');
}

async function main(): Promise<void> {
	if (process.argv[2] === 'pilot') {
		pilotCommand(process.argv.slice(3));
		return;
	}
	const { values, positionals } = parse();
	if (values.help) {
		console.log(USAGE);
		return;
	}
	if (positionals.length !== 1) throw new UsageError(USAGE);
	const input = load(positionals[0]!) as Record<string, unknown>;
	if (!input || typeof input !== 'object' || Array.isArray(input)) {
		throw new UsageError(`${positionals[0]} does not hold a scenario object`);
	}
	if (values.paths !== undefined) input.paths = whole('paths', values.paths);
	if (values.months !== undefined) input.horizonMonths = whole('months', values.months);
	if (values.seed !== undefined) input.seed = values.seed;
	if (values['no-noise']) input.processNoise = false;
	const validation = validateScenario(input);
	if (!validation.ok) {
		const more = validation.issues.length > 1 ? ` (and ${validation.issues.length - 1} more)` : '';
		throw new UsageError(`invalid scenario: ${validation.issues[0]!.message}${more}`);
	}
	if (values.link) {
		console.log(`#${await encodeScenarioLink(validation.scenario)}`);
		return;
	}
	// Decision flags are checked (and the analytics run) before the main run.
	const decision = decisionOutputs(validation.scenario, values);
	const result = simulate(validation.scenario);
	if (values.json !== undefined) {
		const text = JSON.stringify({ ...(resultToJson(result) as object), ...decision.json });
		if (values.json === '-') {
			process.stdout.write(text + '\n');
			return;
		}
		try {
			writeFileSync(values.json, text);
		} catch (error) {
			throw new UsageError(`cannot write ${values.json}: ${(error as Error).message}`);
		}
	}
	console.log([report(result), ...decision.report].join('\n'));
}

main().catch((error: unknown) => {
	if (error instanceof UsageError || error instanceof FlagError) {
		process.stderr.write(`sim: ${error.message}\n`);
		process.exit(2);
	}
	process.stderr.write(`sim: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`);
	process.exit(1);
});
