/**
 * Where the NPV difference comes from (MODEL.md 10.1): per path, the discounted differences of
 * the profit-and-loss lines, which add up to NPV_c − NPV_b; then mean and quantiles per line.
 */
import { summarise } from '../sim/stats';
import { PNL_LINES, row, type DecisionData, type PnlLine } from './paths';

/** Mean and p5 / p50 / p95 over paths of one line (money, present value). */
export interface LineSummary {
	line: PnlLine | 'npv';
	mean: number;
	p5: number;
	p50: number;
	p95: number;
}

function pick(line: LineSummary['line'], values: Float64Array): LineSummary {
	const s = summarise(values);
	return { line, mean: s.mean, p5: s.p5, p50: s.p50, p95: s.p95 };
}

/** Per-path difference challenger − baseline of row r of a per-strategy [strategy][rows][path] array. */
export function difference(
	array: Float64Array,
	rows: number,
	r: number,
	challenger: number,
	paths: number,
	baseline = 0
): Float64Array {
	const c = row(array, challenger * rows + r, paths);
	const b = row(array, baseline * rows + r, paths);
	return Float64Array.from(c, (x, p) => x - b[p]!);
}

/** The per-path NPV difference of engine strategy `a` over engine strategy `b`. */
export function npvDifference(data: DecisionData, a: number, b = 0): Float64Array {
	return difference(data.npv, 1, 0, a, data.shape.paths, b);
}

/** The P&L lines of challenger `c` against the baseline, and their total (the NPV difference). */
export function pnlLines(
	data: DecisionData,
	c: number
): { lines: LineSummary[]; total: LineSummary } {
	const P = data.shape.paths;
	const L = PNL_LINES.length;
	const lines = PNL_LINES.map((line, l) => pick(line, difference(data.lines, L, l, c, P)));
	return { lines, total: pick('npv', npvDifference(data, c)) };
}
