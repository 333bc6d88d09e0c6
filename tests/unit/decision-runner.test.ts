/** The decision runner: the same numbers as in process, whatever the pool size; cancellable. */
import { describe, expect, it } from 'vitest';
import { presetById } from '../../src/lib/scenario/presets/index';
import { validateScenario } from '../../src/lib/scenario/schema';
import type { Scenario } from '../../src/lib/scenario/types';
import { decide, frontier } from '../../src/lib/decision/run';
import {
	createDecisionWorkerApi,
	DecisionRunner,
	type DecisionWorkerApi
} from '../../src/lib/workers/decision-runner';
import { isAbortError } from '../../src/lib/workers/runner';

function scenario(): Scenario {
	const input = {
		...structuredClone(presetById('default')!.scenario),
		paths: 1500,
		horizonMonths: 12
	};
	const result = validateScenario(input);
	if (!result.ok) throw new Error(result.issues[0]!.message);
	return result.scenario;
}

/** Every argument and result goes through structured cloning, as between threads. */
function serialising(): { api: DecisionWorkerApi; terminate(): void } {
	const inner = createDecisionWorkerApi();
	return {
		api: {
			runChunk: (...args) => structuredClone(inner.runChunk(...structuredClone(args))),
			analyse: (...args) => structuredClone(inner.analyse(...structuredClone(args)))
		},
		terminate() {}
	};
}

describe('DecisionRunner', () => {
	it('gives the in-process numbers on 1 or 3 endpoints, with monotone progress', async () => {
		const s = scenario();
		const expected = JSON.stringify(decide(s));
		for (const size of [1, 3]) {
			const runner = new DecisionRunner({ size, createEndpoint: serialising });
			const done: number[] = [];
			const result = await runner.run(
				s,
				{ kind: 'decide' },
				{ onProgress: (p) => done.push(p.doneBlocks) }
			);
			expect(JSON.stringify(result)).toBe(expected);
			expect(done).toEqual([...done].sort((a, b) => a - b));
			expect(done.at(-1)).toBe(3);
			runner.dispose();
		}
	});

	it('runs a frontier beside the analytics and aborts a job on request', async () => {
		const s = scenario();
		const runner = new DecisionRunner({ size: 2, createEndpoint: serialising });
		const controller = new AbortController();
		const cancelled = runner.run(s, { kind: 'decide' }, { signal: controller.signal });
		const front = runner.run(s, { kind: 'frontier', strategy: 1, steps: 3 });
		controller.abort();
		await expect(cancelled).rejects.toSatisfy(isAbortError);
		expect(JSON.stringify(await front)).toBe(JSON.stringify(frontier(s, 1, 3)));
		runner.dispose();
		await expect(runner.run(s, { kind: 'decide' })).rejects.toThrow(/disposed/);
	});
});
