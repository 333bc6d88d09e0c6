/**
 * `npm run sim -- calibrate <customers.csv> [--json FILE|-] [--apply scenario.json --out FILE]
 *  [--as-of YYYY-MM-DD] [--resamples N] [--seed S]`
 *
 * Fits the engine's churn hazard (and the sBG cross-check) to a customer file and prints the
 * fit; `--json` writes the calibration document, `--apply` writes a calibrated copy of a
 * scenario file (or preset) to `--out`. A bad file or flag prints one line on stderr and the
 * command returns exit code 2.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { calibrate, type Calibration, type Range } from '../src/lib/calibrate/calibrate';
import { dayFromIso } from '../src/lib/calibrate/columns';
import { calibrationJson } from '../src/lib/calibrate/json';
import { fileProblemText, rowProblemText } from '../src/lib/calibrate/messages';
import { CustomerFileError, readCustomerBytes } from '../src/lib/calibrate/parse';
import { applyChanges, patchChanges } from '../src/lib/calibrate/patch';
import { presetById } from '../src/lib/scenario/presets/index';
import { validateScenario } from '../src/lib/scenario/schema';

const USAGE =
	'usage: npm run sim -- calibrate <customers.csv> [--json FILE|-] [--apply scenario.json --out FILE] [--as-of YYYY-MM-DD] [--resamples N] [--seed S]';

class UsageError extends Error {}

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const finePercent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });
const decimal = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });
const SHOWN_PROBLEMS = 10;

function options(args: string[]) {
	try {
		return parseArgs({
			args,
			allowPositionals: true,
			options: {
				json: { type: 'string' },
				apply: { type: 'string' },
				out: { type: 'string' },
				'as-of': { type: 'string' },
				resamples: { type: 'string' },
				seed: { type: 'string' },
				help: { type: 'boolean', short: 'h' }
			}
		});
	} catch (error) {
		throw new UsageError(`${(error as Error).message.split('\n')[0]}; ${USAGE}`);
	}
}

function read(path: string): Buffer {
	if (!existsSync(path)) throw new UsageError(`no such file: ${path}`);
	try {
		return readFileSync(path);
	} catch (error) {
		throw new UsageError(`cannot read ${path}: ${(error as Error).message}`);
	}
}

function write(path: string, text: string): void {
	try {
		writeFileSync(path, text);
	} catch (error) {
		throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
	}
}

/** A scenario file (possibly in the app's `{ v, scenario }` envelope) or a preset id. */
function loadScenario(source: string): unknown {
	const preset = presetById(source);
	if (preset && !existsSync(source)) return structuredClone(preset.scenario);
	let json: unknown;
	try {
		json = JSON.parse(read(source).toString('utf8'));
	} catch (error) {
		if (error instanceof UsageError) throw error;
		throw new UsageError(`${source} is not valid JSON: ${(error as Error).message}`);
	}
	if (json && typeof json === 'object' && 'v' in json && 'scenario' in json) {
		return (json as { scenario: unknown }).scenario;
	}
	return json;
}

const range = (r: Range, f: (x: number) => string) => `${f(r.likely)} (${f(r.low)} – ${f(r.high)})`;

