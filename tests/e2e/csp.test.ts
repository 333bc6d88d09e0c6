/**
 * The built site ships a strict Content-Security-Policy (SvelteKit's kit.csp, mode 'hash'): no
 * unsafe-eval, no inline script without a hash, workers and connections from this origin only.
 * Real Chromium runs the page (a simulation in workers, an edit and a re-run, the menus, the
 * model page) and records no `securitypolicyviolation` event; an injected inline script is
 * refused, which shows the policy is in force.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, serveBuild, waitForDone, watchErrors } from './helpers/browser';

let server: Awaited<ReturnType<typeof serveBuild>>;
let browser: Browser;

beforeAll(async () => {
	server = await serveBuild();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

// Installed before any page script; a string, not a function (esbuild's helpers are not in the page).
const RECORDER = `
	window.__cspViolations = [];
	document.addEventListener('securitypolicyviolation', (e) => {
		window.__cspViolations.push(e.violatedDirective + ' ' + (e.blockedURI || 'inline') + ' ' + (e.sample || '') + ' ' + e.sourceFile + ':' + e.lineNumber + ':' + e.columnNumber + ' ' + (e.target && e.target.outerHTML ? e.target.outerHTML.slice(0, 200) : ''));
	});
`;

const violations = (page: Page) => page.evaluate('window.__cspViolations') as Promise<string[]>;

/** The policy of a built page, directive by directive. */
function policyOf(file: string): Map<string, string[]> {
	const html = readFileSync(file, 'utf8');
	const content = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
	expect(content, `${file} has no CSP meta tag`).toBeDefined();
	return new Map(
		content!
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((parts) => parts[0])
			.map(([name, ...values]) => [name!, values])
	);
}

describe('Content-Security-Policy', () => {
	it.each(['build/index.html', 'build/model.html'])('%s carries a strict policy', (file) => {
		const policy = policyOf(file);
		const all = [...policy.values()].flat();
		expect(all).not.toContain("'unsafe-eval'");
		expect(all).not.toContain("'unsafe-inline'");
		expect(policy.get('default-src')).toEqual(["'self'"]);
		expect(policy.get('worker-src')).toEqual(["'self'"]);
		expect(policy.get('connect-src')).toEqual(["'self'"]);
		expect(policy.get('object-src')).toEqual(["'none'"]);
		expect(policy.get('style-src')).toEqual(["'self'"]);
		// Style attributes: only SvelteKit's route announcer, by the hash of its exact text.
		expect(policy.get('style-src-attr')).toEqual([
			"'unsafe-hashes'",
			expect.stringMatching(/^'sha256-[A-Za-z0-9+/=]+'$/)
		]);
		// Every inline script of the page is allowed by its hash, nothing else inline.
		const scripts = policy.get('script-src')!;
		expect(
			scripts.filter((s) => s !== "'self'").every((s) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(s))
		).toBe(true);
		const html = readFileSync(file, 'utf8');
		const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)];
		expect(inline.length).toBe(scripts.length - 1);
		expect(html).not.toMatch(/\sstyle="/);
	});

	it('the page runs, re-runs and navigates with no violation', async () => {
		// The one context that keeps the policy in force (the helpers bypass it for other tests).
		const context = await browser.newContext({
			viewport: { width: 1360, height: 900 },
			bypassCSP: false
		});
		await context.addInitScript(RECORDER);
		const page = await context.newPage();
		const errors = watchErrors(page);
		await page.goto(`${server.origin}/`);
		await waitForDone(page);
		// Results exist, so the workers ran.
		await expect(
			page.locator('[data-testid="probability-higher-npv"]').count()
		).resolves.toBeGreaterThan(0);

		// An edit re-runs in the workers; an invalid value shows its message.
		const market = page.locator('#f-market-addressableCustomers');
		await market.fill('750000');
		await market.blur();
		await page.waitForSelector('[data-run-state="running"]', { timeout: 10_000 }).catch(() => {});
		await waitForDone(page);
		await market.fill('-1');
		await market.blur();
		await page.locator('#f-market-addressableCustomers-error').waitFor();

		// Language switch, then the model page and back.
		await page.locator('header label.language select').selectOption('vi');
		await page.locator('header a[href*="model"]').click();
		await page.waitForSelector('main h1');
		expect(await violations(page)).toEqual([]);
		await page.locator('nav.bottom a.back').click();
		await waitForDone(page);
		expect(await violations(page)).toEqual([]);
		expect(errors.filter((e) => /Content Security Policy|Refused to/i.test(e))).toEqual([]);

		// The policy is in force: an injected inline script is refused and reported.
		const ran = await page.evaluate(`(() => {
			window.__injected = false;
			const script = document.createElement('script');
			script.textContent = 'window.__injected = true';
			document.body.appendChild(script);
			return window.__injected;
		})()`);
		expect(ran).toBe(false);
		await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src/)]);
		await context.close();
	});
});
