/**
 * The way from the simulator to the model page and back with the same scenario: the simulator's
 * link carries the scenario's URL fragment, the model page keeps it (per tab) for its back link.
 */

/** sessionStorage key of the fragment the model page returns to. */
export const RETURN_KEY = 'cx-sim.modelReturn';

/** True for a fragment that names a scenario: `#s2=…` (a scenario link of any format version: `#s=` is version 1) or `#preset=…`. */
export function isScenarioFragment(hash: string): boolean {
	return /^#(?:s\d*|preset)=[^#\s]+$/.test(hash);
}

/** `href` with the current page's scenario fragment, if it has one. */
export function withScenarioFragment(href: string, hash: string): string {
	return isScenarioFragment(hash) ? href + hash : href;
}
