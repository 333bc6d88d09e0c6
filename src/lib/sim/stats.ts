/**
 * Order statistics and rank correlation over per-path values. Quantiles follow d3.quantile
 * (linear interpolation between order statistics, R-7), exactly: a summary takes thousands of
 * them, so instead of sorting, a bucket selection finds the few order statistics it needs.
 *
 * Bucket selection: one pass finds the range, one counts the values per bucket (a bucket is
 * floor((x − min)·B/(max − min)), a monotone function of x even in floating point, so bucket
 * order is value order), the prefix counts name the bucket of each wanted rank, and a last pass
 * gathers only those buckets (a few dozen values each), which are sorted. A bucket too full to
 * sort cheaply (many equal or clustered values) is selected again within its own range; equal
 * values end it at once. About three passes over the data, against quickselect's pointer-chasing
 * swaps; the result is the same order statistic, bit for bit.
 */
import type { Summary } from './types';

/** Mean (in path order) and quantiles of the finite values. */
export function summarise(values: Float64Array | Float32Array): Summary {
	let sum = 0;
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i]!;
		if (x === x) {
			sum += x;
			count++;
		}
	}
	const band = new Float64Array(5);
	bandQuantiles(values, new Float64Array(values.length), band);
	return {
		mean: count > 0 ? sum / count : NaN,
		p5: band[0]!,
		p25: band[1]!,
		p50: band[2]!,
		p75: band[3]!,
		p95: band[4]!
	};
}

/**
 * Ranks 1 … n, ties sharing their average rank (Spearman's convention; d3.rank gives the lowest).
 * A native numeric sort of a copy, then each value's rank from the first and last position of
 * its value in the sorted copy (binary searches): no comparator calls.
 */
export function averageRanks(values: Float64Array): Float64Array {
	const n = values.length;
	const sorted = values.slice().sort();
	const ranks = new Float64Array(n);
	for (let i = 0; i < n; i++) {
		const x = values[i]!;
		if (x !== x) {
			ranks[i] = NaN;
			continue;
		}
		// First position holding a value ≥ x, and first holding a value > x.
		let lo = 0;
		let hi = n;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (sorted[mid]! < x) lo = mid + 1;
			else hi = mid;
		}
		let end = lo;
		hi = n;
		while (end < hi) {
			const mid = (end + hi) >> 1;
			if (sorted[mid]! <= x) end = mid + 1;
			else hi = mid;
		}
		ranks[i] = (lo + 1 + end) / 2;
	}
	return ranks;
}