function report(name: string, c: Calibration): string {
	const skipped = c.rows - c.customers;
	const lines = [
		`${name}: ${count.format(c.rows)} rows, ${count.format(c.customers)} customers (${count.format(c.active)} active, ${count.format(c.left)} left), ${count.format(skipped)} skipped`
	];
	for (const p of c.problems.slice(0, SHOWN_PROBLEMS)) {
		lines.push(`  row ${p.row}: ${rowProblemText('en', p)}`);
	}
	if (skipped > SHOWN_PROBLEMS)
		lines.push(`  … and ${count.format(skipped - SHOWN_PROBLEMS)} more`);
	if (c.blankCharges > 0) {
		lines.push(
			`  ${count.format(c.blankCharges)} customers with a blank monthly charge (${count.format(c.blankChargesNew)} with tenure 0) are kept, outside the ARPU`
		);
	}
	lines.push(
		`engine hazard, maximum likelihood (90% interval from ${c.resamples} bootstrap resamples):`,
		`  mature churn          ${range(c.fit.matureChurnMonthly, (x) => finePercent.format(x))} a month`,
		`  early-churn multiplier ${range(c.fit.earlyChurnMultiplier, (x) => decimal.format(x))}`,
		`  early-churn decay     ${range(c.fit.earlyChurnDecayMonths, (x) => decimal.format(x))} months`,
		`  log-likelihood        ${c.fit.logLikelihood.toFixed(1)}`,
		`sBG cross-check: alpha ${decimal.format(c.sbg.alpha)}, beta ${decimal.format(c.sbg.beta)}, log-likelihood ${c.sbg.logLikelihood.toFixed(1)}`,
		'                 S(12)    S(24)    S(36)'
	);
	const at = (curve: readonly number[], month: number) => {
		const s = curve[month - 1];
		return (s === undefined ? '—' : percent.format(s)).padEnd(9);
	};
	const km = c.lifeTable.map((r) => r.survival);
	for (const [label, curve] of [
		['Kaplan–Meier   ', km],
		['engine fit     ', c.fit.survival],
		['sBG            ', c.sbg.survival]
	] as const) {
		lines.push(`  ${label}${at(curve, 12)}${at(curve, 24)}${at(curve, 36)}`.trimEnd());
	}
	const extra = [`starting customers ${count.format(c.startingCustomers)}`];
	if (c.arpuMonthly !== null) extra.push(`ARPU ${decimal.format(c.arpuMonthly)} a month`);
	if (c.lockInShare !== null) extra.push(`lock-in share ${percent.format(c.lockInShare)}`);
	if (c.inContractChurnMultiplier) {
		extra.push(
			`in-contract churn multiplier ${range(c.inContractChurnMultiplier, (x) => decimal.format(x))}`
		);
	}
	lines.push(extra.join('; '));
	return lines.join('\n');
}

async function run(args: string[]): Promise<void> {
	const { values, positionals } = options(args);
	if (values.help) {
		console.log(USAGE);
		return;
	}
	if (positionals.length !== 1) throw new UsageError(USAGE);
	if ((values.apply === undefined) !== (values.out === undefined)) {
		throw new UsageError('--apply and --out go together: --apply scenario.json --out FILE');
	}
	const today = new Date().toISOString().slice(0, 10);
	const asOf = dayFromIso(values['as-of'] ?? today);
	if (asOf === undefined)
		throw new UsageError(`--as-of must be a date YYYY-MM-DD; got "${values['as-of']}"`);
	let resamples: number | undefined;
	if (values.resamples !== undefined) {
		if (!/^\d+$/.test(values.resamples) || Number(values.resamples) < 1)
			throw new UsageError(`--resamples must be a whole number ≥ 1; got "${values.resamples}"`);
		resamples = Number(values.resamples);
	}
	const path = positionals[0]!;
	let calibration: Calibration;
	try {
		const { table } = readCustomerBytes(new Uint8Array(read(path)), asOf);
		calibration = calibrate(table, { resamples, seed: values.seed });
	} catch (error) {
		if (error instanceof CustomerFileError) {
			throw new UsageError(`${path}: ${fileProblemText('en', error.problem)}`);
		}
		throw error;
	}
	if (values.json !== undefined) {
		const text = JSON.stringify(calibrationJson(calibration));
		if (values.json === '-') {
			process.stdout.write(text + '\n');
			return;
		}
		write(values.json, text);
	}
	if (values.apply !== undefined && values.out !== undefined) {
		const scenario = loadScenario(values.apply);
		const patched = applyChanges(scenario, patchChanges(scenario, calibration.scenarioPatch));
		const validation = validateScenario(patched);
		if (!validation.ok) {
			throw new UsageError(`the calibrated scenario is invalid: ${validation.issues[0]!.message}`);
		}
		write(values.out, JSON.stringify(validation.scenario, null, '\t') + '\n');
	}
	console.log(report(path, calibration));
}

/** Runs the command with the arguments after `calibrate`; resolves to the exit code. */
export async function calibrateCommand(args: string[]): Promise<number> {
	try {
		await run(args);
		return 0;
	} catch (error) {
		if (error instanceof UsageError) {
			process.stderr.write(`sim calibrate: ${error.message}\n`);
			return 2;
		}
		process.stderr.write(
			`sim calibrate: unexpected failure: ${(error as Error)?.message ?? String(error)}\n`
		);
		return 1;
	}
}
