/**
 * The per-path quantities the decision analytics need, computed block by block on the same
 * paths as the run (see crn.ts). Like the engine's chunks, per-path values are placed by path
 * index and per-block sums are folded in block order, so the result does not depend on how
 * blocks are grouped or which worker ran them.
 */
import type { Scenario } from '../scenario/types';
import { BLOCK_PATHS, BlockOrder, blockCount } from '../sim/blocks';
import { METRIC_COUNT, TOTAL_COUNT } from '../sim/engine';
import { onePathSink } from '../sim/path-sink';
import { P_ARPU, P_CONTACT_NPS, P_CONTACTS } from '../sim/params';
import { MONTHLY_METRICS, TOTALS, type MonthlyMetric } from '../sim/types';
import { commonRandomModel, decisionPathCount, engineStrategies, type DecisionSpec } from './crn';

/** The profit-and-loss lines of MODEL.md 10.1, each in contribution terms (costs negative). */
export const PNL_LINES = [
	'grossMargin',
	'costToServe',
	'acquisitionSpend',
	'cxSpend',
	'retentionProgramme'
] as const;
export type PnlLine = (typeof PNL_LINES)[number];

/** Per strategy and path: physical outcomes. */
export const OUTCOMES = ['endCustomers', 'walletShareEnd', 'referrals', 'contacts'] as const;
/** Per challenger and path: the revenue split, customers kept, contacts avoided, break-even. */
export const PAIR_VALUES = [
	'revenueFromCustomers',
	'revenueFromPerCustomer',
	'customersKept',
	'contactsAvoided',
	'breakEvenMonth'
] as const;

/** The sizes of a decision run. */
export interface DecisionShape {
	/** Strategies of the scenario (the first S engine strategies). */
	strategies: number;
	/** Strategies the engine runs: the scenario's, then hybrids or frontier points. */
	engineStrategies: number;
	months: number;
	years: number;
	parameters: number;
	/** Paths the decision run uses (P ≤ scenario.paths, whole blocks). */
	paths: number;
}

export function decisionShape(scenario: Scenario, spec: DecisionSpec): DecisionShape {
	const { strategies } = engineStrategies(scenario, spec);
	const model = commonRandomModel(scenario, strategies);
	return {
		strategies: scenario.strategies.length,
		engineStrategies: strategies.length,
		months: scenario.horizonMonths,
		years: Math.ceil(scenario.horizonMonths / 12),
		parameters: model.plan.drawn.length,
		paths: decisionPathCount(scenario, strategies.length)
	};
}

/** One run of consecutive blocks. Per-path arrays are [row][path]; all are transferable. */
export interface DecisionChunk {
	firstBlock: number;
	blockCount: number;
	firstPath: number;
	pathCount: number;
	/** [engine strategy][path]: NPV. */
	npv: Float64Array;
	/** [strategy][PNL_LINES][path]: present value of each line. */
	lines: Float64Array;
	/** [strategy][year][path]: contribution of each year, undiscounted. */
	yearly: Float64Array;
	/** [strategy][OUTCOMES][path]. */
	outcomes: Float64Array;
	/** [challenger − 1][PAIR_VALUES][path]. */
	pairs: Float64Array;
	/** [parameter][path]: the drawn value of every PERT input. */
	parameters: Float64Array;
	/** Per block: [strategy][PNL_LINES][year] sums over its paths, undiscounted. */
	yearlyLineSums: Float64Array;
	/** Per block: [strategy][month] sums of contribution over its paths. */
	contributionSums: Float64Array;
}

export function chunkTransferables(chunk: DecisionChunk): ArrayBuffer[] {
	return [
		chunk.npv,
		chunk.lines,
		chunk.yearly,
		chunk.outcomes,
		chunk.pairs,
		chunk.parameters,
		chunk.yearlyLineSums,
		chunk.contributionSums
	].map((a) => a.buffer as ArrayBuffer);
}

const M = Object.fromEntries(MONTHLY_METRICS.map((name, i) => [name, i])) as Record<
	MonthlyMetric,
	number
>;
const NPV = TOTALS.indexOf('npv');

