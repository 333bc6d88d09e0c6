/**
 * `npx tsx scripts/bench-against.ts DIR [--reps N]`: this engine against the engine in another
 * checkout DIR (for example `git worktree add /tmp/base 03d39dc` with a node_modules link), run
 * interleaved in one process on the same scenarios so that the machine's load hits both alike.
 * Times the engine only (paths simulated and folded, no summaries), single thread, on the
 * default scenario at 10,000 paths, for 60 and 240 months, noise on and off; prints medians and
 * the ratio old / new. Times are the process's CPU time (user + system), which a busy shared
 * machine disturbs far less than wall time; wall-time medians are printed beside them. The last
 * line is one JSON object.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values: flags, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		reps: { type: 'string', default: '5' },
		paths: { type: 'string', default: '10000' },
		months: { type: 'string', default: '60,240' }
	}
});
if (positionals.length !== 1) {
	console.error('usage: npx tsx scripts/bench-against.ts DIR [--reps N] [--paths N]');
	process.exit(2);
}
const REPS = Math.max(1, Number(flags.reps) || 5);
const PATHS = Math.max(500, Number(flags.paths) || 10_000);

interface Engine {
	label: string;
	/** CPU and wall seconds of one run. */
	time(months: number, noise: boolean): { cpu: number; wall: number };
}

async function load(root: string, label: string): Promise<Engine> {
	const at = (file: string) => resolve(root, 'src/lib', file);
	const { validateScenario } = await import(at('scenario/schema.ts'));
	const { defaultScenario } = await import(at('scenario/presets/default.ts'));
	const { Accumulator, planChunks, runChunk } = await import(at('sim/blocks.ts'));
	const { PathModel } = await import(at('sim/engine.ts'));
	return {
		label,
		time(months, processNoise) {
			const checked = validateScenario({
				...defaultScenario,
				paths: PATHS,
				horizonMonths: months,
				processNoise
			});
			if (!checked.ok) throw new Error('invalid bench scenario');
			const scenario = checked.scenario;
			const cpu = process.cpuUsage();
			const started = performance.now();
			const model = new PathModel(scenario);
			const accumulator = new Accumulator(scenario);
			for (const chunk of planChunks(scenario.paths, 2)) {
				accumulator.add(runChunk(scenario, chunk.firstBlock, chunk.blockCount, model));
			}
			const used = process.cpuUsage(cpu);
			return { cpu: (used.user + used.system) / 1e6, wall: (performance.now() - started) / 1000 };
		}
	};
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const m = sorted.length >> 1;
	return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}

const engines = [await load(positionals[0]!, 'old'), await load('.', 'new')];
const horizons = String(flags.months)
	.split(',')
	.map(Number)
	.filter((m) => m >= 12 && m <= 240);
const cases = horizons.flatMap((months) => [
	{ months, noise: true },
	{ months, noise: false }
]);
interface Row {
	months: number;
	noise: boolean;
	oldSeconds: number;
	newSeconds: number;
	oldWallSeconds: number;
	newWallSeconds: number;
	ratio: number;
	updatesPerSecond: number;
}
const rows: Row[] = [];
for (const { months, noise } of cases) {
	const times: Record<string, number[]> = { old: [], new: [] };
	const walls: Record<string, number[]> = { old: [], new: [] };
	for (const engine of engines) engine.time(months, noise); // warm-up
	for (let r = 0; r < REPS; r++) {
		// Alternate which goes first, so neither always runs on a freshly collected heap.
		const order = r % 2 === 0 ? engines : [...engines].reverse();
		for (const engine of order) {
			const { cpu, wall } = engine.time(months, noise);
			times[engine.label]!.push(cpu);
			walls[engine.label]!.push(wall);
		}
	}
	const old = median(times.old!);
	const now = median(times.new!);
	const updates = (PATHS * 2 * months * (months + 1)) / 2;
	const oldWall = median(walls.old!);
	const newWall = median(walls.new!);
	rows.push({
		oldWallSeconds: oldWall,
		newWallSeconds: newWall,
		months,
		noise,
		oldSeconds: old,
		newSeconds: now,
		ratio: old / now,
		updatesPerSecond: updates / now
	});
	console.log(
		`${String(months).padStart(3)} months, noise ${noise ? 'on ' : 'off'}: CPU old ${old.toFixed(3)} s, ` +
			`new ${now.toFixed(3)} s (medians of ${REPS}), old/new ${(old / now).toFixed(2)}×, ` +
			`new ${(updates / now / 1e6).toFixed(1)} M cohort-month updates/s; ` +
			`wall old ${oldWall.toFixed(3)} s, new ${newWall.toFixed(3)} s`
	);
}
const at = (months: number, noise: boolean) =>
	rows.find((r) => r.months === months && r.noise === noise);
const ratio = (noise: boolean) => {
	const long = at(240, noise);
	const short = at(60, noise);
	return long && short ? (long.newSeconds / short.newSeconds).toFixed(2) : 'n/a';
};
console.log(`time(240)/time(60) new: noise on ${ratio(true)}, off ${ratio(false)}`);
console.log(JSON.stringify({ paths: PATHS, reps: REPS, rows }));
