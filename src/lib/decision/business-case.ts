/**
 * The business case of a challenger against the baseline, as finance teams lay it out: by year
 * (initial, year 1 … N) and in present value, the benefit lines and the cost lines, ROI and
 * payback, with the Monte Carlo's p10 / p50 / p90 as the risk adjustment instead of a haircut.
 *
 * A P&L line is a benefit when it adds to contribution on average (a gross margin gained, a
 * cost saved) and a cost otherwise; costs are shown as positive amounts. The model books no
 * up-front outlay (spending starts in month 1), so the initial column is zero.
 */
import { quantileSorted } from 'd3';
import { PAIR_VALUES, PNL_LINES, row, type DecisionData, type PnlLine } from './paths';
import { difference, npvDifference } from './pnl';

/** Amounts of one row: the initial column, each year, and the present value. */
export interface CaseRow {
	initial: number;
	years: number[];
	presentValue: number;
}

export interface CaseLine extends CaseRow {
	line: PnlLine;
	kind: 'benefit' | 'cost';
}

export interface RiskBand {
	p10: CaseRow;
	p50: CaseRow;
	p90: CaseRow;
}

export interface BusinessCase {
	/** Years shown (the last may be partial). */
	years: number;
	benefits: CaseLine[];
	costs: CaseLine[];
	totalBenefits: CaseRow;
	totalCosts: CaseRow;
	/** Benefits − costs = the difference in contribution (mean over paths). */
	net: CaseRow;
	/** Quantiles over paths of the net row. */
	risk: RiskBand;
	/** Net present value over present-value costs (null without costs), at the mean and p10/p50/p90. */
	roi: { mean: number | null; p10: number | null; p50: number | null; p90: number | null };
	/** First month from which the mean cumulative cash stays ahead of the baseline's (null: never). */
	paybackMonth: number | null;
	/** Share of paths on which the challenger's cash never pulls ahead for good. */
	neverPaysBackShare: number;
	/** Share of paths on which the challenger's NPV is higher. */
	probabilityPositive: number;
}

function quantiles(values: Float64Array): [number, number, number] {
	const sorted = Array.from(values).sort((a, b) => a - b);
	return [0.1, 0.5, 0.9].map((p) => quantileSorted(sorted, p) ?? NaN) as [number, number, number];
}

export function businessCase(data: DecisionData, c: number): BusinessCase {
	const { paths: P, years: Y, months: T } = data.shape;
	const L = PNL_LINES.length;
	const lines: CaseLine[] = PNL_LINES.map((line, l) => {
		const pv = difference(data.lines, L, l, c, P);
		let mean = 0;
		for (let p = 0; p < P; p++) mean += pv[p]!;
		mean /= P;
		const kind = mean >= 0 ? 'benefit' : 'cost';
		const sign = kind === 'benefit' ? 1 : -1;
		const years = Array.from({ length: Y }, (_, y) => {
			const at = (s: number) => data.yearlyLineSums[(s * L + l) * Y + y]!;
			return (sign * (at(c) - at(0))) / P;
		});
		return { line, kind, initial: 0, years, presentValue: sign * mean };
	});
	const benefits = lines.filter((l) => l.kind === 'benefit' && l.presentValue !== 0);
	const costs = lines.filter((l) => l.kind === 'cost');
	const sum = (rows: CaseRow[]): CaseRow => ({
		initial: 0,
		years: Array.from({ length: Y }, (_, y) => rows.reduce((a, r) => a + r.years[y]!, 0)),
		presentValue: rows.reduce((a, r) => a + r.presentValue, 0)
	});
	const totalBenefits = sum(benefits);
	const totalCosts = sum(costs);
	const net: CaseRow = {
		initial: 0,
		years: totalBenefits.years.map((x, y) => x - totalCosts.years[y]!),
		presentValue: totalBenefits.presentValue - totalCosts.presentValue
	};

	const npv = npvDifference(data, c);
	const yearly = Array.from({ length: Y }, (_, y) =>
		quantiles(difference(data.yearly, Y, y, c, P))
	);
	const pv = quantiles(npv);
	const band = (q: number): CaseRow => ({
		initial: 0,
		years: yearly.map((v) => v[q]!),
		presentValue: pv[q]!
	});
	const costPv = totalCosts.presentValue;
	const ratio = (x: number) => (costPv > 0 ? x / costPv : null);

	let cumulative = 0;
	let payback: number | null = 1;
	for (let t = 0; t < T; t++) {
		cumulative += (data.contributionSums[c * T + t]! - data.contributionSums[t]!) / P;
		if (!(cumulative > 0)) payback = t + 2;
	}
	if (payback !== null && payback > T) payback = null;
	const breakEven = row(data.pairs, (c - 1) * PAIR_VALUES.length + 4, P);
	let never = 0;
	let higher = 0;
	for (let p = 0; p < P; p++) {
		if (Number.isNaN(breakEven[p]!)) never++;
		if (npv[p]! > 0) higher++;
	}
	return {
		years: Y,
		benefits,
		costs,
		totalBenefits,
		totalCosts,
		net,
		risk: { p10: band(0), p50: band(1), p90: band(2) },
		roi: { mean: ratio(net.presentValue), p10: ratio(pv[0]), p50: ratio(pv[1]), p90: ratio(pv[2]) },
		paybackMonth: payback,
		neverPaysBackShare: P > 0 ? never / P : NaN,
		probabilityPositive: P > 0 ? higher / P : NaN
	};
}
