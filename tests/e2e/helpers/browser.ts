/**
 * Real Chromium (Debian's, driven by playwright-core) against the built static site, served
 * from `build/` on a loopback port.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.txt': 'text/plain; charset=utf-8'
};

/** Serve the built site; resolves to its origin, e.g. http://127.0.0.1:41234. */
export async function serveBuild(
	root = 'build'
): Promise<{ origin: string; close: () => Promise<void> }> {
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`${root}/index.html is missing: run vite build first`);
	const server: Server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let path = normalize(join(root, decodeURIComponent(url.pathname)));
		if (!path.startsWith(normalize(root))) {
			response.writeHead(403).end();
			return;
		}
		if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
		if (!existsSync(path) && existsSync(`${path}.html`)) path = `${path}.html`;
		if (!existsSync(path)) {
			response.writeHead(404).end('not found');
			return;
		}
		response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
		response.end(readFileSync(path));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

export const CHROMIUM_FLAGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/**
 * The site ships a strict Content-Security-Policy, which would also refuse what tests inject into
 * pages (axe-core, string predicates of waitForFunction). Test contexts therefore bypass it unless
 * a test asks otherwise (`bypassCSP: false`, as tests/e2e/csp.test.ts does to check the policy).
 */
const TEST_CONTEXT = { bypassCSP: true } as const;

/** A fresh Chromium with its own empty user-data dir. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
	const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
	const userDataDir = mkdtempSync(join(tmpdir(), 'cx-sim-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		...TEST_CONTEXT,
		executablePath,
		headless: true,
		args: CHROMIUM_FLAGS,
		viewport: { width: 1360, height: 900 },
		locale: 'en-US'
	});
	return { context, close: () => context.close() };
}

/** A browser (not persistent) for tests that need several fresh contexts. */
export async function launchBrowser(): Promise<Browser> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		headless: true,
		args: CHROMIUM_FLAGS
	});
	// Browser.newPage makes its context through newContext, so both get the test defaults.
	const newContext = browser.newContext.bind(browser);
	browser.newContext = (options = {}) => newContext({ ...TEST_CONTEXT, ...options });
	return browser;
}

/** Collect console errors and page errors of a page. */
export function watchErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') errors.push(message.text());
	});
	page.on('pageerror', (error) => errors.push(error.message));
	return errors;
}

/** Wait until the app's root reports a finished run. */
export async function waitForDone(page: Page, timeout = 90_000): Promise<void> {
	await page.waitForSelector('[data-run-state="done"]', { timeout });
}
