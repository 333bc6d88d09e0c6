/**
 * `npm run bench`: the engine's speed on this machine (not a test). Runs the default scenario at
 * 10,000 paths × 2 strategies for 60 and 240 months on one thread, several times, and prints the
 * median time, paths per second and equivalent cohort-month updates per second
 * (paths × strategies × T(T+1)/2 / seconds), the figure ../shared/bench/limit prints for a bare
 * vectorised C loop. The last line is one JSON object.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateScenario } from '../src/lib/scenario/schema';
import { defaultScenario } from '../src/lib/scenario/presets/default';
import { Accumulator, planChunks, runChunk } from '../src/lib/sim/blocks';
import { PathModel } from '../src/lib/sim/engine';
import { summarize } from '../src/lib/sim/summarize';
import type { Scenario } from '../src/lib/scenario/types';

const PATHS = 10_000;

function scenarioFor(months: number, processNoise: boolean): Scenario {
	const checked = validateScenario({
		...defaultScenario,
		paths: PATHS,
		horizonMonths: months,
		processNoise
	});
	if (!checked.ok) throw new Error(checked.issues.map((i) => i.message).join('\n'));
	return checked.scenario;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(months: number, processNoise: boolean, repetitions: number) {
	const scenario = scenarioFor(months, processNoise);
	const engine: number[] = [];
	const summary: number[] = [];
	for (let r = 0; r < repetitions; r++) {
		const started = performance.now();
		const model = new PathModel(scenario);
		const accumulator = new Accumulator(scenario);
		for (const chunk of planChunks(scenario.paths, 2)) {
			accumulator.add(runChunk(scenario, chunk.firstBlock, chunk.blockCount, model));
		}
		const simulated = performance.now();
		summarize(accumulator);
		engine.push((simulated - started) / 1000);
		summary.push((performance.now() - simulated) / 1000);
	}
	const strategies = scenario.strategies.length;
	const seconds = median(engine);
	return {
		months,
		paths: PATHS,
		strategies,
		processNoise,
		medianSeconds: Number(seconds.toFixed(4)),
		summarySeconds: Number(median(summary).toFixed(4)),
		pathsPerSecond: Math.round(PATHS / seconds),
		cohortMonthUpdatesPerSecond: Math.round(
			(PATHS * strategies * months * (months + 1)) / 2 / seconds
		)
	};
}

function limit(): number | null {
	const binary = resolve('..', 'shared', 'bench', 'limit');
	if (!existsSync(binary)) return null;
	try {
		const line = execFileSync(binary, ['10000', '60'], { encoding: 'utf8' })
			.trim()
			.split('\n')
			.pop()!;
		return (JSON.parse(line) as { cohortMonthUpdatesPerSecond: number })
			.cohortMonthUpdatesPerSecond;
	} catch {
		return null;
	}
}

const format = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const runs = [measure(60, true, 5), measure(240, true, 3)];
const noiseless = [measure(60, false, 5), measure(240, false, 3)];
const ceiling = limit();
for (const run of [...runs, ...noiseless]) {
	console.log(
		`${String(run.months).padStart(3)} months, ${run.strategies} strategies, ${format.format(run.paths)} paths, ` +
			`noise ${run.processNoise ? 'on ' : 'off'}: median ${run.medianSeconds.toFixed(3)} s ` +
			`(+ ${run.summarySeconds.toFixed(3)} s summaries), ${format.format(run.pathsPerSecond)} paths/s, ` +
			`${format.format(run.cohortMonthUpdatesPerSecond)} cohort-month updates/s` +
			(ceiling
				? ` = ${((100 * run.cohortMonthUpdatesPerSecond) / ceiling).toFixed(1)}% of the C limit`
				: '')
	);
}
console.log(
	`time(240) / time(60): noise on ${(runs[1]!.medianSeconds / runs[0]!.medianSeconds).toFixed(2)}, off ${(noiseless[1]!.medianSeconds / noiseless[0]!.medianSeconds).toFixed(2)}`
);
if (ceiling)
	console.log(
		`../shared/bench/limit: ${format.format(ceiling)} cohort-month updates/s (10,000 paths × 60 months)`
	);
console.log(JSON.stringify({ runs, noiseless, limit: ceiling }));
