/**
 * Headless runner over the same engine as the page.
 *
 *   npm run sim -- <scenario.json | preset-id> [--paths N] [--seed S] [--months T]
 *                  [--json FILE|-] [--no-noise] [--link] [--shard K/N --partial FILE]
 *                  [--decide] [--frontier ID [--steps K]]
 *   npm run sim -- merge FILE… [--json FILE|-]
 *   npm run sim -- pilot --from P1 --to P2 [--alpha A] [--power W] [--json -]
 *   npm run sim -- calibrate <customers.csv> …   (see scripts/calibrate.ts)
 *
 * A bad file or flag prints one line on stderr and exits with code 2. The clock is read here,
 * never in the engine: `timing` is the only part of `--json` that differs between equal runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { validateScenario } from '../src/lib/scenario/schema';
import { presetById, PRESETS } from '../src/lib/scenario/presets/index';
import { encodeScenarioLink, migrateEnvelope } from '../src/lib/scenario/link-codec';
import { simulate } from '../src/lib/sim/run';
import { resultJsonText } from '../src/lib/sim/json';
import { findNonFinite, NonFiniteResultError } from '../src/lib/sim/finite';
import {
	ShardError,
	decodeShard,
	encodeShard,
	mergeShards,
	runShard,
	shardBlocks,
	type NamedShard,
	type ShardPlace
} from '../src/lib/sim/partial';
import type { SimulationResult, Summary } from '../src/lib/sim/types';
import { decisionOutputs, FlagError, pilotCommand } from './decide';
import { calibrateCommand } from './calibrate';

class UsageError extends Error {}

const USAGE =
	'usage: npm run sim -- <scenario.json | preset-id> [--paths N] [--seed S] [--months T] [--json FILE|-] [--no-noise] [--link] [--shard K/N --partial FILE] [--decide] [--frontier STRATEGY_ID [--steps K]] | merge FILE… [--json FILE|-] | pilot --from P1 --to P2 [--alpha A] [--power W] [--json -]';

/** Options that take a value: a value that starts with '-' (a negative number) stays theirs. */
const VALUED = new Set([
	'--paths',
	'--seed',
	'--months',
	'--json',
	'--shard',
	'--partial',
	'--frontier',
	'--steps'
]);

