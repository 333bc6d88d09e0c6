/**
 * Shapley values of a cooperative game over n players (MODEL.md 10.3: the levers in which a
 * challenger differs from the baseline). `value(mask)` is v(S) for the set whose bit i is
 * player i; the parts add up to v(all) − v(∅) (efficiency), up to rounding.
 */
export function shapleyValues(n: number, value: (mask: number) => number): number[] {
	const factorial = [1];
	for (let k = 1; k <= n; k++) factorial.push(factorial[k - 1]! * k);
	const v = Float64Array.from({ length: 1 << n }, (_, mask) => value(mask));
	const parts = new Array<number>(n).fill(0);
	for (let i = 0; i < n; i++) {
		const bit = 1 << i;
		for (let mask = 0; mask < 1 << n; mask++) {
			if (mask & bit) continue;
			const size = popcount(mask);
			const weight = (factorial[size]! * factorial[n - size - 1]!) / factorial[n]!;
			parts[i]! += weight * (v[mask | bit]! - v[mask]!);
		}
	}
	return parts;
}

function popcount(x: number): number {
	let count = 0;
	for (let y = x; y; y &= y - 1) count++;
	return count;
}
