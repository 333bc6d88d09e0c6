/**
 * The month a chart's cursor points at, from the pointer or — when the chart has keyboard
 * focus — from the arrow keys. Shared by the charts that read out one month at a time.
 */
import { monthAfterKey, nearestMonth, type InvertibleScale } from './geometry/hover';

export class MonthCursor {
	#hover = $state<number | undefined>(undefined);
	#key = $state<number | undefined>(undefined);
	readonly #horizon: () => number;
	readonly #plot: () => { x: InvertibleScale; left: number };

	/** `horizon`: months on the axis; `plot`: the month scale and the plot's left margin in px. */
	constructor(horizon: () => number, plot: () => { x: InvertibleScale; left: number }) {
		this.#horizon = horizon;
		this.#plot = plot;
	}

	/** The month under the cursor (1-based), or undefined when there is none. */
	get month(): number | undefined {
		return this.#hover ?? this.#key;
	}

	/** Event handlers to spread onto the focusable chart element. */
	readonly handlers = {
		onpointermove: (e: PointerEvent & { currentTarget: SVGSVGElement }) => {
			const { x, left } = this.#plot();
			const box = e.currentTarget.getBoundingClientRect();
			this.#hover = nearestMonth(e.clientX - box.left - left, x, this.#horizon());
		},
		onpointerleave: () => {
			this.#hover = undefined;
		},
		onkeydown: (e: KeyboardEvent) => {
			const T = this.#horizon();
			const next = monthAfterKey(e.key, this.month ?? T, T);
			if (next === undefined) return;
			e.preventDefault();
			this.#hover = undefined;
			this.#key = next;
		},
		onfocus: (e: FocusEvent & { currentTarget: SVGSVGElement }) => {
			// Only keyboard focus opens the cursor; a click is followed by pointer moves anyway.
			if (e.currentTarget.matches(':focus-visible')) this.#key ??= this.#horizon();
		},
		onblur: () => {
			this.#key = undefined;
		}
	};
}
