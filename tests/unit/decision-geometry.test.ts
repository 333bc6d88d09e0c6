/** Chart geometry of the Decide section: waterfall steps, signed bars, the frontier. */
import { scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { barDomain, barRows } from '../../src/lib/charts/geometry/bars';
import { frontierGeometry } from '../../src/lib/charts/geometry/frontier';
import {
	waterfallBars,
	waterfallExtent,
	waterfallSteps
} from '../../src/lib/charts/geometry/waterfall';
import type { FrontierPoint } from '../../src/lib/decision/frontier';

describe('waterfall', () => {
	const lines = [
		{ key: 'a', value: 10, low: 4, high: 15 },
		{ key: 'b', value: -3 },
		{ key: 'c', value: 5 }
	];
	const steps = waterfallSteps(lines, { key: 'total', value: 12, low: 2, high: 20 });

	it('chains every step from where the previous one ended, then the total from zero', () => {
		expect(steps.map((s) => [s.start, s.end, s.kind])).toEqual([
			[0, 10, 'up'],
			[10, 7, 'down'],
			[7, 12, 'up'],
			[0, 12, 'total']
		]);
		// The last line ends where the total does: the parts add up to it.
		expect(steps[2]!.end).toBe(steps[3]!.end);
		expect(steps[0]!.whisker).toEqual([4, 15]);
		expect(steps[1]!.whisker).toBeUndefined();
		expect(steps[3]!.whisker).toEqual([2, 20]);
	});

	it('spans every step, whisker and zero; bars sit in their rows with px edges', () => {
		expect(waterfallExtent(steps)).toEqual([0, 20]);
		const x = scaleLinear().domain([0, 20]).range([0, 200]);
		const bars = waterfallBars(steps, x, 120);
		expect(bars[1]).toMatchObject({ x: 70, width: 30 });
		expect(bars[0]!.whiskerPx).toEqual([40, 150]);
		for (let i = 1; i < bars.length; i++)
			expect(bars[i]!.y).toBeGreaterThan(bars[i - 1]!.y + bars[i - 1]!.height - 1e-9);
		expect(bars.at(-1)!.y + bars.at(-1)!.height).toBeLessThanOrEqual(120);
		expect(waterfallExtent(waterfallSteps([], { key: 't', value: 0 }))).toEqual([-1, 1]);
	});
});

describe('signed bars', () => {
	it('run from zero to the value on a domain that holds zero', () => {
		const entries = [
			{ key: 'up', value: 30 },
			{ key: 'down', value: -10 }
		];
		expect(barDomain(entries)).toEqual([-10, 30]);
		expect(barDomain([{ key: 'z', value: 0 }])).toEqual([0, 1]);
		const x = scaleLinear().domain([-10, 30]).range([0, 400]);
		const [up, down] = barRows(entries, x, 60);
		expect(up).toMatchObject({ x: 100, width: 300 });
		expect(down).toMatchObject({ x: 0, width: 100 });
	});
});

describe('frontier', () => {
	const point = (cxShare: number, mean: number, probability: number): FrontierPoint => ({
		cxShare,
		acquisitionBudgetMonthly: 1 - cxShare,
		cxInvestmentMonthly: cxShare,
		npv: {
			mean,
			quantiles: { p5: mean - 20, p25: mean - 5, p50: mean, p75: mean + 5, p95: mean + 20 }
		},
		probabilityHigherNpv: probability,
		bestShare: 0.5
	});
	it('places shares on x, NPV bands on y and probabilities on the right axis', () => {
		const g = frontierGeometry(
			[point(0, 100, 0.2), point(0.5, 120, 0.9), point(1, 90, 0.5)],
			300,
			200
		);
		expect(g.markers.map((m) => m.cx)).toEqual([0, 150, 300]);
		g.markers.forEach((m, i) => expect(m.cyProbability).toBeCloseTo([160, 20, 100][i]!, 9));
		// Mean markers inside the plot, higher NPV higher up.
		expect(g.markers[1]!.cyMean).toBeLessThan(g.markers[0]!.cyMean);
		for (const m of g.markers) {
			expect(m.cyMean).toBeGreaterThanOrEqual(0);
			expect(m.cyMean).toBeLessThanOrEqual(200);
		}
		const [lo, hi] = g.y.domain() as [number, number];
		expect(lo).toBeLessThanOrEqual(70);
		expect(hi).toBeGreaterThanOrEqual(140);
		expect(g.outer.startsWith('M')).toBe(true);
		expect(g.inner.startsWith('M')).toBe(true);
		expect(g.probability.split(/[ML]/).filter(Boolean)).toHaveLength(3);
	});
});
