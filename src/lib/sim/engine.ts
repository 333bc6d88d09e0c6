/**
 * One simulated future (path) for every strategy of a scenario: MODEL.md sections 3–6. The path
 * draws its inputs and competitor shocks from its parameter stream, then runs each strategy
 * (strategy-run.ts) on the same inputs and shocks (common random numbers), each with a noise
 * stream seeded the same way; break-even compares the strategies' cash. Cost is linear in the
 * horizon. See the "Model & assumptions" page.
 */
import type { Scenario } from '../scenario/types';
import { ExpectedDraws, NoiseDraws, ReseedableStream, type Rng } from './random';
import * as P from './params';
import { StrategyRun } from './strategy-run';
import { layerCount, strategyPlan, type PathSink, type RunBuffers } from './strategy-inputs';

export {
	MAYBE_UNDEFINED_METRICS,
	METRIC_COUNT,
	TOTAL_COUNT,
	layerCount,
	ringSize,
	type PathSink
} from './strategy-inputs';

export class PathModel {
	readonly scenario: Scenario;
	readonly months: number;
	readonly strategies: number;
	readonly layers: number;
	readonly plan: P.ParamPlan;
	/** This path's parameter vector (see params.ts for the slots). */
	readonly values: Float64Array;
	private readonly seed: string;
	private readonly buffers: RunBuffers;
	private readonly runs: StrategyRun[];
	private readonly expected = new ExpectedDraws();
	private readonly paramStream = new ReseedableStream();
	/** Every strategy's noise stream starts where this one was seeded. */
	private readonly noiseStart = new ReseedableStream();
	private readonly noiseStream = new ReseedableStream();
	private readonly noise = new NoiseDraws(this.noiseStream.next);

	constructor(scenario: Scenario) {
		this.scenario = scenario;
		const T = (this.months = scenario.horizonMonths);
		this.strategies = scenario.strategies.length;
		this.layers = layerCount(T);
		this.plan = P.makeParamPlan(scenario);
		this.values = new Float64Array(this.plan.constants.length);
		this.seed = String(scenario.seed);
		const plans = scenario.strategies.map((_, s) => strategyPlan(scenario, s));
		const maxRing = Math.max(...plans.map((plan) => plan.ring));
		const discount = new Float64Array(T + 1);
		for (let t = 0; t <= T; t++) discount[t] = Math.pow(1 + scenario.discountRateAnnual, -t / 12);
		this.buffers = {
			free: new Float64Array(maxRing),
			contracted: new Float64Array(maxRing),
			share: new Float64Array(maxRing),
			poolLayerCustomers: new Float64Array(this.layers),
			poolLayerGap: new Float64Array(this.layers),
			revenueHistory: new Float64Array(T + 1),
			cash: new Float64Array(this.strategies * T),
			discount,
			shock: new Uint8Array(T + 1)
		};
		this.runs = plans.map((plan, s) => new StrategyRun(scenario, plan, s, this.buffers));
	}

	/** Simulate path `path` for every strategy, writing into `sink`. */
	run(path: number, sink: PathSink): void {
		const T = this.months;
		this.paramStream.reseed(this.seed, path, 'params');
		this.plan.draw(this.paramStream.next, this.values);
		this.drawShocks(this.paramStream.next);
		const noise = this.scenario.processNoise;
		if (noise) this.noiseStart.reseed(this.seed, path, 'noise');
		for (let s = 0; s < this.strategies; s++) {
			if (noise) {
				this.noiseStream.copyFrom(this.noiseStart);
				this.runs[s]!.run(this.values, this.noise, sink);
			} else this.runs[s]!.run(this.values, this.expected, sink);
		}
		// Break-even: the first month after the last one in which the challenger was not ahead.
		const cash = this.buffers.cash;
		const stride = sink.pathStride;
		sink.breakEven[sink.pathIndex] = NaN;
		for (let s = 1; s < this.strategies; s++) {
			let last = -1;
			for (let t = T - 1; t >= 0; t--) {
				if (cash[s * T + t]! <= cash[t]!) {
					last = t;
					break;
				}
			}
			sink.breakEven[s * stride + sink.pathIndex] = last === T - 1 ? NaN : last + 2;
		}
	}

	/** Competitor shocks: a Poisson process over the horizon, each lasting a fixed time. */
	private drawShocks(rng: Rng): void {
		const T = this.months;
		const shock = this.buffers.shock;
		shock.fill(0);
		const ratePerMonth = this.values[P.P_SHOCK_RATE]! / 12;
		if (!(ratePerMonth > 0)) return;
		const duration = this.scenario.market.shockDurationMonths;
		let time = 0;
		for (;;) {
			time += -Math.log(1 - rng()) / ratePerMonth;
			if (time > T) break;
			const start = Math.max(1, Math.ceil(time));
			const end = Math.min(T, start + duration - 1);
			for (let t = start; t <= end; t++) shock[t] = 1;
		}
	}
}
