/** Calibration chart geometry: Kaplan–Meier steps, bands, curves, at-risk counts, stacked bars. */
import { describe, expect, it } from 'vitest';
import {
	atRiskAt,
	curvePath,
	stackedBars,
	stepBandPath,
	stepPath,
	survivalAt
} from '../../src/lib/charts/geometry/survival';

const x = (age: number) => age * 10;
const y = (s: number) => 100 - s * 100;

describe('survival geometry', () => {
	it('draws Kaplan–Meier as steps down at the end of each age', () => {
		expect(stepPath([0.9, 0.5], x, y)).toBe('M0,0H10V10H20V50');
	});

	it('closes the band: upper edge forward, lower edge back to age 0', () => {
		expect(stepBandPath([0.8, 0.4], [0.95, 0.6], x, y)).toBe('M0,0H10V5H20V40V60H10V20H0V0Z');
		expect(stepBandPath([], [], x, y)).toBe('');
	});

	it('draws a model curve from (0, 1) and cuts it at the chart’s last age', () => {
		expect(curvePath([0.9, 0.8, 0.7], x, y, 2)).toBe('M0,0L10,10L20,20');
	});

	it('reads at-risk counts at tick ages, everyone at age 0 and nobody beyond the table', () => {
		expect(atRiskAt([9, 7, 5], 10, [0, 1, 3, 6])).toEqual([10, 9, 5, 0]);
		expect(survivalAt([0.9], 0)).toBe(1);
		expect(survivalAt([0.9], 1)).toBe(0.9);
		expect(survivalAt([0.9], 2)).toBeUndefined();
	});

	it('stacks the second count on the first', () => {
		const [bar] = stackedBars([{ x0: 1, x1: 2, lower: 0.3, upper: 0.2 }], x, y);
		expect(bar).toEqual({
			left: 10,
			width: 10,
			lowerTop: 70,
			lowerHeight: 30,
			upperTop: 50,
			upperHeight: 20
		});
	});
});
