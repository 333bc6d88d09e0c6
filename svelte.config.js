import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The one inline style attribute on the page: SvelteKit's own route announcer (a visually hidden
 * live region it adds after the first navigation). Allowed by the hash of its exact text, read
 * from the installed SvelteKit so that an upgrade cannot silently break it (the CSP browser test
 * would then fail); no other style attribute is allowed.
 */
function announcerStyleHash() {
	const kit = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
	const root = readFileSync(join(kit, 'src/core/sync/write_root.js'), 'utf8');
	const style = /id="svelte-announcer"[^>]*\sstyle="([^"]+)"/.exec(root)?.[1];
	if (!style) throw new Error('svelte.config.js: SvelteKit route announcer style not found');
	return `sha256-${createHash('sha256').update(style).digest('base64')}`;
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every computation runs in the browser.
		adapter: adapter({ fallback: undefined }),
		paths: { relative: true },
		// A strict Content-Security-Policy, written by SvelteKit into each prerendered page as a
		// <meta http-equiv> tag with the hashes of its own inline bootstrap script. Everything
		// else comes from this origin: scripts, styles, module workers, fetches. Svelte sets dynamic
		// styles through the CSSOM (element.style), which style-src does not restrict, so styles
		// need no 'unsafe-inline'; the single style attribute in markup (SvelteKit's announcer) is
		// allowed by its hash ('unsafe-hashes' admits hashed attributes only, never script). Images may also be data: or blob: URLs (chart exports and QR
		// codes are drawn that way); an image cannot run code. A meta tag cannot carry
		// frame-ancestors or reporting; a server in front of the site can add those as headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