/** Pearson correlation; 0 when either side does not vary. */
export function correlation(x: Float64Array, y: Float64Array): number {
	const n = x.length;
	if (n < 2) return 0;
	let mx = 0;
	let my = 0;
	for (let i = 0; i < n; i++) {
		mx += x[i]!;
		my += y[i]!;
	}
	mx /= n;
	my /= n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = x[i]! - mx;
		const dy = y[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/** Spearman's rank correlation. */
export function rankCorrelation(x: Float64Array, y: Float64Array): number {
	return correlation(averageRanks(x), averageRanks(y));
}

const BAND_PROBABILITIES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;
/** Buckets at most; about one per four values. */
const MAX_BUCKETS = 4096;
/** A bucket with at most this many values is sorted; a fuller one is bucketed again. */
const SORT_LIMIT = 64;

/** Levels of re-bucketing before quickselect takes over (clustered values rarely need two). */
const MAX_DEPTH = 4;

/** One level's work buffers, grown as needed and reused (one set per thread). */
interface Level {
	counts: Int32Array;
	/** Per bucket: 0, or 1 + the next fill position while the bucket is being gathered. */
	marks: Int32Array;
	/** The distinct buckets that hold wanted ranks, ascending. */
	wanted: Int32Array;
	bucketOf: Uint16Array;
	buffer: Float64Array;
}
const levels: Level[] = Array.from({ length: MAX_DEPTH }, () => ({
	counts: new Int32Array(MAX_BUCKETS + 1),
	marks: new Int32Array(MAX_BUCKETS),
	wanted: new Int32Array(10),
	bucketOf: new Uint16Array(256),
	buffer: new Float64Array(256)
}));
const wantedRanks = new Float64Array(10);

/** Sort a[lo..hi) ascending in place (insertion sort: these ranges are short). */
function sortRange(a: Float64Array, lo: number, hi: number): void {
	for (let i = lo + 1; i < hi; i++) {
		const x = a[i]!;
		let j = i - 1;
		while (j >= lo && a[j]! > x) {
			a[j + 1] = a[j]!;
			j--;
		}
		a[j + 1] = x;
	}
}

/**
 * Put the order statistics of ranks `ranks[first … first + count)` (ascending, relative to lo)
 * of a[lo..hi) in their sorted positions: afterwards a[lo + r] is the r-th smallest for each
 * wanted r; other positions may change. Each level of re-bucketing has its own buffers.
 */
function selectRanks(
	a: Float64Array,
	lo: number,
	hi: number,
	ranks: Float64Array,
	first: number,
	count: number,
	depth: number
): void {
	const n = hi - lo;
	if (n <= SORT_LIMIT) {
		sortRange(a, lo, hi);
		return;
	}
	let min = a[lo]!;
	let max = min;
	for (let i = lo + 1; i < hi; i++) {
		const x = a[i]!;
		if (x < min) min = x;
		else if (x > max) max = x;
	}
	if (min === max) return; // all equal: every position holds its order statistic
	const width = max - min;
	if (depth >= MAX_DEPTH || !Number.isFinite(width)) {
		// Ascending ranks, each selected right of the previous one, which stays in place.
		let from = lo;
		for (let r = first; r < first + count; r++) {
			select(a, lo + ranks[r]!, from, hi - 1);
			from = lo + ranks[r]! + 1;
		}
		return;
	}
	const level = levels[depth]!;
	if (level.buffer.length < n) {
		level.buffer = new Float64Array(n);
		level.bucketOf = new Uint16Array(n);
	}
	const { counts, bucketOf, buffer } = level;
	const buckets = Math.min(MAX_BUCKETS, Math.max(16, n >> 2));
	const scale = buckets / width;
	counts.fill(0, 0, buckets + 1);
	for (let i = 0; i < n; i++) {
		let b = ((a[lo + i]! - min) * scale) | 0;
		if (b >= buckets) b = buckets - 1;
		bucketOf[i] = b;
		counts[b + 1]!++;
	}
	// counts[b] becomes the number of values in the buckets below b: bucket b's sorted start.
	for (let b = 0; b < buckets; b++) counts[b + 1]! += counts[b]!;
	// The bucket of each wanted rank (ascending ranks give ascending buckets, perhaps repeated).
	const wanted = level.wanted;
	let distinct = 0;
	for (let r = first; r < first + count; r++) {
		const rank = ranks[r]!;
		// The bucket b with counts[b] ≤ rank < counts[b + 1].
		let low = 0;
		let high = buckets - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (counts[mid]! <= rank) low = mid;
			else high = mid - 1;
		}
		if (distinct === 0 || wanted[distinct - 1] !== low) wanted[distinct++] = low;
	}
	// One pass gathers every wanted bucket into its sorted place in the buffer (the bucket's
	// start); `marks` holds, per bucket, 1 + its fill position while wanted, else 0.
	const marks = level.marks;
	for (let w = 0; w < distinct; w++) marks[wanted[w]!] = 1 + counts[wanted[w]!]!;
	for (let i = 0; i < n; i++) {
		const mark = marks[bucketOf[i]!]!;
		if (mark !== 0) {
			buffer[mark - 1] = a[lo + i]!;
			marks[bucketOf[i]!] = mark + 1;
		}
	}
	// Finish each wanted bucket: sort it, or select again within it.
	let r = first;
	for (let w = 0; w < distinct; w++) {
		const bucket = wanted[w]!;
		marks[bucket] = 0;
		const start = counts[bucket]!;
		const end = counts[bucket + 1]!;
		let inside = 0;
		while (r + inside < first + count && ranks[r + inside]! < end) inside++;
		if (end - start <= SORT_LIMIT) sortRange(buffer, start, end);
		else {
			for (let q = r; q < r + inside; q++) ranks[q] = ranks[q]! - start;
			selectRanks(buffer, start, end, ranks, r, inside, depth + 1);
			for (let q = r; q < r + inside; q++) ranks[q] = ranks[q]! + start;
		}
		r += inside;
	}
	// Only the wanted positions are read: copy them back.
	for (let q = first; q < first + count; q++) a[lo + ranks[q]!] = buffer[ranks[q]!]!;
}

/** Partially sort a[lo..hi] so a[k] is its k-th smallest, smaller left, larger right. */
function select(a: Float64Array, k: number, lo: number, hi: number): void {
	while (hi > lo) {
		const mid = (lo + hi) >> 1;
		const x = a[lo]!;
		const y = a[mid]!;
		const z = a[hi]!;
		const pivot = x < y ? (y < z ? y : x < z ? z : x) : x < z ? x : y < z ? z : y;
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i]! < pivot) i++;
			while (a[j]! > pivot) j--;
			if (i <= j) {
				const swap = a[i]!;
				a[i] = a[j]!;
				a[j] = swap;
				i++;
				j--;
			}
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return;
	}
}

