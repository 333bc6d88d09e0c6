/** Runs once in the browser before the router reads the address. */
import type { ClientInit } from '@sveltejs/kit';
import { decodableHash } from '$lib/scenario/fragment';

/** Repairs a fragment the router would fail to decode (see fragment.ts), keeping its meaning. */
function repairHash(): void {
	const hash = decodableHash(location.hash);
	if (hash !== location.hash) history.replaceState(history.state, '', hash);
}

export const init: ClientInit = () => {
	repairHash();
	// A link pasted into the address bar of the open page: repair it before the router looks.
	addEventListener('popstate', repairHash, { capture: true });
	addEventListener('hashchange', repairHash, { capture: true });
};
