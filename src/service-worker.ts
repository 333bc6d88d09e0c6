/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline use: after one visit the simulator opens and runs with no network. SvelteKit registers
 * this worker; it caches the whole build (scripts, styles, the simulation worker), the static
 * files and both prerendered pages under a cache named after the build's version, and drops the
 * caches of older builds once it takes over. The pattern is the one in SvelteKit's service-worker
 * documentation.
 *
 * - Files of this build never change (hashed names): served from the cache.
 * - Pages and anything else from this origin: the network first, so an online visitor gets the
 *   newest page; the cached copy when the network fails. What the network returns is cached too.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE = `cx-sim-${version}`;
/** Everything the app needs to open and run. */
const ASSETS = [...build, ...files, ...prerendered];
const IMMUTABLE = new Set([...build, ...files]);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) =>
				Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key)))
			)
	);
});

/** The cached response for `request` (a query string does not change a static file). */
async function cached(cache: Cache, request: Request): Promise<Response | undefined> {
	return (await cache.match(request, { ignoreSearch: true })) ?? undefined;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	if (IMMUTABLE.has(url.pathname)) {
		const hit = await cached(cache, request);
		if (hit) return hit;
	}
	try {
		const response = await fetch(request);
		// Opaque and error responses are not worth keeping; partial content cannot be cached.
		if (response.ok && response.status === 200 && response.type === 'basic') {
			await cache.put(request, response.clone());
		}
		return response;
	} catch (error) {
		const hit = await cached(cache, request);
		if (hit) return hit;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	if (new URL(request.url).origin !== sw.location.origin) return;
	event.respondWith(respond(request));
});
