/**
 * Cohort-retention heatmap geometry, from the mean customers of each acquisition-year layer.
 *
 * Year layer y (customers acquired in months 12(y−1)+1 … 12y) is shown relative to its size at
 * the end of its acquisition year, month 12y, and only from that month on: before it, the layer
 * is still filling and a "retention" would exceed 1. The base layer (customers present at the
 * start) has no acquisition year, so it is shown relative to month 1, its first recorded month.
 * Layers whose reference month lies beyond the horizon, or whose reference size is 0, have no row.
 */

/** One cell: share (0…1 for a decaying cohort) of the layer's reference customers at `month`. */
export interface RetentionCell {
	month: number;
	value: number;
}

/** One heatmap row: a layer, the month its share is measured against, and its cells. */
export interface RetentionRow {
	/** Position in `CohortLayers.layers` (0 = base). */
	layer: number;
	/** Month whose customers count as 100 %: 1 for the base, 12·y for year layer y. */
	referenceMonth: number;
	cells: RetentionCell[];
}

/** Retention rows from `CohortLayers.customers[layer][month]` (index 0 = month 1). */
export function retentionRows(customers: readonly Float64Array[]): RetentionRow[] {
	const rows: RetentionRow[] = [];
	customers.forEach((series, layer) => {
		const referenceMonth = layer === 0 ? 1 : 12 * layer;
		const reference = series[referenceMonth - 1];
		if (reference === undefined || !(reference > 0)) return;
		const cells: RetentionCell[] = [];
		for (let m = referenceMonth; m <= series.length; m++) {
			const value = series[m - 1]! / reference;
			if (Number.isFinite(value)) cells.push({ month: m, value });
		}
		rows.push({ layer, referenceMonth, cells });
	});
	return rows;
}

/** Pixel grid of the heatmap: one column per month, one row per retention row. */
export interface HeatmapGrid {
	/** Column width in px (plot width / horizon). */
	cellWidth: number;
	/** Row height in px. */
	cellHeight: number;
	/** Number of months (columns). */
	horizonMonths: number;
}

/** Top-left corner in px of the cell at (row index, month). */
export function cellOrigin(
	grid: HeatmapGrid,
	row: number,
	month: number
): { x: number; y: number } {
	return { x: (month - 1) * grid.cellWidth, y: row * grid.cellHeight };
}

/** The row index and month under a point (px in the plot area), or undefined outside the grid. */
export function cellAt(
	grid: HeatmapGrid,
	rowCount: number,
	px: number,
	py: number
): { row: number; month: number } | undefined {
	const row = Math.floor(py / grid.cellHeight);
	const month = Math.floor(px / grid.cellWidth) + 1;
	if (row < 0 || row >= rowCount || month < 1 || month > grid.horizonMonths) return undefined;
	return { row, month };
}

/** The share of a row at `month`, or undefined where the row has no cell (before its reference). */
export function retentionAt(row: RetentionRow, month: number): number | undefined {
	const guess = row.cells[month - row.referenceMonth];
	// Cells are consecutive unless a NaN month was skipped; then fall back to a search.
	return guess?.month === month ? guess.value : row.cells.find((c) => c.month === month)?.value;
}
