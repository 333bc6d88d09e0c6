import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every computation runs in the browser.
		adapter: adapter({ fallback: undefined }),
		paths: { relative: true }
	}
};

export default config;