/** Simulate blocks firstBlock … firstBlock + count − 1 of the decision run. */
export function runDecisionChunk(
	scenario: Scenario,
	spec: DecisionSpec,
	firstBlock: number,
	count: number
): DecisionChunk {
	const { strategies: engine } = engineStrategies(scenario, spec);
	const model = commonRandomModel(scenario, engine);
	const E = engine.length;
	const S = scenario.strategies.length;
	const T = scenario.horizonMonths;
	const Y = Math.ceil(T / 12);
	const L = PNL_LINES.length;
	const drawn = model.plan.drawn;
	const paths = decisionPathCount(scenario, E);
	const blocks = Math.max(0, Math.min(count, blockCount(paths) - firstBlock));
	const firstPath = firstBlock * BLOCK_PATHS;
	const n = Math.max(0, Math.min(blocks * BLOCK_PATHS, paths - firstPath));
	const chunk: DecisionChunk = {
		firstBlock,
		blockCount: blocks,
		firstPath,
		pathCount: n,
		npv: new Float64Array(E * n),
		lines: new Float64Array(S * L * n),
		yearly: new Float64Array(S * Y * n),
		outcomes: new Float64Array(S * OUTCOMES.length * n),
		pairs: new Float64Array(Math.max(0, S - 1) * PAIR_VALUES.length * n),
		parameters: new Float64Array(drawn.length * n),
		yearlyLineSums: new Float64Array(blocks * S * L * Y),
		contributionSums: new Float64Array(blocks * S * T)
	};
	const sink = onePathSink(E, T);
	const discount = new Float64Array(T + 1);
	for (let t = 0; t <= T; t++) discount[t] = Math.pow(1 + scenario.discountRateAnnual, -t / 12);
	const company = scenario.company;
	const startCustomers = scenario.processNoise
		? Math.round(company.startingCustomers)
		: company.startingCustomers;
	const values = model.values;
	const contactRate = new Float64Array(S * T);
	const lineSums = new Float64Array(L);
	const month = new Float64Array(L);
	const outcome = new Float64Array(OUTCOMES.length);
	const pair = new Float64Array(PAIR_VALUES.length);
	const at = (s: number, metric: number, t: number) =>
		sink.monthly[(s * METRIC_COUNT + metric) * T + t]!;

	for (let i = 0; i < n; i++) {
		const block = (i / BLOCK_PATHS) | 0;
		model.run(firstPath + i, sink);
		for (let e = 0; e < E; e++) chunk.npv[e * n + i] = sink.totals[e * TOTAL_COUNT + NPV]!;
		for (let j = 0; j < drawn.length; j++) chunk.parameters[j * n + i] = values[drawn[j]!.slot]!;
		const wallet = values[P_ARPU]! / company.walletShareStart;
		const contacts = values[P_CONTACTS]!;
		const contactNps = values[P_CONTACT_NPS]! / 100;
		const lineBase = block * S * L * Y;
		const cashBase = block * S * T;

		for (let s = 0; s < S; s++) {
			lineSums.fill(0);
			let referrals = 0;
			let contactCount = 0;
			for (let t = 0; t < T; t++) {
				const gross = at(s, M.grossProfit, t);
				const serve = at(s, M.costToServe, t);
				const acquisition = at(s, M.acquisitionSpend, t);
				const cx = at(s, M.cxSpend, t);
				const contribution = at(s, M.contribution, t);
				month[0] = gross + serve;
				month[1] = -serve;
				month[2] = -acquisition;
				month[3] = -cx;
				month[4] = contribution - gross + acquisition + cx;
				const d = discount[t + 1]!;
				const y = (t / 12) | 0;
				for (let l = 0; l < L; l++) {
					lineSums[l]! += month[l]! * d;
					chunk.yearlyLineSums[lineBase + (s * L + l) * Y + y]! += month[l]!;
				}
				chunk.yearly[(s * Y + y) * n + i]! += contribution;
				chunk.contributionSums[cashBase + s * T + t]! += contribution;
				referrals += at(s, M.referredCustomers, t);
				const rate = contacts * Math.exp(-contactNps * (at(s, M.nps, t) - company.npsStart));
				contactRate[s * T + t] = rate;
				contactCount += at(s, M.customers, t) * rate;
			}
			// The retention line is what the other lines leave of the NPV, so the lines add up to
			// it exactly (it equals −Σ retention cost · discount up to rounding).
			const npv = sink.totals[s * TOTAL_COUNT + NPV]!;
			lineSums[L - 1] = npv - (lineSums[0]! + lineSums[1]! + lineSums[2]! + lineSums[3]!);
			for (let l = 0; l < L; l++) chunk.lines[(s * L + l) * n + i] = lineSums[l]!;

			const endN = at(s, M.customers, T - 1);
			const price = Math.pow(1 + scenario.strategies[s]!.priceIncreaseAnnual, (T - 1) / 12);
			outcome[0] = endN;
			outcome[1] = endN > 0 ? at(s, M.revenue, T - 1) / (endN * wallet * price) : NaN;
			outcome[2] = referrals;
			outcome[3] = contactCount;
			for (let o = 0; o < OUTCOMES.length; o++) {
				chunk.outcomes[(s * OUTCOMES.length + o) * n + i] = outcome[o]!;
			}
		}

		for (let c = 1; c < S; c++) {
			let fromCustomers = 0;
			let fromPerCustomer = 0;
			let kept = 0;
			let avoided = 0;
			let previousC = startCustomers;
			for (let t = 0; t < T; t++) {
				const nb = at(0, M.customers, t);
				const nc = at(c, M.customers, t);
				const rb = at(0, M.revenue, t);
				const rc = at(c, M.revenue, t);
				const ab = nb > 0 ? rb / nb : 0;
				const ac = nc > 0 ? rc / nc : 0;
				const d = discount[t + 1]!;
				fromCustomers += 0.5 * (ab + ac) * (nc - nb) * d;
				fromPerCustomer += 0.5 * (nb + nc) * (ac - ab) * d;
				const churnB = at(0, M.churnRate, t);
				kept += (churnB === churnB ? churnB * previousC : 0) - at(c, M.churnedCustomers, t);
				avoided += nc * (contactRate[t]! - contactRate[c * T + t]!);
				previousC = nc;
			}
			pair[0] = fromCustomers;
			pair[1] = fromPerCustomer;
			pair[2] = kept;
			pair[3] = avoided;
			pair[4] = sink.breakEven[c]!;
			for (let v = 0; v < PAIR_VALUES.length; v++) {
				chunk.pairs[((c - 1) * PAIR_VALUES.length + v) * n + i] = pair[v]!;
			}
		}
	}
	return chunk;
}

