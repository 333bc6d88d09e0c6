/**
 * The CLI's decision analytics (MODEL.md section 10): `--decide`, `--frontier STRATEGY_ID
 * [--steps K]` and the `pilot` command. scripts/sim.ts wires the flags; this module does the work.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Scenario } from '../src/lib/scenario/types';
import { decide, frontier } from '../src/lib/decision/run';
import type { DecisionResult } from '../src/lib/decision/analyse';
import type { FrontierResult } from '../src/lib/decision/frontier';
import { FRONTIER_STEPS, frontierBudget } from '../src/lib/decision/crn';
import {
	planPilot,
	pilotProblem,
	type PilotInput,
	type PilotPlan
} from '../src/lib/decision/pilot';
import { translate, type MessageKey, type MessageParams } from '../src/lib/i18n';
import { formattersFor } from '../src/lib/i18n/format';
import { caseSentence } from '../src/lib/ui/decision/case-sentence';

/** A bad flag: sim.ts prints the message on one line and exits with code 2. */
export class FlagError extends Error {}

const t = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const en = formattersFor('en');

/** `"decision"` of the JSON output. */
export function decisionJson(scenario: Scenario, result: DecisionResult) {
	const name = (id: string) => scenario.strategies.find((s) => s.id === id)?.name ?? id;
	return {
		paths: result.paths,
		runPaths: result.runPaths,
		engineStrategies: result.engineStrategies,
		comparisons: result.comparisons.map((c) => ({
			strategy: c.strategy,
			baseline: c.baseline,
			pnl: c.pnl,
			npvDifference: c.npvDifference,
			revenueSplit: c.revenueSplit,
			levers: c.levers,
			outcomes: c.outcomes,
			businessCase: {
				...c.businessCase,
				sentence: caseSentence(
					t,
					en,
					c,
					{ challenger: name(c.strategy), baseline: name(c.baseline) },
					scenario.currency
				)
			}
		})),
		evpi: result.evpi,
		evppi: result.evppi,
		bins: result.bins
	};
}

export function runDecide(scenario: Scenario) {
	return decisionJson(scenario, decide(scenario));
}

/** The strategy index and step count the frontier flags ask for, or a FlagError. */
export function frontierFlags(
	scenario: Scenario,
	strategyId: string,
	stepsText?: string
): { index: number; steps: number } {
	const index = scenario.strategies.findIndex((s) => s.id === strategyId);
	if (index < 0) {
		const ids = scenario.strategies.map((s) => s.id).join(', ');
		throw new FlagError(
			`--frontier must name a strategy of the scenario (${ids}); got "${strategyId}"`
		);
	}
	let steps: number = FRONTIER_STEPS.default;
	if (stepsText !== undefined) {
		steps = Number(stepsText);
		if (
			!/^\d+$/.test(stepsText.trim()) ||
			steps < FRONTIER_STEPS.min ||
			steps > FRONTIER_STEPS.max
		) {
			throw new FlagError(
				`--steps must be an integer from ${FRONTIER_STEPS.min} to ${FRONTIER_STEPS.max}; got "${stepsText}"`
			);
		}
	}
	if (!(frontierBudget(scenario.strategies[index]!) > 0)) {
		throw new FlagError(
			`--frontier ${strategyId}: the strategy has no acquisition or CX budget to split`
		);
	}
	return { index, steps };
}

/** Check the frontier flags and run it. */
export function runFrontier(
	scenario: Scenario,
	strategyId: string,
	stepsText?: string
): FrontierResult {
	const { index, steps } = frontierFlags(scenario, strategyId, stepsText);
	return frontier(scenario, index, steps);
}

const money = (scenario: Scenario) => (x: number) => en.money(x, scenario.currency, true);

/** Lines for the text report. */
export function decisionReport(
	scenario: Scenario,
	decision: ReturnType<typeof decisionJson>
): string {
	const m = money(scenario);
	const name = (id: string) => scenario.strategies.find((s) => s.id === id)?.name ?? id;
	const lines = [`Decision analytics on the first ${decision.paths} of ${decision.runPaths} paths`];
	for (const c of decision.comparisons) {
		lines.push(
			`  ${name(c.strategy)} vs ${name(c.baseline)}: mean NPV difference ${m(c.npvDifference.mean)}`
		);
		for (const line of c.pnl)
			lines.push(`    ${t(`decide.line.${line.line}`).padEnd(26)} ${m(line.mean)}`);
		lines.push(
			`    revenue: ${m(c.revenueSplit.customers)} from more customers, ${m(c.revenueSplit.perCustomer)} from more per customer`
		);
		for (const lever of c.levers) {
			lines.push(`    lever ${t(`decide.lever.${lever.lever}`).padEnd(32)} ${m(lever.value)}`);
		}
		lines.push(`    ${c.businessCase.sentence}`);
	}
	lines.push(`  EVPI ${m(decision.evpi)}; most worth measuring:`);
	for (const entry of decision.evppi.slice(0, 5))
		lines.push(`    ${entry.parameter.padEnd(44)} ${m(entry.value)}`);
	return lines.join('\n');
}

