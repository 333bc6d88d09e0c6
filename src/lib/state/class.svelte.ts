/**
 * The presenter view's state: which step is on screen and the room's predictions, kept in this
 * browser's localStorage (per case) until the trainer clears them. Nothing leaves the browser.
 */
import { parsePredictions, predictionsKey, type Prediction } from '../class/predictions';

/** The steps of a class, in order. */
export const CLASS_STEPS = ['situation', 'strategies', 'predict', 'reveal', 'debrief'] as const;
export type ClassStep = (typeof CLASS_STEPS)[number];

/** Storage as the class needs it (localStorage in the browser; a Map in tests). */
export interface PredictionStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

/** One class session over one case. */
export class ClassState {
	readonly caseId: string;
	#index = $state(0);
	#predictions = $state.raw<Prediction[]>([]);
	readonly #store: PredictionStore | undefined;

	constructor(caseId: string, store?: PredictionStore) {
		this.caseId = caseId;
		this.#store = store;
		try {
			this.#predictions = parsePredictions(store?.getItem(predictionsKey(caseId)) ?? null);
		} catch {
			this.#predictions = [];
		}
	}

	get step(): ClassStep {
		return CLASS_STEPS[this.#index]!;
	}
	get index(): number {
		return this.#index;
	}
	get predictions(): Prediction[] {
		return this.#predictions;
	}

	/** Moves to the next step (stays on the last). */
	next(): void {
		this.#index = Math.min(CLASS_STEPS.length - 1, this.#index + 1);
	}
	/** Moves to the previous step (stays on the first). */
	previous(): void {
		this.#index = Math.max(0, this.#index - 1);
	}
	/** Jumps to a step. */
	go(step: ClassStep): void {
		this.#index = CLASS_STEPS.indexOf(step);
	}

	/** Records a team's guess; a guess under the same team name replaces the older one. */
	add(prediction: Prediction): void {
		const others = this.#predictions.filter(
			(p) => p.team.trim().toLowerCase() !== prediction.team.trim().toLowerCase()
		);
		this.#save([...others, prediction]);
	}
	/** Removes one team's guess. */
	remove(team: string): void {
		this.#save(this.#predictions.filter((p) => p.team !== team));
	}
	/** Forgets every guess of this case. */
	clear(): void {
		this.#predictions = [];
		try {
			this.#store?.removeItem(predictionsKey(this.caseId));
		} catch {
			// Storage refused: the guesses are gone from the screen, which is what was asked.
		}
	}

	#save(predictions: Prediction[]): void {
		this.#predictions = predictions;
		try {
			this.#store?.setItem(predictionsKey(this.caseId), JSON.stringify(predictions));
		} catch {
			// Storage full or refused: the guesses stay on screen for this session.
		}
	}
}