/** Gathers chunks in any order into whole-run arrays, folding block sums in block order. */
export class DecisionCollector {
	readonly shape: DecisionShape;
	readonly npv: Float64Array;
	readonly lines: Float64Array;
	readonly yearly: Float64Array;
	readonly outcomes: Float64Array;
	readonly pairs: Float64Array;
	readonly parameters: Float64Array;
	readonly yearlyLineSums: Float64Array;
	readonly contributionSums: Float64Array;
	/** Folds chunks in block order, whatever order they arrive in. */
	private readonly order = new BlockOrder<DecisionChunk>((chunk) => this.fold(chunk));

	constructor(shape: DecisionShape) {
		this.shape = shape;
		const { strategies: S, engineStrategies: E, months: T, years: Y, parameters, paths: P } = shape;
		this.npv = new Float64Array(E * P);
		this.lines = new Float64Array(S * PNL_LINES.length * P);
		this.yearly = new Float64Array(S * Y * P);
		this.outcomes = new Float64Array(S * OUTCOMES.length * P);
		this.pairs = new Float64Array(Math.max(0, S - 1) * PAIR_VALUES.length * P);
		this.parameters = new Float64Array(parameters * P);
		this.yearlyLineSums = new Float64Array(S * PNL_LINES.length * Y);
		this.contributionSums = new Float64Array(S * T);
	}

	get totalBlocks(): number {
		return blockCount(this.shape.paths);
	}

	get completedBlocks(): number {
		return this.order.nextBlock;
	}

	get done(): boolean {
		return this.order.nextBlock >= this.totalBlocks;
	}

	add(chunk: DecisionChunk): void {
		this.order.add(chunk);
	}

	private fold(chunk: DecisionChunk): void {
		const P = this.shape.paths;
		const n = chunk.pathCount;
		const place = (target: Float64Array, source: Float64Array) => {
			for (let r = 0; r < source.length / Math.max(1, n); r++) {
				target.set(source.subarray(r * n, (r + 1) * n), r * P + chunk.firstPath);
			}
		};
		place(this.npv, chunk.npv);
		place(this.lines, chunk.lines);
		place(this.yearly, chunk.yearly);
		place(this.outcomes, chunk.outcomes);
		place(this.pairs, chunk.pairs);
		place(this.parameters, chunk.parameters);
		const fold = (target: Float64Array, source: Float64Array) => {
			const size = target.length;
			for (let b = 0; b < chunk.blockCount; b++) {
				for (let j = 0; j < size; j++) target[j]! += source[b * size + j]!;
			}
		};
		fold(this.yearlyLineSums, chunk.yearlyLineSums);
		fold(this.contributionSums, chunk.contributionSums);
	}

	/** The collected arrays, for analysis (in this thread or, transferred, in a worker). */
	data(): DecisionData {
		return {
			shape: this.shape,
			npv: this.npv,
			lines: this.lines,
			yearly: this.yearly,
			outcomes: this.outcomes,
			pairs: this.pairs,
			parameters: this.parameters,
			yearlyLineSums: this.yearlyLineSums,
			contributionSums: this.contributionSums
		};
	}
}

/** Every path's decision quantities, [row][path] with P paths per row. */
export interface DecisionData {
	shape: DecisionShape;
	npv: Float64Array;
	lines: Float64Array;
	yearly: Float64Array;
	outcomes: Float64Array;
	pairs: Float64Array;
	parameters: Float64Array;
	yearlyLineSums: Float64Array;
	contributionSums: Float64Array;
}

export function dataTransferables(data: DecisionData): ArrayBuffer[] {
	return [
		data.npv,
		data.lines,
		data.yearly,
		data.outcomes,
		data.pairs,
		data.parameters,
		data.yearlyLineSums,
		data.contributionSums
	].map((a) => a.buffer as ArrayBuffer);
}

/** Row r of a [row][path] array. */
export function row(array: Float64Array, r: number, paths: number): Float64Array {
	return array.subarray(r * paths, (r + 1) * paths);
}