export function frontierReport(scenario: Scenario, result: FrontierResult): string {
	const m = money(scenario);
	const pct = (x: number) => en.percent(x, 0);
	const lines = [
		`Budget frontier of ${result.strategy}: ${m(result.budget)} a month, first ${result.paths} paths`,
		'  CX share   mean NPV     P(beats baseline)   best on'
	];
	for (const p of result.points) {
		lines.push(
			`  ${pct(p.cxShare).padStart(8)}   ${m(p.npv.mean).padEnd(12)} ${pct(p.probabilityHigherNpv).padStart(17)}   ${pct(p.bestShare).padStart(7)}`
		);
	}
	lines.push(
		`  best: ${pct(result.best.cxShare)} to CX (best on ${pct(result.best.bestShare)} of paths)`
	);
	return lines.join('\n');
}

const PILOT_FLAGS: Record<keyof PilotInput, string> = {
	from: '--from',
	to: '--to',
	alpha: '--alpha',
	power: '--power',
	availablePerMonth: '--available',
	measurementMonths: '--months',
	costPerCustomerMonthly: '--cost'
};

const PILOT_USAGE =
	'usage: npm run sim -- pilot --from P1 --to P2 [--alpha A] [--power W] [--available N] [--months M] [--cost C] [--json -]';

/** `npm run sim -- pilot …`: the plan as JSON (--json) or text. */
export function runPilot(argv: string[]): { plan: PilotPlan; json?: string } {
	let values: Record<string, string | undefined>;
	try {
		values = parseArgs({
			args: argv,
			options: Object.fromEntries(
				[...Object.values(PILOT_FLAGS).map((f) => f.slice(2)), 'json'].map((k) => [
					k,
					{ type: 'string' }
				])
			)
		}).values as Record<string, string | undefined>;
	} catch (error) {
		throw new FlagError(`${(error as Error).message.split('\n')[0]}; ${PILOT_USAGE}`);
	}
	if (values.from === undefined || values.to === undefined) throw new FlagError(PILOT_USAGE);
	const input: PilotInput = { from: NaN, to: NaN };
	for (const [field, flag] of Object.entries(PILOT_FLAGS) as [keyof PilotInput, string][]) {
		const text = values[flag.slice(2)];
		if (text === undefined) continue;
		const value = Number(text);
		input[field] = text.trim() === '' ? NaN : value;
	}
	const problem = pilotProblem(input);
	if (problem) {
		const flag = PILOT_FLAGS[problem.field];
		const got = values[flag.slice(2)];
		if (problem.kind === 'same') throw new FlagError(`--to must differ from --from; got "${got}"`);
		const noun = problem.integer ? 'an integer' : 'a number';
		const range = problem.open
			? `a number strictly between ${problem.min} and ${problem.max}`
			: `${noun} from ${problem.min} to ${problem.max}`;
		throw new FlagError(`${flag} must be ${range}; got "${got}"`);
	}
	return { plan: planPilot(input), json: values.json };
}

export function pilotReport(plan: PilotPlan): string {
	const lines = [
		`Two-arm test, churn ${en.percent(plan.from, 1)} → ${en.percent(plan.to, 1)}, α ${plan.alpha}, power ${plan.power}`,
		`  ${plan.perArm.toLocaleString('en-US')} customers per arm, ${plan.totalCustomers.toLocaleString('en-US')} in all`
	];
	if (plan.durationMonths !== null) {
		lines.push(`  runs ${plan.durationMonths} months (${plan.enrolmentMonths} to enrol)`);
	}
	if (plan.cost !== null) lines.push(`  costs ${plan.cost.toLocaleString('en-US')}`);
	return lines.join('\n');
}

/** What `--decide` and `--frontier` add to a run: JSON fields and report text. */
export function decisionOutputs(
	scenario: Scenario,
	flags: { decide?: boolean; frontier?: string; steps?: string }
): { json: Record<string, unknown>; report: string[] } {
	const json: Record<string, unknown> = {};
	const report: string[] = [];
	if (flags.steps !== undefined && flags.frontier === undefined) {
		throw new FlagError('--steps needs --frontier STRATEGY_ID');
	}
	// Check the frontier's flags before spending time on either.
	if (flags.frontier !== undefined) frontierFlags(scenario, flags.frontier, flags.steps);
	if (flags.decide) {
		const decision = runDecide(scenario);
		json.decision = decision;
		report.push(decisionReport(scenario, decision));
	}
	if (flags.frontier !== undefined) {
		const result = runFrontier(scenario, flags.frontier, flags.steps);
		json.frontier = result;
		report.push(frontierReport(scenario, result));
	}
	return { json, report };
}

/** `npm run sim -- pilot …` end to end: JSON to stdout (`--json -`) or a file, else text. */
export function pilotCommand(argv: string[]): void {
	const { plan, json } = runPilot(argv);
	if (json === '-') {
		process.stdout.write(JSON.stringify(plan) + '\n');
		return;
	}
	if (json !== undefined) {
		try {
			writeFileSync(json, JSON.stringify(plan));
		} catch (error) {
			throw new FlagError(`cannot write ${json}: ${(error as Error).message}`);
		}
	}
	console.log(pilotReport(plan));
}
