/**
 * axe-core (the installed package) run inside a page: the violations of the WCAG 2 A/AA rules and
 * axe's best practices, each as `rule: help (first target)`, so a failing test says what to fix.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/** Every axe violation on `page` as one line per rule. */
export async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ content: AXE_SOURCE });
	// A string, not a function: esbuild's keepNames helper does not exist in the page.
	const violations = (await page.evaluate(`window.axe
		.run(document, { resultTypes: ['violations'] })
		.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, target: String(v.nodes[0] && v.nodes[0].target), count: v.nodes.length })))`)) as {
		id: string;
		help: string;
		target: string;
		count: number;
	}[];
	return violations.map((v) => `${v.id}: ${v.help} (${v.count}×, first ${v.target})`);
}
