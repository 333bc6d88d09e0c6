/**
 * Nelder–Mead downhill simplex minimisation (Nelder & Mead 1965, with the standard coefficients
 * reflection 1, expansion 2, contraction ½, shrink ½ of Lagarias et al. 1998), restarted from its
 * own answer until a restart no longer improves it (a collapsed simplex is the method's known
 * failure; a fresh one around the best point cures it).
 *
 * Written here rather than taken from the `fmin` package: fmin 0.0.4's shrink step assigns an
 * undeclared loop variable (`for (i = 1; …)`), which throws "i is not defined" in any ES module
 * (strict mode) the first time a shrink happens, and its package entry is a UMD bundle that
 * exports nothing when imported from Node as ESM. The fits here have 2–3 parameters and smooth
 * objectives, so the classic algorithm is all they need.
 */

/** Settings of a minimisation. */
export interface NelderMeadOptions {
	/** Initial simplex step per coordinate (default 0.5 for every coordinate). */
	step?: readonly number[];
	/** Stop when the simplex's values differ by less than this (default 1e-10, relative). */
	tolerance?: number;
	/** Evaluation budget over all restarts (default 4000). */
	maxEvaluations?: number;
}

/** The best point found and the objective there. */
export interface Minimum {
	x: number[];
	value: number;
	evaluations: number;
}

/** Minimises `f` from `start`. `f` must return a number; +Infinity marks a forbidden point. */
export function nelderMead(
	f: (x: readonly number[]) => number,
	start: readonly number[],
	options: NelderMeadOptions = {}
): Minimum {
	const tolerance = options.tolerance ?? 1e-10;
	const budget = options.maxEvaluations ?? 4000;
	let evaluations = 0;
	const evaluate = (x: number[]) => {
		evaluations++;
		const value = f(x);
		return Number.isNaN(value) ? Infinity : value;
	};
	let best = { x: [...start], value: evaluate([...start]) };
	let scale = 1;
	for (let restart = 0; restart < 8 && evaluations < budget; restart++) {
		const found = descend(
			evaluate,
			best.x,
			options.step,
			scale,
			tolerance,
			() => evaluations < budget
		);
		const improved = best.value - found.value > tolerance * (Math.abs(best.value) + tolerance);
		if (found.value <= best.value) best = found;
		if (!improved && restart > 0) break;
		scale = 0.25;
	}
	return { ...best, evaluations };
}

interface Vertex {
	x: number[];
	value: number;
}

function descend(
	evaluate: (x: number[]) => number,
	start: number[],
	step: readonly number[] | undefined,
	scale: number,
	tolerance: number,
	more: () => boolean
): Vertex {
	const n = start.length;
	const simplex: Vertex[] = [{ x: [...start], value: evaluate([...start]) }];
	for (let i = 0; i < n; i++) {
		const x = [...start];
		x[i]! += (step?.[i] ?? 0.5) * scale;
		simplex.push({ x, value: evaluate(x) });
	}
	const centroid = new Array<number>(n).fill(0);
	const along = (t: number) => {
		const worst = simplex[n]!.x;
		const x = new Array<number>(n);
		for (let i = 0; i < n; i++) x[i] = centroid[i]! + t * (worst[i]! - centroid[i]!);
		return { x, value: evaluate(x) };
	};
	while (more()) {
		simplex.sort((a, b) => a.value - b.value);
		const lowest = simplex[0]!.value;
		const highest = simplex[n]!.value;
		if (Math.abs(highest - lowest) <= tolerance * (Math.abs(lowest) + tolerance)) break;
		centroid.fill(0);
		for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) centroid[i]! += simplex[j]!.x[i]! / n;
		const reflected = along(-1);
		if (reflected.value < lowest) {
			const expanded = along(-2);
			simplex[n] = expanded.value < reflected.value ? expanded : reflected;
		} else if (reflected.value < simplex[n - 1]!.value) {
			simplex[n] = reflected;
		} else {
			const outside = reflected.value < highest;
			const contracted = along(outside ? -0.5 : 0.5);
			if (contracted.value < (outside ? reflected.value : highest)) {
				simplex[n] = contracted;
			} else {
				const first = simplex[0]!.x;
				for (let j = 1; j <= n; j++) {
					const x = simplex[j]!.x.map((xi, i) => first[i]! + 0.5 * (xi - first[i]!));
					simplex[j] = { x, value: evaluate(x) };
				}
			}
		}
	}
	simplex.sort((a, b) => a.value - b.value);
	return simplex[0]!;
}