function parse() {
	const args: string[] = [];
	const argv = process.argv.slice(2);
	for (let i = 0; i < argv.length; i++) {
		const next = argv[i + 1];
		if (VALUED.has(argv[i]!) && next !== undefined && /^-./.test(next)) {
			args.push(`${argv[i]}=${next}`);
			i++;
		} else args.push(argv[i]!);
	}
	try {
		return parseArgs({
			args,
			allowPositionals: true,
			options: {
				paths: { type: 'string' },
				seed: { type: 'string' },
				months: { type: 'string' },
				json: { type: 'string' },
				'no-noise': { type: 'boolean' },
				link: { type: 'boolean' },
				shard: { type: 'string' },
				partial: { type: 'string' },
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
		// Decoding drops a UTF-8 byte-order mark, as editors on Windows write one.
		text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(source));
	} catch (error) {
		if (error instanceof TypeError) {
			throw new UsageError(`${source} is not a scenario file: it is not UTF-8 text`);
		}
		throw new UsageError(`cannot read ${source}: ${(error as Error).message}`);
	}
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
	}
	// A file saved by the app wraps the scenario in a versioned envelope: read it as the page does.
	if (json && typeof json === 'object' && !Array.isArray(json) && 'v' in json) {
		const migrated = migrateEnvelope(json, undefined, 'file');
		if (!migrated.ok) throw new UsageError(`${source}: ${migrated.error.message}`);
		if (!('scenario' in migrated.envelope)) {
			throw new UsageError(`${source} does not hold a scenario: its "scenario" field is missing`);
		}
		return migrated.envelope.scenario;
	}
	return json;
}

/** `K/N` of --shard. */
function shardPlace(text: string): ShardPlace {
	const match = /^(\d+)\/(\d+)$/.exec(text.trim());
	const place = match ? { index: Number(match[1]), count: Number(match[2]) } : undefined;
	if (!place || place.count < 1 || place.index < 1 || place.index > place.count) {
		throw new UsageError(
			`--shard must be K/N with whole numbers 1 ≤ K ≤ N (for example 2/8); got "${text}"`
		);
	}
	return place;
}

/** The JSON text of a result, with the seconds the simulation and summaries took. */
function jsonText(result: SimulationResult, simulateSeconds: number, extra: object = {}): string {
	return resultJsonText(result, simulateSeconds, extra);
}

function writeJson(target: string, text: string): void {
	if (target === '-') {
		process.stdout.write(text + '\n');
		return;
	}
	try {
		writeFileSync(target, text);
	} catch (error) {
		throw new UsageError(`cannot write ${target}: ${(error as Error).message}`);
	}
}

/** `merge FILE…`: the result of the run the shard files are parts of. */
function merge(files: string[], json: string | undefined): void {
	if (files.length === 0) throw new UsageError(`merge needs the shard files; ${USAGE}`);
	const shards: NamedShard[] = files.map((file) => {
		let bytes: Uint8Array;
		try {
			bytes = readFileSync(file);
		} catch (error) {
			throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
		}
		try {
			return { name: file, result: decodeShard(bytes) };
		} catch (error) {
			if (error instanceof ShardError) throw new UsageError(`${file} ${error.message}`);
			throw error;
		}
	});
	const started = performance.now();
	let result: SimulationResult;
	try {
		result = mergeShards(shards);
	} catch (error) {
		if (error instanceof ShardError) throw new UsageError(`cannot merge: ${error.message}`);
		throw error;
	}
	// The run's compute time: every shard's simulation plus this fold and summary.
	refuseNonFinite(result);
	const shardSeconds = shards.reduce((sum, s) => sum + (s.result.simulateSeconds ?? 0), 0);
	const seconds = shardSeconds + (performance.now() - started) / 1000;
	if (json !== undefined) {
		writeJson(json, jsonText(result, seconds));
		if (json === '-') return;
	}
	console.log(report(result, seconds));
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

function report(result: SimulationResult, seconds: number): string {
	const { scenario } = result;
	const cash = money(scenario.currency);
	const lines = [
		`${scenario.name} — ${result.paths.toLocaleString('en-US')} paths, seed ${result.seed}, ${result.horizonMonths} months, simulated in ${seconds.toFixed(2)} s`,
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
	if (process.argv[2] === 'calibrate') {
		process.exitCode = await calibrateCommand(process.argv.slice(3));
		return;
	}
	const { values, positionals } = parse();
	if (values.help) {
		console.log(USAGE);
		return;
	}
	if (positionals[0] === 'merge' && !existsSync('merge')) {
		// The shards fix the scenario, seed and paths: a flag that would change them is a mistake.
		const stray = Object.keys(values).filter((flag) => flag !== 'json');
		if (stray.length > 0) {
			throw new UsageError(`merge takes shard files and --json only; not --${stray[0]}`);
		}
		return merge(positionals.slice(1), values.json);
	}
	if (positionals.length !== 1) throw new UsageError(USAGE);
	const place = values.shard === undefined ? undefined : shardPlace(values.shard);
	if ((place === undefined) !== (values.partial === undefined)) {
		throw new UsageError('--shard K/N and --partial FILE go together');
	}
	if (place && values.link) throw new UsageError('--link and --shard do not go together');
	if (place && values.json !== undefined) {
		throw new UsageError('a shard has no result of its own: merge the partial files, then --json');
	}
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
	const scenario = validation.scenario;
	if (place && values.partial !== undefined) {
		const started = performance.now();
		const shard = runShard(scenario, place);
		const simulateSeconds = (performance.now() - started) / 1000;
		try {
			writeFileSync(values.partial, encodeShard({ ...shard, simulateSeconds }));
		} catch (error) {
			throw new UsageError(`cannot write ${values.partial}: ${(error as Error).message}`);
		}
		const { firstBlock, blockCount } = shardBlocks(scenario.paths, place);
		console.log(
			`shard ${place.index}/${place.count}: blocks ${firstBlock}–${firstBlock + blockCount - 1} ` +
				`(${shard.chunk.pathCount} paths) in ${simulateSeconds.toFixed(2)} s → ${values.partial}`
		);
		return;
	}
	// Decision flags are checked (and the analytics run) before the main run, whose time is timed.
	const decision = decisionOutputs(scenario, values);
	const started = performance.now();
	const result = simulate(scenario);
	const seconds = (performance.now() - started) / 1000;
	refuseNonFinite(result);
	if (values.json !== undefined) {
		writeJson(values.json, jsonText(result, seconds, decision.json));
		if (values.json === '-') return;
	}
	console.log([report(result, seconds), ...decision.report].join('\n'));
}

/** A result that holds an impossible number is an error, never printed as a number. */
function refuseNonFinite(result: SimulationResult): void {
	const impossible = findNonFinite(result);
	if (impossible) throw new UsageError(new NonFiniteResultError(impossible).message);
}

/** One line, whatever the message quotes (a binary file's bytes can hold line breaks). */
function oneLine(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

main().catch((error: unknown) => {
	if (error instanceof UsageError || error instanceof FlagError) {
		process.stderr.write(`sim: ${oneLine(error.message)}\n`);
		process.exit(2);
	}
	process.stderr.write(
		`sim: unexpected failure: ${oneLine((error as Error)?.message ?? String(error))}\n`
	);
	process.exit(1);
});