/** p5 … p95 of the n finite values in a[0..n) (reordered), written to out[at..at+5). */
function quantilesOfFinite(a: Float64Array, n: number, out: Float64Array, at: number): void {
	if (n === 0) {
		out.fill(NaN, at, at + 5);
		return;
	}
	let count = 0;
	for (let q = 0; q < 5; q++) {
		const position = (n - 1) * BAND_PROBABILITIES[q]!;
		const i0 = Math.floor(position);
		if (count === 0 || wantedRanks[count - 1]! < i0) wantedRanks[count++] = i0;
		if (position !== i0 && i0 + 1 < n && wantedRanks[count - 1]! < i0 + 1) {
			wantedRanks[count++] = i0 + 1;
		}
	}
	selectRanks(a, 0, n, wantedRanks, 0, count, 0);
	for (let q = 0; q < 5; q++) {
		const position = (n - 1) * BAND_PROBABILITIES[q]!;
		const i0 = Math.floor(position);
		const value0 = a[i0]!;
		out[at + q] =
			position === i0 || i0 + 1 >= n ? value0 : value0 + (a[i0 + 1]! - value0) * (position - i0);
	}
}

/**
 * p5, p25, p50, p75, p95 of the finite values of `values`, written to out[0..4] (NaN when there
 * are none). `scratch` must hold values.length numbers; its contents are overwritten.
 */
export function bandQuantiles(
	values: Float32Array | Float64Array,
	scratch: Float64Array,
	out: Float64Array
): void {
	let n = 0;
	for (let i = 0; i < values.length; i++) {
		const x = values[i]!;
		if (x === x) scratch[n++] = x;
	}
	quantilesOfFinite(scratch, n, out, 0);
}

/** Columns gathered per pass over a matrix: one cache line of a row. */
const GATHER_COLUMNS = 8;

/**
 * Band quantiles of the columns from … to − 1 of a row-major matrix of `columns` columns held as
 * row blocks (`blocks`, in row order, each a whole number of rows), over its first `rows` rows:
 * out[outOffset + 5·c … + 4] = p5 … p95 of column c's finite values. Columns are gathered a
 * cache line at a time, so the matrix is read once. `scratch` holds columnScratchSize(rows)
 * numbers.
 */
export function columnQuantiles(
	blocks: readonly Float64Array[],
	rows: number,
	columns: number,
	scratch: Float64Array,
	out: Float64Array,
	outOffset = 0,
	from = 0,
	to = columns
): void {
	const found = new Int32Array(GATHER_COLUMNS);
	for (let c0 = from; c0 < to; c0 += GATHER_COLUMNS) {
		const width = Math.min(GATHER_COLUMNS, to - c0);
		found.fill(0);
		let left = rows;
		for (const block of blocks) {
			const take = Math.min(left, Math.floor(block.length / columns));
			left -= take;
			for (let r = 0; r < take; r++) {
				const base = r * columns + c0;
				for (let j = 0; j < width; j++) {
					const x = block[base + j]!;
					if (x === x) scratch[j * rows + found[j]!++] = x;
				}
			}
			if (left === 0) break;
		}
		for (let j = 0; j < width; j++) {
			const column = scratch.subarray(j * rows, (j + 1) * rows);
			quantilesOfFinite(column, found[j]!, out, outOffset + 5 * (c0 + j));
		}
	}
}

/** Scratch size columnQuantiles needs for `rows` rows. */
export function columnScratchSize(rows: number): number {
	return GATHER_COLUMNS * rows;
}
